// Finds and reads the protocol files a command was given: files as named, folders searched for
// `.protocol` files (never through a link to another folder). Anything missing, unopenable or wrongly
// named is a one-line usage error. A file that is not a regular file, too large or not UTF-8 is a
// diagnostic for the commands that report them (check, build, fmt), a usage error for the others.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../compiler/diagnostics/types.ts';
import { OWNER_MARKER } from './build/output-folder.ts';
import { UsageError } from './io.ts';
import { readProtocolFile } from './read-protocol-file.ts';

export const PROTOCOL_EXTENSION = '.protocol';

export interface ProtocolInput {
  /** Path as shown to the user (relative to the working directory when inside it). */
  file: string;
  source: string;
  /** Why the file was not read (then `source` is empty); set only with `{ diagnose: true }`. */
  problem?: Diagnostic;
  /** The file began with a UTF-8 byte order mark (dropped from `source`; `fmt` keeps it). */
  bom?: boolean;
}

/** A path as shown to the user: relative to the working directory when inside it. */
export function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function filesIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    // Entry types come from lstat: a link to a folder is not searched, a link named *.protocol is
    // listed and then refused when read. A build's output folder (`build . --out out`) holds a copy
    // of each protocol it published: read as inputs, the copies clashed with their own sources on
    // the next build (E0184), and nothing was written.
    if (entry.isDirectory()) {
      if (!existsSync(join(path, OWNER_MARKER))) found.push(...filesIn(path));
    } else if (entry.name.endsWith(PROTOCOL_EXTENSION)) found.push(path);
  }
  return found;
}

export function collectInputs(paths: string[], cwd: string, options: { diagnose?: boolean } = {}): ProtocolInput[] {
  const files: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`cannot find '${given}'.`);
    }
    if (stats.isDirectory()) {
      const inside = filesIn(path);
      if (inside.length === 0) throw new UsageError(`'${given}' contains no ${PROTOCOL_EXTENSION} files.`);
      files.push(...inside);
    } else if (!path.endsWith(PROTOCOL_EXTENSION)) {
      throw new UsageError(`'${given}' is not a protocol file: protocol files end in ${PROTOCOL_EXTENSION}.`);
    } else files.push(path);
  }
  return [...new Set(files)].map((path) => {
    const file = display(cwd, path);
    let read;
    try {
      read = readProtocolFile(path, file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new UsageError(`cannot read '${file}' (${reason}).`);
    }
    if (read.ok) return { file, source: read.source, bom: read.bom };
    if (!options.diagnose) throw new UsageError(`${read.problem.message} ${read.problem.help ?? ''}`.trim());
    return { file, source: '', problem: read.problem };
  });
}
