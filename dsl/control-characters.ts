// Characters that no published protocol text contains and that change what a reader sees: terminal
// and printer controls (C0 but tab, line feed and carriage return; DEL; C1) and the bidirectional
// embedding, override and isolate controls that can make text display in a different order from the
// one it is stored in ("Trojan Source"). They usually arrive by copying out of a PDF; in text they
// are an error (E0009), and wherever source is shown they are drawn as visible symbols.
//
// Invisible format characters are the quieter sibling (E0020): direction marks (LRM, RLM, ALM),
// zero-width spaces and joiners, line and paragraph separators, tag characters. They draw nothing, so
// two texts that look the same compare, search and diff as different, and a mark can still flip the
// order of neighbouring words. Zero-width joiner and non-joiner are the exception where a script or an
// emoji needs them: they are allowed between two non-ASCII characters, written as themselves.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE_NAMES: Record<number, string> = {
  0x034f: 'combining grapheme joiner',
  0x061c: 'Arabic letter mark',
  0x115f: 'Hangul choseong filler',
  0x1160: 'Hangul jungseong filler',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x2061: 'function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x3164: 'Hangul filler',
  0xfeff: 'zero-width no-break space',
  0xffa0: 'halfwidth Hangul filler',
};
const INVISIBLE = /[\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u2028\u2029\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0001}\u{E0020}-\u{E007F}]/u;
const FORBIDDEN = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'gu');
/** Not global (no lastIndex to carry between calls): does the text hold any at all? */
const ANY_FORBIDDEN = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'u');
const JOINERS = new Set([0x200c, 0x200d]);

const FORBIDDEN_ONE = new RegExp(`^(?:${CONTROL.source}|${INVISIBLE.source})$`, 'u');

function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const unit = text.charCodeAt(index - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? text.codePointAt(index - 2) : unit;
}

/** A joiner between two non-ASCII characters joins letters or emoji; anywhere else it only hides. */
function joinsNonAscii(text: string, index: number): boolean {
  const visible = (code: number | undefined) => {
    if (code === undefined || code <= 0x7f) return false;
    const character = String.fromCodePoint(code);
    return !FORBIDDEN_ONE.test(character) && !/\s/u.test(character);
  };
  return visible(codePointBefore(text, index)) && visible(text.codePointAt(index + 1));
}

export function forbiddenCharacters(text: string): Array<{ index: number; character: string }> {
  // Every text of every protocol passes through here and almost none holds one: one test, no arrays.
  if (!ANY_FORBIDDEN.test(text)) return [];
  return [...text.matchAll(FORBIDDEN)]
    .filter((m) => !(JOINERS.has(m[0].codePointAt(0)!) && joinsNonAscii(text, m.index)))
    .map((m) => ({ index: m.index, character: m[0] }));
}

/** Controls are E0009; every other forbidden character is an invisible format character (E0020). */
export function isControlCharacter(character: string): boolean {
  return CONTROL.test(character);
}

/** "right-to-left mark": how a message names an invisible character, after its code point. */
export function invisibleCharacterName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0xe0000) return 'tag character';
  if (code >= 0xfff9 && code <= 0xfffb) return 'interlinear annotation character';
  if (code >= 0x206a && code <= 0x206f) return 'deprecated format character';
  return INVISIBLE_NAMES[code] ?? 'invisible format character';
}

/** "U+001B", how a message names a character the reader cannot see. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text with each forbidden character drawn as one visible symbol (␛ for escape, ␀ for null, ␡
 * for delete, � otherwise), so a code frame or a diff never sends controls to a terminal and its
 * columns still line up. Joiners between non-ASCII characters are kept: they are part of the text.
 */
export function showControlCharacters(text: string): string {
  const kept = new Set(forbiddenCharacters(text).map((f) => f.index));
  return text.replace(FORBIDDEN, (c, index: number) => {
    if (!kept.has(index)) return c;
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}
