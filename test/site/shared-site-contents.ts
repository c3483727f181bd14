// The one site the read-only browser files share (shared-site.ts), built once per test run: the
// seeds, the hand-written hostile protocol, the generated hostile corpus (fixtures/hostile) and a
// protocol in two versions side by side (made-up versions of Sefton's leaflet, under their own id), with
// the fixture partnership's stepladder.yaml (fictional contacts, areas and review dates) and the
// build date fixed, so review flags do not change with the day the tests run. Every sharing file
// asks through useSharedSite, so all of them ask for the same build.
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type ServedSite, useServedSite } from './served-site.ts';
import { hostileProtocol } from './fixtures/hostile/hostile-protocol.ts';
import { FIXTURES_DIR, ROOT, seedFiles } from './fixture-site.ts';

/** The generated corpus's protocol id (and the stem of its file). */
export const HOSTILE_CORPUS_ID = 'hostile-corpus';

/** Writes `text` once per run at `name` in the run's folder (or a folder of its own), by a temporary name and a rename. */
function runFile(name: string, text: () => string): string {
  const dir = inject('sharedRunDir') ?? mkdtempSync(join(tmpdir(), 'stepladder-shared-'));
  const file = join(dir, name);
  if (!existsSync(file)) {
    const writing = `${file}.${process.pid}.writing`;
    writeFileSync(writing, text());
    renameSync(writing, file);
  }
  return file;
}

/** The generated hostile corpus, written once per run at a path every file agrees on (the shared site's key is made from the files' paths). */
const hostileCorpusFile = () => runFile(`${HOSTILE_CORPUS_ID}.protocol`, hostileProtocol);

/** The id of the protocol kept in two versions side by side. */
export const VERSIONED_ID = 'versioned';
const VERSIONS_FIXTURE = join(ROOT, 'test', 'diff', 'samples', 'sefton-earlier-version');

/**
 * The diff fixture's made-up versions 1 and 2 of Sefton's leaflet, under an id and a title of their
 * own so that no page presents them as Sefton's. Their step 2 is named differently ("Line Manager
 * Discussion" in 1, "Direct Manager to Manager Discussion" in 2), so a picture shows which version it was drawn from.
 */
function versionedFiles(): string[] {
  const retitled = (name: string) => () => {
    const text = readFileSync(join(VERSIONS_FIXTURE, name), 'utf8');
    const out = text.replace(/^protocol sefton \{$/m, `protocol ${VERSIONED_ID} {`).replace(/^  title "[^"]*"$/m, '  title "Versions test fixture (made-up versions of a leaflet)"');
    if (out === text || !out.includes(`protocol ${VERSIONED_ID} {`) || !out.includes('Versions test fixture')) throw new Error(`${name}: the fixture's id or title line has moved`);
    return out;
  };
  return [runFile(`${VERSIONED_ID}.protocol`, retitled('after.protocol')), runFile(`${VERSIONED_ID}-2019.protocol`, retitled('before.protocol'))];
}

/** The fixture partnership's configuration: areas for sefton and lincolnshire, contacts, review dates. */
export const PARTNERSHIP_CONFIG = join(ROOT, 'test', 'config', 'fixtures', 'partnership.yaml');
/** The day the shared site is built on (review flags are worked out against it). */
export const SHARED_SITE_TODAY = '2026-12-01';

export function sharedSiteProtocols(): string[] {
  return [...seedFiles(), join(FIXTURES_DIR, 'protocols', 'hostile.protocol'), hostileCorpusFile(), ...versionedFiles()];
}

/** The shared site, built (or waited for), served and opened in Chromium for this file's tests. */
export function useSharedSite(screenshots: string): ServedSite {
  return useServedSite(sharedSiteProtocols(), { screenshots, config: PARTNERSHIP_CONFIG, env: { STEPLADDER_TODAY: SHARED_SITE_TODAY }, shared: true });
}
