// Small readers over Chevrotain's concrete syntax tree: pick children by label, turn tokens into
// names and text with spans, decode string escapes. The builder only runs on a CST without syntax
// errors, so a missing required child is an internal bug and throws.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { Name, Span, Text } from '../ast.ts';
import { forbiddenCharacters } from '../control-characters.ts';

export type Children = Record<string, CstElement[] | undefined>;

export interface BuildContext {
  /** Reports a problem found while decoding text, such as an unknown escape sequence. */
  invalidEscape(span: Span, sequence: string): void;
  /** Reports text that is empty or only spaces: every text in a protocol says something. */
  emptyText(span: Span): void;
  /** Reports a property that may be given once, given again (the second one's span). */
  repeated(span: Span, property: string): void;
  /** Reports a control character in text, written as itself or as an escape (see control-characters.ts). */
  controlCharacter(span: Span, character: string): void;
}

const propertyWords: Record<string, string> = { partOf: 'part of', perStage: 'per stage', totalUnit: 'total' };

function reportRepeats(ctx: BuildContext, key: string, elements: readonly CstElement[]): void {
  const second = elements[1];
  if (second) ctx.repeated(isToken(second) ? tokenSpan(second) : nodeSpan(second), propertyWords[key] ?? key);
}

export function isToken(element: CstElement): element is IToken {
  return 'image' in element;
}

// A label holds tokens or nodes, in practice never both, and most labels asked for are absent: the
// list is returned as it is when every element is of the kind asked for (no copy), and an absent
// label gives one shared empty list. Either way the result is read-only.
const NONE: readonly never[] = Object.freeze([]);

export function nodes(children: Children, key: string): readonly CstNode[] {
  const all = children[key];
  if (!all) return NONE;
  return all.every((e) => !isToken(e)) ? (all as CstNode[]) : all.filter((e): e is CstNode => !isToken(e));
}

export function tokens(children: Children, key: string): readonly IToken[] {
  const all = children[key];
  if (!all) return NONE;
  return all.every(isToken) ? (all as IToken[]) : all.filter(isToken);
}

// The first of a kind without filtering the whole list into a new array: called for every property
// of every item of every protocol.
export function node(children: Children, key: string): CstNode | null {
  for (const e of children[key] ?? []) if (!isToken(e)) return e;
  return null;
}

export function token(children: Children, key: string): IToken | null {
  for (const e of children[key] ?? []) if (isToken(e)) return e;
  return null;
}

/**
 * What an item of a block is (`stageItem`, `protocolItem`, …): its first child's label. Chevrotain
 * adds children in the order they are parsed and every alternative of an item starts with its own
 * keyword or rule, so the first label names the alternative, and a builder can switch on it rather
 * than ask for every label an item might have.
 */
export function itemKind(children: Children): string {
  for (const key in children) return key;
  throw new Error('internal: an item with no children');
}

export function has(children: Children, key: string): boolean {
  return (children[key]?.length ?? 0) > 0;
}

export function tokenSpan(t: IToken): Span {
  return { start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 };
}

export function nodeSpan(n: CstNode): Span {
  const loc = n.location;
  if (!loc || Number.isNaN(loc.startOffset)) throw new Error(`internal: CST node '${n.name}' has no location`);
  return { start: loc.startOffset, end: (loc.endOffset ?? loc.startOffset) + 1 };
}

export function toName(t: IToken): Name {
  return { name: t.image, span: tokenSpan(t) };
}

/** Like nameAt, for a property that may be given once: a second one is reported. */
export function singleNameAt(children: Children, key: string, ctx: BuildContext): Name | null {
  reportRepeats(ctx, key, tokens(children, key));
  return nameAt(children, key);
}

export function nameAt(children: Children, key: string): Name | null {
  const t = token(children, key);
  return t ? toName(t) : null;
}

export function requiredName(children: Children, key: string): Name {
  const t = token(children, key);
  if (!t) throw new Error(`internal: missing '${key}'`);
  return toName(t);
}

/** `a, b, c` */
export function nameList(n: CstNode | null): Name[] {
  return n ? tokens(n.children, 'Identifier').map(toName) : [];
}

/** A `text` node: a quoted string or a triple-quoted block. */
export function textOf(n: CstNode, ctx: BuildContext): Text {
  const t = token(n.children, 'StringLiteral') ?? token(n.children, 'TextBlock');
  if (!t) throw new Error('internal: text node without a string');
  const span = tokenSpan(t);
  if (isBlank(t.image)) ctx.emptyText(span);
  for (const { index, character } of forbiddenCharacters(t.image)) {
    ctx.controlCharacter({ start: span.start + index, end: span.start + index + character.length }, character);
  }
  if (t.tokenType.name === 'TextBlock') {
    // Passages are wrapped over lines in the source: a line break is a space, and a blank line
    // separates paragraphs (kept as one blank line, "\n\n").
    const inner = t.image
      .slice(3, -3)
      .split(/\n[ \t\r]*\n\s*/)
      .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
      .filter((paragraph) => paragraph !== '')
      .join('\n\n');
    return { value: unescape(inner, span.start + 3, ctx), span };
  }
  return { value: unescape(t.image.slice(1, -1), span.start + 1, ctx), span };
}

/** The quoted text (`"…"` or `"""…"""`) holds nothing but spaces: no copy of it is made to find out. */
function isBlank(image: string): boolean {
  const quote = image.startsWith('"""') && image.length >= 6 ? 3 : 1;
  return !/\S/.test(image.slice(quote, image.length - quote));
}

/** A property given at most once: a second one is reported. */
export function textAt(children: Children, key: string, ctx: BuildContext): Text | null {
  reportRepeats(ctx, key, nodes(children, key));
  const n = node(children, key);
  return n ? textOf(n, ctx) : null;
}

export function textsAt(children: Children, key: string, ctx: BuildContext): Text[] {
  return nodes(children, key).map((n) => textOf(n, ctx));
}

const simpleEscapes: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r' };

function unescape(raw: string, offset: number, ctx: BuildContext): string {
  // Most texts have no escape at all: skip the regex pass over them.
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|.)/gsu, (match, seq: string, index: number) => {
    if (seq in simpleEscapes) return simpleEscapes[seq]!;
    if (seq.startsWith('u')) {
      const code = parseInt(seq.replace(/[u{}]/g, ''), 16);
      if (code <= 0x10ffff) {
        const character = String.fromCodePoint(code);
        if (forbiddenCharacters(character).length > 0) ctx.controlCharacter({ start: offset + index, end: offset + index + match.length }, character);
        return character;
      }
    }
    ctx.invalidEscape({ start: offset + index, end: offset + index + match.length }, match);
    return match;
  });
}
