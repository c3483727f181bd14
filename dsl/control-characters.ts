// Characters that no published protocol text contains and that change what a reader sees: terminal
// and printer controls (C0 but tab, line feed and carriage return; DEL; C1) and the bidirectional
// embedding, override and isolate controls that can make text display in a different order from the
// one it is stored in ("Trojan Source"). They usually arrive by copying out of a PDF; in text they
// are an error (E0009), and wherever source is shown they are drawn as visible symbols.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

export function forbiddenCharacters(text: string): Array<{ index: number; character: string }> {
  return [...text.matchAll(FORBIDDEN)].map((m) => ({ index: m.index, character: m[0] }));
}

/** "U+001B", how a message names a character the reader cannot see. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text with each forbidden character drawn as one visible symbol (␛ for escape, ␀ for null, ␡
 * for delete, � otherwise), so a code frame or a diff never sends controls to a terminal and its
 * columns still line up.
 */
export function showControlCharacters(text: string): string {
  return text.replace(FORBIDDEN, (c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}
