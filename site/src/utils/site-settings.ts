// Where the site reads its inputs from. Folders can be moved with environment variables so tests and
// benchmarks can build a fixture site into a temporary folder without touching the real protocols.
import { isAbsolute, resolve } from 'node:path';

export const ENV = {
  protocols: 'STEPLADDER_PROTOCOLS',
  build: 'STEPLADDER_BUILD',
  docsUrl: 'STEPLADDER_DOCS_URL',
} as const;

export interface SiteSettings {
  /** The repository root (where astro.config.mjs is); relative paths below are resolved from it. */
  root: string;
  /** The `.protocol` files the site publishes (compiled at build time). */
  protocolsDir: string;
  /** The output of `stepladder build`: rendered flowcharts and PDFs are taken from here. */
  buildDir: string;
  /** Diagnostic samples shown as examples on the reference pages. */
  samplesDir: string;
  /** Base of the documentation links printed in diagnostics, as the CLI prints them. */
  docsBaseUrl: string | undefined;
}

export function resolveSettings(root: string, env: Record<string, string | undefined>): SiteSettings {
  const from = (value: string | undefined, fallback: string) => {
    const chosen = value && value.trim() !== '' ? value : fallback;
    return isAbsolute(chosen) ? chosen : resolve(root, chosen);
  };
  return {
    root,
    protocolsDir: from(env[ENV.protocols], 'protocols'),
    buildDir: from(env[ENV.build], 'build'),
    samplesDir: resolve(root, 'test/diagnostics/samples'),
    docsBaseUrl: env[ENV.docsUrl] || undefined,
  };
}
