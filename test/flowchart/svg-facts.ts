// Facts about a rendered SVG as a browser sees it: the text a reader sees, its accessible name and
// description, and anything that could run or fetch. Read in a real page, not with regular expressions.
import type { BrowserSession } from '../../render/browser.ts';

export interface SvgFacts {
  labelText: string;
  title: string;
  description: string;
  width: number;
  height: number;
  scripts: number;
  handlerAttributes: string[];
  externalReferences: string[];
  elementNames: string[];
  /** The XML parser's complaint when the SVG is not well-formed, or null. */
  parseError: string | null;
  /** Distinct computed font-family of the label text, with the SVG in a page. */
  labelFonts: string[];
}

export async function svgFacts(session: BrowserSession, svg: string): Promise<SvgFacts> {
  const context = await session.browser.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await context.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><body></body>');
    const labelFonts = await page.evaluate((svg) => {
      document.body.innerHTML = svg;
      const labels = Array.from(document.querySelectorAll('foreignObject span, text'));
      return [...new Set(labels.map((el) => getComputedStyle(el).fontFamily))].sort();
    }, svg);
    const facts = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      const all = Array.from(root.querySelectorAll('*'));
      const labels = Array.from(root.querySelectorAll('text'), (n) => n.textContent ?? '');
      // Line breaks inside a label are our own; read them as spaces, like a screen reader would.
      const html = Array.from(root.querySelectorAll('foreignObject')).map((n) => {
        const clone = n.cloneNode(true) as Element;
        clone.querySelectorAll('br').forEach((br) => br.replaceWith(' '));
        return clone.textContent ?? '';
      });
      const attributes = all.flatMap((el) => Array.from(el.attributes, (a) => ({ el: el.localName, name: a.name, value: a.value })));
      return {
        labelText: [...html, ...labels].join('\n').replace(/[ \t]+/g, ' '),
        title: root.querySelector('title')?.textContent ?? '',
        description: root.querySelector('desc')?.textContent ?? '',
        width: (root as unknown as SVGSVGElement).viewBox?.baseVal?.width ?? 0,
        height: (root as unknown as SVGSVGElement).viewBox?.baseVal?.height ?? 0,
        scripts: root.querySelectorAll('script').length,
        handlerAttributes: attributes.filter((a) => /^on/i.test(a.name)).map((a) => `${a.el} ${a.name}`),
        externalReferences: attributes
          .filter((a) => /href$/i.test(a.name) && !a.value.startsWith('#'))
          .concat(attributes.filter((a) => /url\((?!#|data:)/i.test(a.value)))
          .map((a) => `${a.el} ${a.name}=${a.value}`),
        elementNames: [...new Set(all.map((el) => el.localName))].sort(),
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
      };
    }, svg);
    return { ...facts, labelFonts };
  } finally {
    await context.close();
  }
}

/** Share of a PNG's pixels that are not white, and of those that are dark (text and lines), read in a page. */
export async function pngInk(session: BrowserSession, png: Uint8Array): Promise<{ inked: number; dark: number }> {
  const context = await session.browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        const sum = (data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0);
        if (sum < 750) inked++;
        if (sum < 200) dark++;
      }
      const pixels = data.length / 4;
      return { inked: inked / pixels, dark: dark / pixels };
    }, Buffer.from(png).toString('base64'));
  } finally {
    await context.close();
  }
}
