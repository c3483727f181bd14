// Turns the partnership's two accent colours into Starlight's colour variables for both themes.
// Shades are mixed in CSS (color-mix) so the config stays at two colours; text on an accent
// background uses the opposite end of the scale, which keeps the contrast the config was checked for.
import type { SiteBranding } from './branding.ts';

export function themeCss(colours: SiteBranding['colours']): string {
  const { accent, accentOnDark } = colours;
  return [
    `:root {`,
    `  --sl-color-accent-low: color-mix(in srgb, ${accentOnDark} 22%, #000);`,
    `  --sl-color-accent: color-mix(in srgb, ${accentOnDark} 70%, #000);`,
    `  --sl-color-accent-high: ${accentOnDark};`,
    `  --sl-color-text-invert: var(--sl-color-accent-low);`,
    `  --stepladder-accent-text: ${accentOnDark};`,
    `}`,
    `:root[data-theme='light'] {`,
    `  --sl-color-accent-low: color-mix(in srgb, ${accent} 14%, #fff);`,
    `  --sl-color-accent: ${accent};`,
    `  --sl-color-accent-high: color-mix(in srgb, ${accent} 65%, #000);`,
    `  --sl-color-text-invert: #fff;`,
    `  --stepladder-accent-text: ${accent};`,
    `}`,
    '',
  ].join('\n');
}
