// Random edits of protocol sources, shared by the fuzz tests: deletions, insertions of syntax
// fragments and arbitrary strings, duplicated and swapped lines.
import fc from 'fast-check';

const fragments = ['{', '}', '"', '"""', '->', '/*', '*/', '//', ',', '\\', '\\u{', 'stage', 'level', 'within', 'a further', 'of', 'when', 'on', 'cite', 'record', 'acknowledge', 'deadline', '0', '-1', '2.5', '\u0000', '😀', '\u202e', '\n', ' '];

export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
);

export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function apply(source: string, m: Mutation): string {
  const at = source.length === 0 ? 0 : m.at % source.length;
  switch (m.kind) {
    case 'delete':
      return source.slice(0, at) + source.slice(at + m.length);
    case 'insert':
      return source.slice(0, at) + m.text + source.slice(at);
    case 'duplicate-line': {
      const lines = source.split('\n');
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'swap-lines': {
      const lines = source.split('\n');
      const i = m.at % lines.length;
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
  }
}
