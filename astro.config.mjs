// The published site: Starlight around pages generated from protocols/ (see docs/site.md).
// Branding lives in site/site.config.ts; folders can be moved with STEPLADDER_PROTOCOLS,
// STEPLADDER_BUILD and STEPLADDER_SITE_OUT (STEPLADDER_SITE_CACHE keeps parallel test builds apart).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import branding from './site/site.config.ts';
import { siteAddress, stepladderSite } from './site/integration/index.ts';
import { contentSecurityPolicy } from './site/integration/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  srcDir: './site/src',
  publicDir: './site/public',
  outDir: process.env.STEPLADDER_SITE_OUT || './site/dist',
  ...(process.env.STEPLADDER_SITE_CACHE ? { cacheDir: process.env.STEPLADDER_SITE_CACHE } : {}),
  site: siteAddress(root, process.env, branding) ?? undefined,
  devToolbar: { enabled: false },
  // The Content-Security-Policy goes in last: it hashes the pages as finally written.
  integrations: [...stepladderSite({ root, env: process.env, branding }), contentSecurityPolicy()],
});
