// Control characters never reach a terminal: in text they are E0009 (samples/control_character), and
// wherever source or protocol text is shown they are drawn as one visible symbol each.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../compiler/index.ts';
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
});
