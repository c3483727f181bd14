// Reads the source text a protocol names (`source { text "sefton.source.txt" }`) for the compiler.
// Only a regular file directly inside the protocol's own folder is read: a name with a folder in
// it, a link or a device is refused with the reason, so a protocol cannot make the CLI read
// anything else on the machine.
import { lstatSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SourceTextFile } from '../compiler/index.ts';

export function sourceTextReader(cwd: string, protocolFile: string): (name: string) => SourceTextFile {
  const folder = dirname(resolve(cwd, protocolFile));
  return (name) => {
    if (name !== basename(name) || name === '.' || name === '..' || name.includes('\\')) {
      return { error: "it must be a file in the protocol's own folder, named without a path" };
    }
    const path = join(folder, name);
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      return { error: "there is no such file in the protocol's folder" };
    }
    if (!stats.isFile()) return { error: 'it is not a regular file' };
    try {
      return { text: readFileSync(path, 'utf8') };
    } catch (error) {
      return { error: `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
    }
  };
}
