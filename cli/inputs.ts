// Finds and reads the protocol files a command was given: files as named, folders searched for
// `.protocol` files. Anything missing, unreadable or wrongly named is a one-line usage error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from './io.ts';

export const PROTOCOL_EXTENSION = '.protocol';

export interface ProtocolInput {
  /** Path as shown to the user (relative to the working directory when inside it). */
  file: string;
  source: string;
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
    if (entry.isDirectory()) found.push(...filesIn(path));
    else if (entry.name.endsWith(PROTOCOL_EXTENSION)) found.push(path);
  }
  return found;
}

export function collectInputs(paths: string[], cwd: string): ProtocolInput[] {
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
    try {
      return { file: display(cwd, path), source: readFileSync(path, 'utf8') };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new UsageError(`cannot read '${display(cwd, path)}' (${reason}).`);
    }
  });
}
