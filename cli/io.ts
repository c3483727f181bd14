// What a command may do to the outside world, passed in so tests can run commands in-process and
// capture their output.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Colours only when writing to a terminal. */
  color: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A mistake in how the command was called: exit code 2, one clear line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
    cwd: process.cwd(),
    env: process.env,
  };
}
