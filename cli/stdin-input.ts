// The path `-` means standard input, as in most command-line tools: `cat draft.protocol |
// stepladder check -`. Read once, shown as `<stdin>` in messages; every other path goes to
// collectInputs as before.
import { collectInputs, type ProtocolInput } from './inputs.ts';
import { type CliIO, UsageError } from './io.ts';

export const STDIN_PATH = '-';
export const STDIN_NAME = '<stdin>';

export function isStdinInput(input: ProtocolInput): boolean {
  return input.file === STDIN_NAME;
}

/** The inputs a command was given, `-` read from standard input (at most once). */
export function collectInputsOrStdin(paths: string[], io: CliIO, options: { diagnose?: boolean } = {}): ProtocolInput[] {
  const named = paths.filter((p) => p !== STDIN_PATH);
  const fromFiles = named.length > 0 ? collectInputs(named, io.cwd, options) : [];
  if (named.length === paths.length) return fromFiles;
  if (!io.readStdin) throw new UsageError("'-' (standard input) cannot be read here.");
  return [{ file: STDIN_NAME, source: io.readStdin() }, ...fromFiles];
}
