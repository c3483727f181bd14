// The shape of site/site.config.ts and its checks. Problems are reported as one readable error
// naming the setting and the fix, like the compiler's diagnostics, rather than as a broken page.

export interface SiteBranding {
  title: string;
  description: string;
  logo: { src: string; alt: string; replacesTitle: boolean } | null;
  colours: { accent: string; accentOnDark: string };
  lang: string;
  url: string | null;
  footer: string | null;
}

/** Starlight's dark page background (its `--sl-color-black`, hsl(224 10% 10%)). */
export const DARK_BACKGROUND = '#17181c';
export const WHITE = '#ffffff';
/** WCAG 2.2 AA for normal text. */
export const MIN_CONTRAST = 4.5;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function parseHex(colour: string): [number, number, number] {
  if (!HEX.test(colour)) throw new Error(`'${colour}' is not a colour like #0f5c8c.`);
  const digits = colour.length === 4 ? [...colour.slice(1)].map((d) => d + d).join('') : colour.slice(1);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(colour: string): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(colour).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every problem with the branding, as sentences that say what to change; empty when it is usable. */
export function brandingProblems(branding: SiteBranding): string[] {
  const problems: string[] = [];
  if (!branding.title.trim()) problems.push('`title` is empty: give the site a name.');
  const checks: Array<[keyof SiteBranding['colours'], string, string]> = [
    ['accent', WHITE, 'white'],
    ['accentOnDark', DARK_BACKGROUND, `the dark background (${DARK_BACKGROUND})`],
  ];
  for (const [key, background, name] of checks) {
    const colour = branding.colours[key];
    if (!HEX.test(colour)) {
      problems.push(`\`colours.${key}\` is '${colour}': write a hex colour such as #0f5c8c.`);
      continue;
    }
    const ratio = contrastRatio(colour, background);
    if (ratio < MIN_CONTRAST) {
      const hint = key === 'accent' ? 'a darker' : 'a lighter';
      problems.push(
        `\`colours.${key}\` (${colour}) has a contrast of ${ratio.toFixed(2)}:1 on ${name}; links need ${MIN_CONTRAST}:1. Choose ${hint} shade.`,
      );
    }
  }
  if (branding.url !== null && !/^https?:\/\/[^\s]+$/.test(branding.url)) problems.push(`\`url\` is '${branding.url}': write the full address, starting with https://.`);
  return problems;
}

export function assertBranding(branding: SiteBranding, file = 'site/site.config.ts'): void {
  const problems = brandingProblems(branding);
  if (problems.length > 0) throw new Error(`The site branding in ${file} cannot be used:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
