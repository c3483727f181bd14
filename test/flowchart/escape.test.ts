// Escaping of protocol text for Mermaid labels and for the Markdown text version, and the colour scheme's
// contrast: the properties that hold for any text, not just the fixtures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../compiler/emitters/mermaid/flow-text.ts';
import { escapeLabelText, quotedLabel, wrapWords } from '../../compiler/emitters/mermaid/mermaid-escape.ts';
import { NODE_CLASSES, THEME_COLOURS } from '../../compiler/emitters/mermaid/mermaid-theme.ts';

// What may appear in an escaped label: inert characters and our numeric or named entities.
const ESCAPED = /^(?:[\p{L}\p{N}\p{M} .,'’‘“”()?!+…·↔→◷✎–—/:-]|#\d+;|#quot;)*$/u;

describe('escapeLabelText', () => {
  it('leaves ordinary prose readable', () => {
    expect(escapeLabelText('Step 2 – Direct Manager to Manager Discussion')).toBe('Step 2 – Direct Manager to Manager Discussion');
    expect(escapeLabelText('Stage Two: Formal (4 days)')).toBe('Stage Two: Formal (4 days)');
  });

  it('turns every character Mermaid, HTML or Markdown could act on into an entity', () => {
    expect(escapeLabelText('"]); click s1 call alert(1)')).toBe('#quot;#93;)#59; click s1 call alert(1)');
    expect(escapeLabelText('%%{init: {}}%%')).toBe('#37;#37;#123;init: #123;#125;#125;#37;#37;');
    expect(escapeLabelText('<b>&`x`#1;')).toBe('#60;b#62;#38;#96;x#96;#35;1#59;');
    expect(escapeLabelText('a\nclick b\r\n%% c')).toBe('a click b #37;#37; c');
  });

  it('writes a colon glued to a word as an entity, so no URL scheme survives', () => {
    expect(escapeLabelText('javascript:alert(1)')).toBe('javascript#58;alert(1)');
    expect(escapeLabelText('data:text/html')).toBe('data#58;text/html');
  });

  it('escapes the letters Mermaid uses for its own entity placeholders', () => {
    expect(escapeLabelText('\uFB02\u00B0\u00B060\u00B6\u00DF')).toBe('#64258;#176;#176;60#182;ß');
  });

  it('never lets any text out of its quotes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const escaped = escapeLabelText(text);
        expect(escaped).toMatch(ESCAPED);
        expect(escaped.replace(/#\d+;|#quot;/g, '')).not.toMatch(/["%<>`\n\r;#&[\]{}|\\]/);
      }),
      { numRuns: 500 },
    );
  });

  it('wraps long text into even lines joined by our own <br/>', () => {
    expect(wrapWords('Step 1 – Direct Professional to Professional Discussion', 34)).toEqual([
      'Step 1 – Direct Professional',
      'to Professional Discussion',
    ]);
    expect(quotedLabel([{ text: 'A "quoted" title', bold: true }, { text: 'x<y' }], 34)).toBe('"<b>A #quot;quoted#quot; title</b><br/>x#60;y"');
  });
});

describe('escapeMarkdown', () => {
  it('leaves no HTML, emphasis, code, link or heading markup', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> `code` *em* [a](b) # h')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\`code\\` \\*em\\* \\[a\\](b) \\# h',
    );
  });

  it('writes no HTML entities: a plain "&" stays, one that would start an entity is escaped', () => {
    expect(escapeMarkdown('Resolution & Escalation')).toBe('Resolution & Escalation');
    expect(escapeMarkdown('A &amp; B &#60;')).toBe('A \\&amp; B &\\#60;');
  });

  it('keeps every text on one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\n\r]/);
        // Every angle bracket is backslash-escaped, so no HTML tag can start.
        expect(escaped.replace(/\\./g, '')).not.toMatch(/[<>]/);
      }),
    );
  });
});

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('colour scheme', () => {
  it.each(Object.entries(NODE_CLASSES))('%s text has WCAG AA contrast on its fill, and its outline shows on white', (_, c) => {
    expect(contrast(c.text, c.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.stroke, THEME_COLOURS.background)).toBeGreaterThanOrEqual(3);
  });

  it('edge labels and group titles have WCAG AA contrast', () => {
    expect(contrast(THEME_COLOURS.edgeLabelText, THEME_COLOURS.edgeLabelBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(THEME_COLOURS.clusterText, THEME_COLOURS.clusterFill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(THEME_COLOURS.line, THEME_COLOURS.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(THEME_COLOURS.clusterStroke, THEME_COLOURS.background)).toBeGreaterThanOrEqual(3);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
});
