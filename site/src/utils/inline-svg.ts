// Prepares the rendered flowchart for inlining in a page. The SVG is our renderer's output, but it
// lands in the page's own DOM, so it is treated as untrusted anyway: no scripts, no event handlers,
// no script URLs. Coordinates are rounded because Mermaid writes 15 decimals, which is most of the
// file on a phone's data plan and invisible on screen.

const DANGEROUS_ELEMENTS = ['script', 'iframe', 'object', 'embed'];

/** Removes anything that could run code: script-like elements, on* handlers and javascript: links. */
export function sanitizeSvg(svg: string): string {
  let out = svg.replace(/<\?xml[^>]*>\s*/g, '').replace(/<!DOCTYPE[^>]*>\s*/gi, '');
  for (const name of DANGEROUS_ELEMENTS) {
    out = out.replace(new RegExp(`<${name}\\b[\\s\\S]*?</${name}\\s*>`, 'gi'), '').replace(new RegExp(`<${name}\\b[^>]*/?>`, 'gi'), '');
  }
  // Only inside tags: protocol text is escaped (&lt;…), so it never matches `<…>` here.
  return out.replace(/<[a-zA-Z][^<>]*>/g, (tag) =>
    tag
      .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
      .replace(/\s+(?:xlink:)?href\s*=\s*("\s*(?:javascript|data|vbscript):[^"]*"|'\s*(?:javascript|data|vbscript):[^']*')/gi, ''),
  );
}

function round(value: string): string {
  const rounded = Number(Number(value).toFixed(1));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Rounds every decimal number in path data to one decimal place. */
export function compactPaths(svg: string): string {
  return svg.replace(/(\sd=")([^"]*)"/g, (_, open: string, data: string) => `${open}${data.replace(/-?\d+\.\d{2,}/g, round)}"`);
}

/**
 * Gives the root <svg> role="img" and a name: its own <title>/<desc> when it has them (Mermaid's
 * accTitle/accDescr), otherwise the label passed in.
 */
export function accessibleSvg(svg: string, label: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('The rendered flowchart is not an SVG.');
  let tag = open[0].replace(/\srole="[^"]*"/, '').replace(/\saria-roledescription="[^"]*"/, '');
  const hasLabelledBy = /\saria-labelledby="([^"]+)"/.exec(tag);
  const titleId = hasLabelledBy?.[1];
  const titled = titleId !== undefined && svg.includes(`id="${titleId}"`);
  if (!titled) {
    tag = tag.replace(/\saria-labelledby="[^"]*"/, '');
    tag = tag.replace(/>$/, ` aria-label="${escapeAttribute(label)}">`);
  }
  tag = tag.replace(/^<svg\b/, '<svg role="img" focusable="false"');
  return tag + svg.slice(open[0].length);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The drawing's own width in CSS pixels (from its viewBox), at which its labels read at full size. */
export function naturalWidth(svg: string): number | null {
  const viewBox = /^<svg\b[^>]*\sviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+[\d.]+\s*"/.exec(svg);
  const width = viewBox ? Number(viewBox[1]) : NaN;
  return Number.isFinite(width) && width > 0 ? Math.round(width) : null;
}

export function inlineFlowchart(svg: string, label: string): string {
  return accessibleSvg(compactPaths(sanitizeSvg(svg.trim())), label);
}
