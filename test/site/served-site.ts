// One built-and-served fixture site per browser test file: builds the protocols into a temporary
// folder, serves it on localhost, opens the one Chromium, and tidies everything up afterwards.
import { mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type BrowserSession } from '../../render/browser.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ServedSite {
  readonly site: FixtureSite;
  readonly session: BrowserSession;
  readonly origin: string;
  url(path: string): string;
}

/** `config`: a stepladder.yaml for the fixture; `env`: more settings for `astro build` (e.g. STEPLADDER_TODAY). */
export function useServedSite(protocolFiles: string[], options: { render?: boolean; screenshots: string; config?: string; env?: Record<string, string> }): ServedSite {
  let site: FixtureSite | undefined;
  let server: StaticServer | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    site = await buildFixtureSite(protocolFiles, { render: options.render, config: options.config, env: options.env });
    server = await serveStatic(site.outDir);
    session = await openBrowser();
    mkdirSync(options.screenshots, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (site) rmSync(site.dir, { recursive: true, force: true });
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
