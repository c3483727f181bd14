// Where a setting is in stepladder.yaml: the key and value nodes along a JSON pointer, as character
// offsets, so configuration errors point at the exact line and column like the compiler's do.
import { type Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Span } from '../diagnostics/types.ts';

export interface Located {
  /** The key of the last segment (the whole item for a list entry). */
  key: Span;
  value: Span;
}

function spanOf(node: Node | null | undefined, fallback: Span): Span {
  const range = node?.range;
  return range ? { start: range[0], end: Math.max(range[0], range[1]) } : fallback;
}

/** Splits an ajv instance path ("/contacts/0/phone") into segments, unescaping ~1 and ~0. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Follows the segments as far as the document goes; returns the deepest key and value found. */
export function locate(doc: Document, segments: string[]): Located {
  const whole: Span = spanOf(doc.contents, { start: 0, end: 0 });
  let here: Located = { key: { start: whole.start, end: whole.start }, value: whole };
  let node: unknown = doc.contents;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      const keySpan = spanOf(pair.key as Node, here.value);
      here = { key: keySpan, value: spanOf(pair.value as Node, keySpan) };
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      const span = spanOf(item as Node, here.value);
      here = { key: span, value: span };
      node = item;
    } else break;
  }
  return here;
}
