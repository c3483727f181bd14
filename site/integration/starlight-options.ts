// Starlight's configuration for a Stepladder site: the partnership's branding, a sidebar listing the
// protocols, the protocol language registered with Expressive Code, and nothing that reaches out to
// another origin (Starlight's defaults use system fonts and a local Pagefind index).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { SiteBranding } from '../src/utils/branding.ts';
import type { PartnershipConfig } from '../../compiler/config/types.ts';
import type { SiteProtocol } from '../src/utils/load-protocols.ts';
import { byArea, isCurrent, protocolName } from '../src/utils/protocol-name.ts';
import { routes } from '../src/utils/href.ts';
import { THEME_MODULE } from './virtual-modules.ts';

export function protocolLanguage(root: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, 'site/src/grammar/stepladder.tmLanguage.json'), 'utf8'));
}

export function sidebar(protocols: SiteProtocol[], config: PartnershipConfig): NonNullable<StarlightUserConfig['sidebar']> {
  const item = (p: SiteProtocol) => ({ label: p.machine ? protocolName(p.machine, config) : `${p.id} (has errors)`, link: routes.protocol(p.id) });
  const sorted = byArea(protocols, config);
  const old = sorted.filter((p) => p.machine && !isCurrent(p.machine, config));
  return [
    { label: 'Find your area', link: routes.home() },
    { label: 'Protocols', items: sorted.filter((p) => !old.includes(p)).map(item) },
    ...(old.length > 0 ? [{ label: 'No longer in force', collapsed: true, items: old.map(item) }] : []),
    { label: 'Help', items: [{ label: 'Using this site', link: '/using-this-site/' }] },
    // For the people who write and publish protocols; kept apart so practitioners are not sent there.
    { label: 'For policy teams', collapsed: true, items: [{ label: 'Write and preview', link: routes.write() }, { label: 'Diagnostics reference', link: routes.diagnostics() }, { label: 'Protocols side by side', link: '/compare/' }] },
  ];
}

export function starlightOptions(root: string, branding: SiteBranding, protocols: SiteProtocol[], config: PartnershipConfig): StarlightUserConfig {
  return {
    title: branding.title,
    description: branding.description,
    ...(branding.logo ? { logo: { src: branding.logo.src, alt: branding.logo.alt, replacesTitle: branding.logo.replacesTitle } } : {}),
    favicon: '/favicon.svg',
    defaultLocale: 'root',
    locales: { root: { label: 'English', lang: branding.lang } },
    customCss: [THEME_MODULE, './site/src/styles/site.css', './site/src/styles/first-screen.css', './site/src/styles/print.css'],
    sidebar: sidebar(protocols, config),
    lastUpdated: false,
    pagefind: true,
    components: { Footer: './site/src/components/overrides/Footer.astro' },
    expressiveCode: { shiki: { langs: [protocolLanguage(root) as never] } },
  };
}
