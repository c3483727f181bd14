// The partnership's branding: colours are checked for contrast before they reach a page.
import { describe, expect, it } from 'vitest';
import branding from '../../site/site.config.ts';
import { assertBranding, brandingProblems, contrastRatio, DARK_BACKGROUND, parseHex, type SiteBranding } from '../../site/src/utils/branding.ts';
import { themeCss } from '../../site/src/utils/theme-css.ts';

const withColours = (colours: Partial<SiteBranding['colours']>): SiteBranding => ({ ...branding, colours: { ...branding.colours, ...colours } });

describe('branding', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(parseHex('#abc')).toEqual([170, 187, 204]);
    expect(() => parseHex('blue')).toThrow(/not a colour/);
  });

  it('accepts the shipped configuration', () => {
    expect(brandingProblems(branding)).toEqual([]);
    expect(() => assertBranding(branding)).not.toThrow();
  });

  it('rejects colours too pale on white or too dark on the dark theme, saying which way to go', () => {
    const problems = brandingProblems(withColours({ accent: '#9ecbff', accentOnDark: '#1d3557' }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/colours\.accent.*on white.*darker/);
    expect(problems[1]).toContain(DARK_BACKGROUND);
    expect(problems[1]).toMatch(/lighter/);
    expect(() => assertBranding(withColours({ accent: 'green' }))).toThrow(/site\/site\.config\.ts[\s\S]*hex colour/);
  });

  it('rejects an address that is not a web address', () => {
    expect(brandingProblems({ ...branding, url: 'javascript:alert(1)' })).toEqual([expect.stringMatching(/`url`/)]);
  });

  it('writes both themes from the two colours', () => {
    const css = themeCss({ accent: '#123456', accentOnDark: '#abcdef' });
    expect(css).toContain("--sl-color-accent: #123456;");
    expect(css).toContain("--sl-color-accent-high: #abcdef;");
    expect(css).toMatch(/:root\[data-theme='light'\]/);
  });
});
