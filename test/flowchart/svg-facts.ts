// Facts about a rendered SVG as a browser sees it: the text a reader sees, its accessible name and
// description, and anything that could run or fetch. Read in a real page, not with regular expressions.
import type { BrowserSession } from '../../render/browser.ts';

export interface SvgFacts {
  labelText: string;
  title: string;
  description: string;
  width: number;
  scripts: number;
  handlerAttributes: string[];
  externalReferences: string[];
  elementNames: string[];
}

export async function svgFacts(session: BrowserSession, svg: string): Promise<SvgFacts> {
  const context = await session.browser.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await context.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><body></body>');
    return await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      const all = Array.from(root.querySelectorAll('*'));
      const labels = Array.from(root.querySelectorAll('foreignObject, text'), (n) =>
        // Line breaks inside a label are our own; read them as spaces, like a screen reader would.
        Array.from(n.querySelectorAll('p, span, tspan')).length > 0 ? (n.textContent ?? '') : (n.textContent ?? ''),
      );
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
        width: root.viewBox?.baseVal?.width ?? 0,
        scripts: root.querySelectorAll('script').length,
        handlerAttributes: attributes.filter((a) => /^on/i.test(a.name)).map((a) => `${a.el} ${a.name}`),
        externalReferences: attributes
          .filter((a) => /href$/i.test(a.name) && !a.value.startsWith('#'))
          .concat(attributes.filter((a) => /url\((?!#|data:)/i.test(a.value)))
          .map((a) => `${a.el} ${a.name}=${a.value}`),
        elementNames: [...new Set(all.map((el) => el.localName))].sort(),
      };
    }, svg);
  } finally {
    await context.close();
  }
}
