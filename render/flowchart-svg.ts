// String surgery on Mermaid's SVG output. We never parse and re-serialise it: Mermaid writes protocol
// text as numeric entities (`&#58;`), and a round trip through a DOM would turn them back into raw
// characters in the markup.

/** Inserts a <style> element as the first child of the root <svg>. */
export function embedStyle(svg: string, css: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('Mermaid returned something that is not an SVG.');
  // Font data is base64 and our own CSS, so it cannot close the element early.
  return `${open[0]}<style>${css}</style>${svg.slice(open[0].length)}`;
}
