// Reads one protocol file as safely as a careless user's or an attacker's folder requires: only a
// regular file (never through a symbolic link, never a device or pipe, which could hang or stream
// forever), at most MAX_PROTOCOL_BYTES, and only UTF-8. Each refusal is one diagnostic that says what
// the file is instead (E0011-E0014). A UTF-8 byte order mark is dropped so columns on line 1 are right.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { makeDiagnostic } from '../compiler/diagnostics/report.ts';
import type { Diagnostic } from '../compiler/diagnostics/types.ts';

/** Real protocols are tens of kilobytes; this leaves ample room and stops /dev/zero-like surprises. */
export const MAX_PROTOCOL_BYTES = 5 * 1024 * 1024;

export type ReadProtocol = { ok: true; source: string; bom: boolean } | { ok: false; problem: Diagnostic };

const NOWHERE = { start: 0, end: 0 };

function kindOf(stats: { isSymbolicLink(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Rounded up to a tenth, so a file just over the limit never reads as the limit itself. */
function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`;
}

/** The longest prefix that is valid UTF-8 (a sequence cut off at the end counts as valid). */
function validUtf8Length(bytes: Uint8Array): number {
  const valid = (n: number) => {
    try {
      // A fresh decoder each time: a streaming decoder would carry a cut-off sequence into the next call.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (valid(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where the first byte that is not UTF-8 is, or null when the whole file is UTF-8. */
function firstInvalidByte(bytes: Uint8Array): number | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    const valid = validUtf8Length(bytes);
    if (valid < bytes.length) return valid;
    // Everything decodes but the end: a character cut off at its start byte.
    let start = bytes.length - 1;
    while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start -= 1;
    return start;
  }
}

/** What a file that is not UTF-8 most likely is, for the one diagnostic that says so. */
export function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, i) => {
    if (byte === 0) i % 2 === 0 ? (evenZeros += 1) : (oddZeros += 1);
  });
  if (oddZeros > sample.length / 8) return 'UTF-16 (little-endian)';
  if (evenZeros > sample.length / 8) return 'UTF-16 (big-endian)';
  // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252.
  const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  if (!bytes.some((b) => undefinedIn1252.has(b))) return 'Windows-1252 (or Latin-1)';
  return 'a single-byte encoding other than UTF-8';
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Checks and decodes a protocol file's bytes; `file` is the name shown to the user. */
export function decodeProtocol(file: string, bytes: Uint8Array): ReadProtocol {
  const utf16 = guessEncoding(bytes).startsWith('UTF-16');
  const invalid = utf16 ? 0 : firstInvalidByte(bytes);
  if (invalid !== null) {
    const where = utf16 ? '' : `; its first character that is not UTF-8 is on line ${lineAt(bytes, invalid)}`;
    return { ok: false, problem: makeDiagnostic(file, 'not_utf8', NOWHERE, { file, encoding: guessEncoding(bytes), where }) };
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\uFEFF');
  const source = bom ? text.slice(1) : text;
  const loneCr = /\r(?!\n)/.exec(source);
  if (loneCr) {
    const line = source.slice(0, loneCr.index).split(/\r\n|\n/).length;
    return { ok: false, problem: makeDiagnostic(file, 'cr_line_endings', NOWHERE, { file, line: String(line) }) };
  }
  return { ok: true, source, bom };
}

/**
 * Reads `path` (shown as `file`). Throws only for what the caller reports as a usage error: a file
 * that does not exist or cannot be opened.
 */
export function readProtocolFile(path: string, file: string): ReadProtocol {
  const link = lstatSync(path);
  if (!link.isFile()) return { ok: false, problem: makeDiagnostic(file, 'not_regular_file', NOWHERE, { file, kind: kindOf(link) }) };
  // O_NOFOLLOW and O_NONBLOCK: should the file be swapped for a link or a pipe after the check above,
  // opening it fails or returns at once instead of following the link or waiting for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, problem: makeDiagnostic(file, 'not_regular_file', NOWHERE, { file, kind: kindOf(stats) }) };
    // Read one byte past the cap: a file that grows while it is read is caught too.
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_PROTOCOL_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_PROTOCOL_BYTES) {
      const size = megabytes(Math.max(stats.size, length));
      return { ok: false, problem: makeDiagnostic(file, 'file_too_large', NOWHERE, { file, size, limit: megabytes(MAX_PROTOCOL_BYTES) }) };
    }
    return decodeProtocol(file, buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}
