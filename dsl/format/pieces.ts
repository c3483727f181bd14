// The formatter's view of a source file: every token the parser consumed and every comment between
// them, in order, each knowing how many line breaks preceded it and whether it starts an item (a
// statement inside a block). Item starts come from the syntax tree, not from the words, because any
// keyword may also be a name: in `meets chair with counterpart`, `chair` names a role.
import type { CstElement, CstNode, IToken } from 'chevrotain';

export interface Piece {
  kind: 'token' | 'line-comment' | 'block-comment';
  text: string;
  offset: number;
  /** Line breaks between the end of the previous piece and this one. */
  breaksBefore: number;
  /** The token's type name (LCurly, TextBlock, …); empty for comments. */
  type: string;
  itemStart: boolean;
}

/** Rules whose every occurrence is one item of the block around it. */
const ITEM_RULES = new Set([
  'protocolItem', 'stageItem', 'timescaleItem', 'recordDutyItem', 'annotation', 'passage', 'equivalent', 'field', 'recordDuty',
  // Steps, notifications and qualifiers may stand in a stage, an outcome, a route or a step's block.
  'step', 'stepItem', 'notification', 'qualifier',
  // `required form <name>` in a stage.
  'requiredForm', 'indicativeTimescales',
]);

/**
 * Keywords that start an item when they stand, as keywords, inside the braces of a declaration's
 * block (the grammar writes those items inline rather than as rules of their own).
 */
const INLINE_ITEM_KEYWORDS = new Set([
  'Title', 'Url', 'Publisher', 'Description', 'Example', 'Kind', 'Part', 'Composition', 'Members', 'Chair', 'Discouraged',
  'Appendix', 'Per', 'Log', 'Type', 'Required', 'Help', 'Binding', 'Body', 'Section', 'Remember', 'Action', 'Question', 'After',
  // `by` in a notification's block.
  'By',
  // A field's `options "…", "…"` and `monitoring`.
  'Options', 'Monitoring',
]);

const isToken = (e: CstElement): e is IToken => 'image' in e;

function collect(node: CstNode, tokens: IToken[], starts: Set<number>): void {
  const direct = Object.entries(node.children).flatMap(([key, elements]) => (elements ?? []).map((e) => ({ key, e })));
  const firstBrace = direct.filter((d) => isToken(d.e) && d.key === 'LCurly').map((d) => (d.e as IToken).startOffset).sort((a, b) => a - b)[0];
  for (const { key, e } of direct) {
    if (isToken(e)) {
      tokens.push(e);
      if (firstBrace !== undefined && e.startOffset > firstBrace && INLINE_ITEM_KEYWORDS.has(key)) starts.add(e.startOffset);
    } else {
      collect(e, tokens, starts);
    }
  }
  if (ITEM_RULES.has(node.name) && node.location?.startOffset !== undefined) starts.add(node.location.startOffset);
}

const COMMENT = /\/\/[^\n]*|\/\*[\s\S]*?\*\//g;

/** Comments (and the line breaks before each) in the stretch of source between two tokens. */
function gapPieces(gap: string, offset: number): { pieces: Piece[]; trailingBreaks: number } {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of gap.matchAll(COMMENT)) {
    const breaksBefore = (gap.slice(last, m.index).match(/\n/g) ?? []).length;
    pieces.push({ kind: m[0].startsWith('//') ? 'line-comment' : 'block-comment', text: m[0], offset: offset + m.index, breaksBefore, type: '', itemStart: false });
    last = m.index + m[0].length;
  }
  return { pieces, trailingBreaks: (gap.slice(last).match(/\n/g) ?? []).length };
}

/** Every token and comment of `source`, given the syntax tree the parser made of it. */
export function piecesOf(source: string, cst: CstNode): Piece[] {
  const tokens: IToken[] = [];
  const starts = new Set<number>();
  collect(cst, tokens, starts);
  tokens.sort((a, b) => a.startOffset - b.startOffset);
  const pieces: Piece[] = [];
  let end = 0;
  for (const t of tokens) {
    const gap = gapPieces(source.slice(end, t.startOffset), end);
    pieces.push(...gap.pieces);
    pieces.push({ kind: 'token', text: t.image, offset: t.startOffset, breaksBefore: gap.trailingBreaks, type: t.tokenType.name, itemStart: starts.has(t.startOffset) });
    end = t.startOffset + t.image.length;
  }
  pieces.push(...gapPieces(source.slice(end), end).pieces);
  return pieces;
}
