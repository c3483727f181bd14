// Lays the pieces out again: one item a line, two spaces an indentation level, one space between the
// words of an item, at most one blank line where the author left one. A block the author wrote on one
// line (`{ cite step2 }`) stays on one line, its items two spaces apart; any other block has an item
// a line. Comments stay where they were: on their own line, or after the code they follow. Nothing
// is reordered, and text is never rewrapped: a passage in triple quotes keeps its lines, indented
// one level deeper than its item (indentation there is folded away, so its meaning is unchanged).
import type { Piece } from './pieces.ts';

const INDENT = '  ';

interface Block {
  inline: boolean;
  /** Whether an item has been written inside it yet (a blank line is never the first thing in a block). */
  started: boolean;
}

/** For each `{`, whether its block is written on one line: so it was in the source, with no comment in it. */
function inlineBlocks(pieces: Piece[], source: string): Map<number, boolean> {
  const result = new Map<number, boolean>();
  const open: number[] = [];
  pieces.forEach((p, i) => {
    if (p.type === 'LCurly') open.push(i);
    if (p.type !== 'RCurly') return;
    const start = open.pop();
    if (start === undefined) return;
    const inside = pieces.slice(start + 1, i);
    const oneLine = !source.slice(pieces[start]!.offset, p.offset).includes('\n');
    // The protocol's own block always has an item a line.
    result.set(start, start !== firstBrace(pieces) && oneLine && inside.every((q) => q.kind === 'token'));
  });
  return result;
}

function firstBrace(pieces: Piece[]): number {
  return pieces.findIndex((p) => p.type === 'LCurly');
}

/** A triple-quoted passage over several lines, its following lines indented one level below `depth`. */
function reindentTextBlock(text: string, depth: number): string[] {
  const [first = '', ...rest] = text.split('\n');
  return [
    first.trimEnd(),
    ...rest.map((line) => {
      const trimmed = line.trim();
      if (trimmed === '') return '';
      return (trimmed === '"""' ? INDENT.repeat(depth) : INDENT.repeat(depth + 1)) + trimmed;
    }),
  ];
}

export function printPieces(pieces: Piece[], source: string): string {
  const inline = inlineBlocks(pieces, source);
  const lines: string[] = [];
  const blocks: Block[] = [];
  let line = '';
  let depth = 0;
  /** The line was ended by a `//` comment: whatever comes next starts a new one. */
  let ended = false;
  let previous: Piece | null = null;
  let seenToken = false;

  const flush = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  const startLine = (p: Piece, extraIndent = 0) => {
    flush();
    const block = blocks.at(-1);
    if (p.breaksBefore >= 2 && lines.length > 0 && (block?.started ?? true)) lines.push('');
    line = INDENT.repeat(depth + extraIndent);
    ended = false;
  };
  const append = (text: string, separator: string) => {
    if (ended) {
      startLine({ ...(previous as Piece), breaksBefore: 1 }, 1);
      line += text;
      return;
    }
    line += (line.trim() === '' ? '' : separator) + text;
  };
  const put = (p: Piece, separator: string) => {
    if (p.type === 'TextBlock' && p.text.includes('\n')) {
      const [first, ...rest] = reindentTextBlock(p.text, depth);
      append(first ?? '', separator);
      // Pushed as they are: a blank line inside a passage separates its paragraphs.
      lines.push(line.trimEnd(), ...rest.slice(0, -1));
      line = rest.at(-1) ?? '';
      return;
    }
    append(p.text, separator);
  };

  pieces.forEach((p, i) => {
    const block = blocks.at(-1);
    if (p.kind !== 'token') {
      if (p.breaksBefore === 0 && line.trim() !== '') line += ` ${p.text}`;
      else {
        startLine(p);
        line += p.text;
        if (block) block.started = true;
      }
      // A block comment over several lines is kept as written; so is a line comment.
      if (p.kind === 'line-comment') ended = true;
      previous = p;
      return;
    }
    if (p.type === 'RCurly') {
      const closing = blocks.pop();
      if (closing?.inline) line += ' }';
      else {
        depth -= 1;
        startLine({ ...p, breaksBefore: 1 });
        line += '}';
      }
    } else if (p.itemStart && block?.inline) {
      append(p.text, previous?.type === 'LCurly' ? ' ' : INDENT);
      block.started = true;
    } else if (p.itemStart || !seenToken) {
      startLine(p);
      put(p, '');
      if (block) block.started = true;
    } else if (p.type === 'Comma') {
      // Straight after the previous name, unless a `//` comment ended its line.
      append(',', '');
    } else {
      put(p, ' ');
    }
    if (p.type === 'LCurly') {
      const isInline = inline.get(i) ?? false;
      blocks.push({ inline: isInline, started: false });
      if (!isInline) depth += 1;
    }
    previous = p;
    seenToken = true;
  });
  flush();
  return `${lines.join('\n')}\n`;
}
