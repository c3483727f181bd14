// A tiny element builder for the simulator's DOM code. Text always goes in as text nodes and
// attributes through setAttribute, so protocol text can never become markup or a script.

export type Child = Node | string | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return element;
}

/** A list of plain-text items, or null when there are none. */
export function textList(doc: Document, items: readonly string[], className?: string): HTMLUListElement | null {
  if (items.length === 0) return null;
  return h(doc, 'ul', { class: className }, items.map((item) => h(doc, 'li', {}, item)));
}
