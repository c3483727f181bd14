// The one file a partnership edits to brand its published site: its name, logo and colours.
// Read by astro.config.mjs (Starlight's title, logo and theme) and checked when the site builds,
// so a colour too pale to read on a phone in daylight fails the build instead of going live.
import type { SiteBranding } from './src/utils/branding.ts';

const branding: SiteBranding = {
  /** Shown in the header of every page and in the browser tab. */
  title: 'Safeguarding escalation protocols',
  /** One sentence for search engines and link previews. */
  description: 'Escalation protocols for practitioners: who to talk to, by when, and what to record.',
  /** An SVG or PNG under site/ (path from the repository root), or null for the title alone. */
  logo: { src: './site/src/assets/logo.svg', alt: '', replacesTitle: false },
  colours: {
    /** Links and highlights on the light theme: must read at 4.5:1 on white. */
    accent: '#0f5c8c',
    /** Links and highlights on the dark theme: must read at 4.5:1 on the dark background. */
    accentOnDark: '#8fc9ef',
  },
  /** Language of the pages (BCP 47). */
  lang: 'en-GB',
  /** The public address of the site (e.g. 'https://procedures.example.org'), for canonical links; null when unknown. */
  url: null,
  /** Shown at the foot of every page; null for none. */
  footer: 'Always follow your own agency’s safeguarding procedures.',
};

export default branding;
