// Control characters never reach a terminal: in text they are E0009 (samples/control_character), and
// wherever source or protocol text is shown they are drawn as one visible symbol each.
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { renderDiagnostic } from '../../compiler/diagnostics/render.ts';
import { forbiddenCharacters, showControlCharacters } from '../../dsl/control-characters.ts';

// C0 controls other than tab, line feed and carriage return; DEL; C1; bidirectional overrides.
const RAW = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

describe('control characters', () => {
  it('are drawn, one symbol each, in a code frame, with the caret still under the problem', () => {
    const source = 'protocol sample {\n  // pasted \u001b[31m from a PDF\n  title "Sample" tilte "x"\n}\n';
    const withComment = source.replace('  title', '  title "a" \u0007 title');
    const { diagnostics } = compileSource(withComment, 'sample.protocol');
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      const text = renderDiagnostic(d, withComment, { color: false });
      expect(text).not.toMatch(RAW);
      const [, frameLine, caretLine] = /\n(\d+ \| .*)\n\s+\| (\s*\^+)/.exec(text) ?? [];
      if (frameLine && caretLine) {
        const column = caretLine.indexOf('^');
        const lineText = frameLine.replace(/^\d+ \| /, '');
        expect([...lineText].length).toBeGreaterThanOrEqual(column);
      }
    }
  });

  it('include the bidirectional overrides but not tabs or line breaks', () => {
    expect(forbiddenCharacters('a\tb\nc\r\n').length).toBe(0);
    expect(forbiddenCharacters('\u202Eabc\u2066').map((f) => f.index)).toEqual([0, 4]);
    expect(showControlCharacters('\u001b[1m\u0000\u007f\u202E')).toBe('\u241b[1m\u2400\u2421\uFFFD');
  });

  it('include the invisible format characters (E0020), written as themselves or as escapes', () => {
    const tools = createCompilerTools();
    const invisible = ['\u200E', '\u200F', '\u061C', '\u200B', '\u2060', '\uFEFF', '\u2028', '\u2063', '\u180E', '\u{E0041}'];
    for (const character of invisible) {
      const raw = compileSource(`protocol p { title "a${character}b" }`, 'p.protocol', tools);
      expect(raw.diagnostics.filter((d) => d.code === 'E0020').map((d) => d.span.end - d.span.start), character).toEqual([character.length]);
      const escape = `\\u{${character.codePointAt(0)!.toString(16)}}`;
      const escaped = compileSource(`protocol p { title "a${escape}b" }`, 'p.protocol', tools);
      expect(escaped.diagnostics.map((d) => d.code), escape).toContain('E0020');
    }
  });

  it('let a joiner join two non-ASCII characters, and nothing else', () => {
    expect(forbiddenCharacters('\u{1F468}\u200D\u{1F469} \u0645\u06CC\u200C\u062E').length).toBe(0);
    expect(forbiddenCharacters('step\u200D1').map((f) => f.index)).toEqual([4]);
    expect(forbiddenCharacters('\u200Cx').map((f) => f.index)).toEqual([0]);
    expect(forbiddenCharacters('\u0645\u200D').map((f) => f.index)).toEqual([1]);
    expect(forbiddenCharacters('\u0645\u200D\u200B').map((f) => f.index)).toEqual([1, 2]);
  });

  it('draw invisible format characters as one symbol each in a code frame', () => {
    expect(showControlCharacters('a\u200Fb\u200Bc')).toBe('a\uFFFDb\uFFFDc');
    expect(showControlCharacters('\u{1F468}\u200D\u{1F469}')).toBe('\u{1F468}\u200D\u{1F469}');
  });
});
