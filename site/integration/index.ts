// The Stepladder site integration. Compiles the protocols when Astro starts: errors stop a build with
// the same report as `stepladder check` before any page is written; in the dev server they are logged
// and shown on the page instead, so an author can fix them without restarting.
import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import { assertBranding, type SiteBranding } from '../src/utils/branding.ts';
import { diagnosticsText, errorsOf, ProtocolErrorsError } from '../src/utils/diagnostics-report.ts';
import { loadProtocols, type SiteProtocol } from '../src/utils/load-protocols.ts';
import { londonDate } from '../../compiler/config/review.ts';
import type { PartnershipConfig } from '../../compiler/config/types.ts';
import { brandingWithConfig, loadSiteConfig } from '../src/utils/site-config.ts';
import { resolveSettings, type SiteSettings } from '../src/utils/site-settings.ts';
import { themeCss } from '../src/utils/theme-css.ts';
import { starlightOptions } from './starlight-options.ts';
import { virtualModules } from './virtual-modules.ts';
import { join, resolve } from 'node:path';

export interface StepladderSiteOptions {
  /** The repository root (the folder of astro.config.mjs). */
  root: string;
  env: Record<string, string | undefined>;
  branding: SiteBranding;
}

function checkProtocols(protocols: SiteProtocol[], settings: SiteSettings, command: string, logger: { error(m: string): void; warn(m: string): void; info(m: string): void }): void {
  const withDiagnostics = protocols.filter((p) => p.diagnostics.length > 0);
  const failing = protocols.filter((p) => errorsOf(p.diagnostics).length > 0);
  if (withDiagnostics.length > 0) {
    const report = diagnosticsText(withDiagnostics, settings.docsBaseUrl);
    if (failing.length > 0 && command === 'build') throw new ProtocolErrorsError(report, failing.length);
    if (failing.length > 0) logger.error(`Protocols with errors are shown with their errors instead of their pages.\n${report}`);
    else logger.warn(`${report}Warnings do not stop the build; the dev server shows them on each protocol page.`);
  }
  // Earlier versions too: the build writes their renderings under <id>/versions/<slug>/.
  for (const p of protocols.flatMap((c) => [c, ...(c.earlier ?? [])])) {
    if (p.stale.length > 0) logger.warn(`${p.id}: ${p.stale.join(', ')} in ${settings.buildDir} ${p.stale.length === 1 ? 'is' : 'are'} older than ${p.file} and will not be published; run \`stepladder build\` first.`);
    else if (p.machine && p.missing.length > 0) logger.info(`${p.id}: no rendered ${p.missing.join(', ')} in ${settings.buildDir} for ${p.file}; its page uses printable HTML and the text flowchart instead. Run \`stepladder build\` (with a browser) first.`);
  }
}

function protocolsIntegration(settings: SiteSettings, branding: SiteBranding, protocols: SiteProtocol[], config: PartnershipConfig, notice: string | null, today: string): AstroIntegration {
  return {
    name: 'stepladder-site',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile, updateConfig, logger }) => {
        checkProtocols(protocols, settings, command, logger);
        if (notice) logger.info(notice);
        // Editing a protocol or rebuilding its renders restarts the dev server with fresh data.
        // resolve, not join: a protocols folder outside the site's root gives absolute file names.
        for (const p of protocols) addWatchFile(resolve(settings.root, p.file));
        addWatchFile(join(settings.buildDir, 'index.json'));
        updateConfig({ vite: { plugins: [virtualModules(settings, themeCss(branding.colours), config, today)] } });
      },
    },
  };
}

/** The site's public address: stepladder.yaml's `site.url` over site/site.config.ts (errors are reported by stepladderSite). */
export function siteAddress(root: string, env: Record<string, string | undefined>, branding: SiteBranding): string | null {
  try {
    return brandingWithConfig(branding, loadSiteConfig(root, env, undefined).config).url;
  } catch {
    return branding.url;
  }
}

export function stepladderSite(options: StepladderSiteOptions): AstroIntegration[] {
  const settings = resolveSettings(options.root, options.env);
  // stepladder.yaml is read first (the posters and briefings print from it), then checked against the
  // protocols being published; its errors stop the build here, before any page is written.
  const { config, notice } = loadSiteConfig(options.root, options.env, undefined, settings.docsBaseUrl);
  const protocols = loadProtocols(settings, config);
  loadSiteConfig(options.root, options.env, protocols.flatMap((p) => (p.machine ? [p.machine.id] : [])), settings.docsBaseUrl);
  const branding = brandingWithConfig(options.branding, config);
  assertBranding(branding, config.file ?? undefined);
  const today = /^\d{4}-\d{2}-\d{2}$/.test(options.env.STEPLADDER_TODAY ?? '') ? options.env.STEPLADDER_TODAY! : londonDate(new Date());
  return [protocolsIntegration(settings, branding, protocols, config, notice, today), starlight(starlightOptions(options.root, branding, protocols, config))];
}
