// Protocol text that lands inside CSS (the running footer of printed pages is CSS `content`), written
// as a quoted CSS string. HTML escaping does not apply inside <style>, so this is the escaping for
// that context: everything outside a small safe set becomes a CSS hex escape, which also stops a
// title from closing the string or the <style> element.
const SAFE = /[A-Za-z0-9 ,.:;()!?'+\-]/;

export function cssString(text: string): string {
  let out = '"';
  for (const ch of text.replace(/\s+/g, ' ')) {
    out += SAFE.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}
