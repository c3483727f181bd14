// The one site the read-only browser files share (shared-site.ts), built once per test run: the
// seeds, the hand-written hostile protocol and the generated hostile corpus (fixtures/hostile), with
// the fixture partnership's stepladder.yaml (fictional contacts, areas and review dates) and the
// build date fixed, so review flags do not change with the day the tests run. Every sharing file
// asks through useSharedSite, so all of them ask for the same build.
import { existsSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type ServedSite, useServedSite } from './served-site.ts';
import { hostileProtocol } from './fixtures/hostile/hostile-protocol.ts';
import { FIXTURES_DIR, ROOT, seedFiles } from './fixture-site.ts';

/** The generated corpus's protocol id (and the stem of its file). */
export const HOSTILE_CORPUS_ID = 'hostile-corpus';

/**
 * The corpus written once per run into the run's folder, at a path every file agrees on (the shared
 * site's key is made from the files' paths). Written to a temporary name and renamed, so a file that
 * finds it never reads half of it. Without the run's folder it goes to a folder of its own.
 */
function hostileCorpusFile(): string {
  const dir = inject('sharedRunDir') ?? mkdtempSync(join(tmpdir(), 'stepladder-hostile-'));
  const file = join(dir, `${HOSTILE_CORPUS_ID}.protocol`);
  if (!existsSync(file)) {
    const writing = `${file}.${process.pid}.writing`;
    writeFileSync(writing, hostileProtocol());
    renameSync(writing, file);
  }
  return file;
}

/** The fixture partnership's configuration: areas for sefton and lincolnshire, contacts, review dates. */
export const PARTNERSHIP_CONFIG = join(ROOT, 'test', 'config', 'fixtures', 'partnership.yaml');
/** The day the shared site is built on (review flags are worked out against it). */
export const SHARED_SITE_TODAY = '2026-12-01';

export function sharedSiteProtocols(): string[] {
  return [...seedFiles(), join(FIXTURES_DIR, 'protocols', 'hostile.protocol'), hostileCorpusFile()];
}

/** The shared site, built (or waited for), served and opened in Chromium for this file's tests. */
export function useSharedSite(screenshots: string): ServedSite {
  return useServedSite(sharedSiteProtocols(), { screenshots, config: PARTNERSHIP_CONFIG, env: { STEPLADDER_TODAY: SHARED_SITE_TODAY }, shared: true });
}
