// What a command may do to the outside world, passed in so tests can run commands in-process and
// capture their output.
import { readFileSync } from 'node:fs';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Colours in what goes to `err` (diagnostics): decided by stderr's own terminal (wantsColor). */
  color: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The whole of standard input, for the path `-`. Absent: `-` is a usage error. */
  readStdin?: (() => string) | undefined;
  /** Show progress lines on `err` (only when stderr is a terminal). */
  progress?: boolean | undefined;
}

/** A mistake in how the command was called: exit code 2, one clear line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

/**
 * Colours for one stream: FORCE_COLOR decides when set (0 or false: none), else NO_COLOR (any
 * non-empty value) turns them off, else only a terminal gets them (not TERM=dumb). Asked per
 * stream, so `stepladder check 2>&1 | less` and `stepladder check > out.txt` each get it right.
 */
export function wantsColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

/**
 * Writes to a stream that the reader may close (`stepladder check --format json | head`). The one
 * place every command's output goes through, so no command can die with a stack trace on EPIPE:
 * once the reader has gone, later output is dropped and the command finishes normally.
 */
export function closedPipeSafeWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  const isClosedPipe = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
  stream.on('error', (error) => {
    if (!isClosedPipe(error)) throw error;
    closed = true;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      if (!isClosedPipe(error)) throw error;
      closed = true;
    }
  };
}

/** Standard input as text (UTF-8, a byte-order mark dropped). */
function readStandardInput(): string {
  return readFileSync(0, 'utf8').replace(/^\uFEFF/, '');
}

export function processIO(): CliIO {
  return {
    out: closedPipeSafeWriter(process.stdout),
    err: closedPipeSafeWriter(process.stderr),
    color: wantsColor(process.stderr.isTTY, process.env),
    cwd: process.cwd(),
    env: process.env,
    readStdin: readStandardInput,
    progress: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb' && !process.env.CI,
  };
}
