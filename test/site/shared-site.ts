// One fixture site per test run for every test file that asks for the same one (same protocols,
// same options): the first file to ask builds it, any other waits for that build and reuses it. The
// browser files only read a built site, and building it (a rendered `stepladder build` and an
// `astro build`) is most of their time, so five files building it five times cost CI minutes
// (what the site holds: shared-site-contents.ts). Files run in separate worker processes, so they meet through the run's shared folder
// (test/helpers/global-setup.ts): `mkdir` of a lock folder decides who builds, and the builder
// publishes the finished site by renaming its description into place (or writes why it failed).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildFixtureSite, type FixtureSite, type FixtureSiteOptions } from './fixture-site.ts';

const POLL_MS = 250;

/** The same protocols with the same options give the same key, whichever file asks. */
export function sharedSiteKey(protocolFiles: string[], options: FixtureSiteOptions): string {
  const what = { files: protocolFiles, render: options.render ?? true, config: options.config ?? null, env: options.env ?? {} };
  return createHash('sha256').update(JSON.stringify(what)).digest('hex').slice(0, 16);
}

/**
 * The run's one build of this site. The builder's folder lives in `runDir`, which the run's teardown
 * removes, so no file removes a site another may still be reading. Waiting gives up after `waitMs`.
 */
export async function sharedFixtureSite(
  runDir: string,
  protocolFiles: string[],
  options: FixtureSiteOptions,
  waitMs: number,
  build: typeof buildFixtureSite = buildFixtureSite,
): Promise<FixtureSite> {
  const base = join(runDir, sharedSiteKey(protocolFiles, options));
  try {
    mkdirSync(`${base}.lock`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return waitForBuild(base, waitMs);
  }
  try {
    const site = await build(protocolFiles, { ...options, parent: runDir });
    writeFileSync(`${base}.writing`, JSON.stringify(site));
    renameSync(`${base}.writing`, `${base}.json`);
    return site;
  } catch (error) {
    writeFileSync(`${base}.failed`, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

async function waitForBuild(base: string, waitMs: number): Promise<FixtureSite> {
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    if (existsSync(`${base}.json`)) return JSON.parse(readFileSync(`${base}.json`, 'utf8')) as FixtureSite;
    if (existsSync(`${base}.failed`)) throw new Error(`the shared fixture site failed to build in another test file:\n${readFileSync(`${base}.failed`, 'utf8')}`);
    await sleep(POLL_MS);
  }
  throw new Error(`the shared fixture site was not built within ${waitMs / 1000} s by the test file building it`);
}
