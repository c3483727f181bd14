// Starlight's configuration for a Stepladder site: the partnership's branding, a sidebar listing the
// protocols, the protocol language registered with Expressive Code, and nothing that reaches out to
// another origin (Starlight's defaults use system fonts and a local Pagefind index).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { SiteBranding } from '../src/utils/branding.ts';
import type { SiteProtocol } from '../src/utils/load-protocols.ts';
import { routes } from '../src/utils/href.ts';
import { THEME_MODULE } from './virtual-modules.ts';

export function protocolLanguage(root: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, 'site/src/grammar/stepladder.tmLanguage.json'), 'utf8'));
}

export function sidebar(protocols: SiteProtocol[]): NonNullable<StarlightUserConfig['sidebar']> {
  return [
    { label: 'All protocols', link: routes.home() },
    {
      label: 'Protocols',
      items: protocols.map((p) => ({
        label: p.machine ? p.machine.meta.title : `${p.id} (has errors)`,
        link: routes.protocol(p.id),
      })),
    },
    {
      label: 'Help',
      items: [
        { label: 'Using this site', link: '/using-this-site/' },
        { label: 'Diagnostics reference', link: routes.diagnostics() },
      ],
    },
  ];
}

export function starlightOptions(root: string, branding: SiteBranding, protocols: SiteProtocol[]): StarlightUserConfig {
  return {
    title: branding.title,
    description: branding.description,
    ...(branding.logo ? { logo: { src: branding.logo.src, alt: branding.logo.alt, replacesTitle: branding.logo.replacesTitle } } : {}),
    favicon: '/favicon.svg',
    defaultLocale: 'root',
    locales: { root: { label: 'English', lang: branding.lang } },
    customCss: [THEME_MODULE, './site/src/styles/site.css', './site/src/styles/print.css'],
    sidebar: sidebar(protocols),
    lastUpdated: false,
    pagefind: true,
    components: { Footer: './site/src/components/overrides/Footer.astro' },
    expressiveCode: { shiki: { langs: [protocolLanguage(root) as never] } },
  };
}
