// Shared test helpers: the real protocols, compiled once per test file, and an in-process CLI.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../cli/main.ts';
import type { CliIO } from '../../cli/io.ts';
import { compileSource, createCompilerTools, type CompilerTools } from '../../compiler/index.ts';
import type { Machine } from '../../compiler/ir/types.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PROTOCOLS_DIR = join(ROOT, 'protocols');

export interface ProtocolFile {
  name: string;
  file: string;
  source: string;
}

export function protocolFiles(): ProtocolFile[] {
  return readdirSync(PROTOCOLS_DIR)
    .filter((f) => f.endsWith('.protocol'))
    .sort()
    .map((f) => ({ name: f.replace(/\.protocol$/, ''), file: `protocols/${f}`, source: readFileSync(join(PROTOCOLS_DIR, f), 'utf8') }));
}

export function compileProtocol(p: ProtocolFile, tools: CompilerTools = createCompilerTools()): Machine {
  const result = compileSource(p.source, p.file, tools);
  if (!result.machine) throw new Error(`${p.file} did not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.machine;
}

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `stdin`: what `-` reads (standard input); without it, `-` is refused as it is where none can be read. */
export async function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    color: false,
    cwd,
    env: { ...process.env, ...env },
    ...(stdin === undefined ? {} : { readStdin: () => stdin }),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
