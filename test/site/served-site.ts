// One built-and-served fixture site per browser test file (or one per run for the files that share
// it): builds the protocols into a temporary folder, serves it on localhost, opens the one Chromium,
// and tidies everything up afterwards.
import { mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { openBrowser, type BrowserSession } from '../../render/browser.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';
import { sharedFixtureSite } from './shared-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ServedSite {
  readonly site: FixtureSite;
  readonly session: BrowserSession;
  readonly origin: string;
  url(path: string): string;
}

/** Building a rendered site takes one to three minutes on a busy two-core machine; a file waiting for another's build waits as long. */
const BUILD_TIMEOUT_MS = 360_000;

/**
 * `config`: a stepladder.yaml for the fixture; `env`: more settings for `astro build` (e.g.
 * STEPLADDER_TODAY); `shared`: build this site once per test run for every file that asks for the
 * same one (shared-site.ts), for files that only read the site.
 */
export function useServedSite(protocolFiles: string[], options: { render?: boolean; screenshots: string; config?: string; env?: Record<string, string>; shared?: boolean }): ServedSite {
  let site: FixtureSite | undefined;
  let server: StaticServer | undefined;
  let session: BrowserSession | undefined;
  const build = { render: options.render, config: options.config, env: options.env };
  // Without the run's folder (a config without test/helpers/global-setup.ts) the file builds its own.
  const runDir = options.shared ? inject('sharedRunDir') : undefined;
  beforeAll(async () => {
    site = runDir ? await sharedFixtureSite(runDir, protocolFiles, build, BUILD_TIMEOUT_MS - 30_000) : await buildFixtureSite(protocolFiles, build);
    server = await serveStatic(site.outDir);
    session = await openBrowser();
    mkdirSync(options.screenshots, { recursive: true });
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    // A shared site is removed with the run's folder, when every file is done with it.
    if (site && !runDir) rmSync(site.dir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the served site's ${what} is not ready (used outside a test?)`);
    return value;
  };
  return {
    get site() {
      return ready(site, 'build');
    },
    get session() {
      return ready(session, 'browser');
    },
    get origin() {
      return ready(server, 'server').origin;
    },
    url: (path) => `${ready(server, 'server').origin}${path}`,
  };
}
