// The error loadMachine throws: every problem found in a machine.json, listed at once, each naming
// the field (a JSON pointer such as `/states/2/parent`) and what to do about it.

export class InvalidMachineError extends Error {
  /** One line per problem: `<json pointer>: <what is wrong>`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[], what = 'machine.json') {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(`${what} is not a compiled Stepladder protocol this runtime can run (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${shown.map((p) => `  ${p}`).join('\n')}${more}`);
    this.name = 'InvalidMachineError';
    this.problems = problems;
  }
}

export function isInvalidMachineError(error: unknown): error is InvalidMachineError {
  return error instanceof InvalidMachineError;
}
