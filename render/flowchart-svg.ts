// String surgery on Mermaid's SVG output, so the published file is a standalone, well-formed SVG whose
// markup carries no trace of protocol text as syntax. In strict mode Mermaid passes its SVG through
// DOMPurify, which serialises it as HTML: `<br>` is not closed and `&nbsp;` is not an XML entity, so a
// browser opening flowchart.svg directly would refuse it. We fix that without a DOM round trip, which
// would undo the escaping below.

const VOID_TAG = /^<(br|hr|img|wbr)\b([^>]*?)\s*\/?>$/i;
/** Characters written as character references in text: what makes a URL scheme, an attribute or a directive. */
const TEXT_SPECIALS = /[:=%{}]/g;

function closeVoidTag(tag: string): string {
  const match = VOID_TAG.exec(tag);
  return match ? `<${match[1]}${match[2]}/>` : tag;
}

function escapeText(text: string): string {
  return text.replace(/&nbsp;/g, '&#160;').replace(TEXT_SPECIALS, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Closes HTML void elements, replaces `&nbsp;`, and writes `: = % { }` in text content as character
 * references: the reader sees the same text, but `javascript:`, `onerror=` or `%%{init` never appear in
 * the markup, whatever a protocol says. Style sheets and tags are left alone (CSS needs its colons).
 */
export function cleanSvg(svg: string): string {
  return svg.replace(/(<style\b[^>]*>[\s\S]*?<\/style>)|(<[^>]*>)|([^<]+)/g, (_, style: string, tag: string, text: string) => {
    if (style) return style;
    if (tag) return closeVoidTag(tag);
    return escapeText(text);
  });
}

/** Every character the SVG shows as text (over-approximated: any text outside tags and style sheets). */
export function svgTextCharacters(svg: string): Set<string> {
  const text = svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(lt|gt|amp|quot);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[name] ?? '');
  return new Set(text);
}

/** Inserts a <style> element as the first child of the root <svg>. */
export function embedStyle(svg: string, css: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('Mermaid returned something that is not an SVG.');
  // Font data is base64 and our own CSS, so it cannot close the element early.
  return `${open[0]}<style>${css}</style>${svg.slice(open[0].length)}`;
}

/**
 * The SVG pinned to its natural size for drawing as an image: Mermaid writes `width="100%"` and a
 * max-width so the published file fits its container, which an image has not got.
 */
export function rasterSize(svg: string): { sized: string; width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const box = open && /\sviewBox="([^"]*)"/.exec(open)?.[1]?.trim().split(/[\s,]+/).map(Number);
  const [width, height] = box && box.length === 4 ? box.slice(2) : [];
  if (!open || !width || !height || !(width > 0 && height > 0)) throw new Error('the SVG has no usable viewBox');
  const pinned = open.replace(/\s(width|height|style)="[^"]*"/g, '').replace(/^<svg\b/, `<svg width="${width}" height="${height}"`);
  return { sized: pinned + svg.slice(open.length), width, height };
}
