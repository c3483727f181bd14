// Vite plugin serving the site's generated modules: the resolved settings (folders, docs URL) and the
// partnership configuration for pages to import, and the partnership's theme as CSS for Starlight's `customCss`.
import type { Plugin } from 'vite';
import type { PartnershipConfig } from '../../compiler/config/types.ts';
import type { SiteSettings } from '../src/utils/site-settings.ts';

export const SETTINGS_MODULE = 'virtual:stepladder/settings';
export const THEME_MODULE = 'virtual:stepladder/theme.css';
/** The partnership configuration (stepladder.yaml), checked, with neutral defaults when there is none. */
export const CONFIG_MODULE = 'virtual:stepladder/config';

export function virtualModules(settings: SiteSettings, themeCss: string, config: PartnershipConfig, today: string): Plugin {
  const modules: Record<string, string> = {
    [CONFIG_MODULE]: `export default ${JSON.stringify(config)};\nexport const today = ${JSON.stringify(today)};`,
    [SETTINGS_MODULE]: `export default ${JSON.stringify(settings)};`,
    [THEME_MODULE]: themeCss,
  };
  return {
    name: 'stepladder-site-virtual-modules',
    resolveId(id) {
      return id in modules ? `\0${id}` : undefined;
    },
    load(id) {
      return id.startsWith('\0') && id.slice(1) in modules ? modules[id.slice(1)] : undefined;
    },
  };
}
