// Hostile protocol text (markup, attribute breakouts, </style>, Handlebars syntax) renders as text
// in every printable: no element, attribute or style rule comes from protocol text.
import { describe, expect, it } from 'vitest';
import { cssString } from '../../compiler/emitters/print-shared/css-string.ts';
import { HOSTILE, hostileMachine, hostileMachineWithoutForms } from './fixtures/hostile.ts';
import { emitPrintables, parseHtml, seeds } from './helpers.ts';

const sefton = seeds().find((s) => s.name === 'sefton')!.machine;
const files = [hostileMachine(sefton), hostileMachineWithoutForms(sefton)].flatMap((m) => {
  const { briefing, forms } = emitPrintables(m);
  return [...briefing.files, ...forms.files].map((f) => ({ path: f.path, html: String(f.contents) }));
});

describe.each(files)('$path with hostile protocol text', ({ path, html }) => {
  const doc = parseHtml(html);

  it('has no script, and no element or attribute made from protocol text', () => {
    expect(doc.querySelectorAll('script').length).toBe(0);
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src')).filter((s) => s !== 'flowchart.svg')).toEqual([]);
    expect(doc.querySelectorAll('[onerror], [onload], [onclick]').length).toBe(0);
    expect(doc.querySelectorAll('style').length).toBe(2);
  });

  it('shows the hostile text as text', () => {
    const text = doc.body.textContent ?? '';
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.attribute);
    expect(text).toContain(HOSTILE.style.slice(0, 8));
    // Stage titles carry the Handlebars-like text; every printable but the plain declared forms shows them.
    if (path === 'briefing.html' || path === 'forms/escalation-record.html') expect(text).toContain(HOSTILE.mustache);
  });

  it('keeps the stylesheet intact: the footer text cannot close the string or the element', () => {
    const footer = [...doc.querySelectorAll('style')][0]?.textContent ?? '';
    const content = /@bottom-left \{ content: ("(?:[^"\\]|\\.)*");/.exec(footer);
    expect(content).not.toBeNull();
    expect(content![1]).not.toMatch(/[<>{}]/);
    expect(footer).toContain('@bottom-right');
  });
});

describe('the CSS string escaping of footer text', () => {
  it('escapes everything outside a small safe set as hex, ending each escape with a space', () => {
    expect(cssString('Step 1 – "a" </style>')).toBe('"Step 1 \\2013  \\22 a\\22  \\3c \\2f style\\3e "');
    expect(cssString('line\nbreak\\')).toBe('"line break\\5c "');
  });
});
