// Reads the source text a protocol names (`source { text "sefton.source.txt" }`) for the compiler.
// Only a regular file directly inside the protocol's own folder is read: a name with a folder in
// it, a link or a device is refused with the reason, so a protocol cannot make the CLI read
// anything else on the machine. The file itself is read like a protocol file (readProtocolFile):
// never through a link or a pipe, at most MAX_PROTOCOL_BYTES, only UTF-8, a byte order mark dropped.
import { lstatSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SourceTextFile } from '../compiler/index.ts';
import type { Diagnostic } from '../compiler/diagnostics/types.ts';
import { MAX_PROTOCOL_BYTES, readProtocolFile } from './read-protocol-file.ts';

/** The refusal in the words E0152 prints after "cannot be read: ". */
function reason(problem: Diagnostic): string {
  switch (problem.name) {
    case 'not_regular_file':
      return 'it is not a regular file';
    case 'file_too_large':
      return `it is larger than ${MAX_PROTOCOL_BYTES / (1024 * 1024)} MB`;
    case 'not_utf8':
      // E0013's own words after the file name: "it looks like Windows-1252 …; its first character …".
      return `it is not UTF-8: ${(problem.message.split(' is not UTF-8: ')[1] ?? '').replace(/\.$/, '')}`;
    case 'cr_line_endings':
      return 'its lines end with a carriage return alone; save it with ordinary (LF or CRLF) line endings';
    default:
      return problem.message;
  }
}

export function sourceTextReader(cwd: string, protocolFile: string): (name: string) => SourceTextFile {
  const folder = dirname(resolve(cwd, protocolFile));
  return (name) => {
    if (name !== basename(name) || name === '.' || name === '..' || name.includes('\\')) {
      return { error: "it must be a file in the protocol's own folder, named without a path" };
    }
    const path = join(folder, name);
    try {
      lstatSync(path);
    } catch {
      return { error: "there is no such file in the protocol's folder" };
    }
    try {
      const read = readProtocolFile(path, name);
      return read.ok ? { text: read.source } : { error: reason(read.problem) };
    } catch (error) {
      return { error: `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
    }
  };
}
