// The protocols as the site's pages get them. `astro build` renders every page in one process, from
// inputs that do not change while it runs, and ten of its routes each asked for every protocol: each
// protocol was compiled and emitted ten times over, and ten copies of every PDF and PNG it offers for
// download were held at once (at 200 protocols, 2.8 GB of memory and an Astro build 2.2× as long as
// at 100: docs/benchmarks.md, 2026-12-02 15:13–16:30). In a production build they are now loaded once for
// each settings and configuration and shared by every page, frozen so that no page can change what
// another one shows. `astro dev` still loads them afresh for every request, so a saved protocol shows
// at once; so do tests and anything else outside a production build.
import type { PartnershipConfig } from '../../../compiler/config/types.ts';
import { loadProtocols, type SiteProtocol } from './load-protocols.ts';
import type { SiteSettings } from './site-settings.ts';

// Keyed by the objects themselves: every page imports the same settings and configuration modules.
const loaded = new WeakMap<SiteSettings, Map<PartnershipConfig, readonly SiteProtocol[]>>();

/** Freezes plain objects and arrays all the way down (typed arrays cannot be frozen, and are left as they are). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

/** Every protocol the site publishes (load-protocols.ts), loaded once per production build. */
export function publishedProtocols(settings: SiteSettings, config: PartnershipConfig, production: boolean = import.meta.env.PROD): readonly SiteProtocol[] {
  if (!production) return loadProtocols(settings, config);
  let byConfig = loaded.get(settings);
  if (!byConfig) loaded.set(settings, (byConfig = new Map()));
  let protocols = byConfig.get(config);
  if (!protocols) byConfig.set(config, (protocols = deepFreeze(loadProtocols(settings, config))));
  return protocols;
}
