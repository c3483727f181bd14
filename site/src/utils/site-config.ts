// The partnership configuration (stepladder.yaml) as the site uses it: read once when Astro starts,
// checked against the protocols being published, merged over the branding defaults of
// site/site.config.ts. Errors stop the build before any page is written, with the CLI's report.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { emptyConfig, parseConfig, type PartnershipConfig } from '../../../compiler/config/index.ts';
import { renderDiagnostic } from '../../../compiler/diagnostics/render.ts';
import type { SiteBranding } from './branding.ts';

export const CONFIG_ENV = 'STEPLADDER_CONFIG';

export class ConfigErrorsError extends Error {
  constructor(report: string) {
    super(`The partnership configuration has errors; nothing was built.\n${report}`);
    this.name = 'ConfigErrorsError';
  }
}

export interface LoadedSiteConfig {
  config: PartnershipConfig;
  /** Said once in the build log when there is no configuration file. */
  notice: string | null;
}

/**
 * Reads STEPLADDER_CONFIG, else the stepladder.yaml beside the protocols folder (the repository root
 * for `protocols/`, so a fixture site in a temporary folder has its own or none); throws
 * ConfigErrorsError when it has errors (protocol names are checked when ids are given).
 */
export function loadSiteConfig(root: string, env: Record<string, string | undefined>, protocolIds: string[] | undefined, docsBaseUrl?: string): LoadedSiteConfig {
  const given = env[CONFIG_ENV];
  const protocolsDir = resolve(root, env.STEPLADDER_PROTOCOLS || 'protocols');
  const path = given ? (isAbsolute(given) ? given : resolve(root, given)) : resolve(protocolsDir, '..', 'stepladder.yaml');
  if (!existsSync(path) || !statSync(path).isFile()) {
    if (given) throw new ConfigErrorsError(`  ${CONFIG_ENV} names '${given}', which is not a file.`);
    return { config: emptyConfig(), notice: 'No stepladder.yaml: the site is built with neutral defaults (no contacts, areas or review dates). Run `stepladder init` to start one.' };
  }
  const shown = relative(root, path).startsWith('..') ? path : relative(root, path);
  const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const { config, diagnostics } = parseConfig(source, shown, protocolIds ? { protocolIds } : {});
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!config || errors.length > 0) {
    throw new ConfigErrorsError(errors.map((d) => renderDiagnostic(d, source, { color: false, ...(docsBaseUrl ? { docsBaseUrl } : {}) })).join('\n'));
  }
  return { config, notice: null };
}

/** The branding defaults with whatever the configuration sets. */
export function brandingWithConfig(branding: SiteBranding, config: PartnershipConfig): SiteBranding {
  const site = config.site;
  return {
    ...branding,
    title: site.name ?? branding.title,
    description: site.description ?? branding.description,
    logo: site.logo ? { src: site.logo.src.startsWith('./') ? site.logo.src : `./${site.logo.src}`, alt: site.logo.alt, replacesTitle: false } : branding.logo,
    colours: { accent: site.colours.accent ?? branding.colours.accent, accentOnDark: site.colours.accentOnDark ?? branding.colours.accentOnDark },
    url: site.url ?? branding.url,
    footer: site.footer ?? branding.footer,
  };
}
