// Builds a throwaway site for the tests: chosen protocols copied into a temporary folder, rendered by
// `stepladder build` and turned into a static site by `astro build`, each as its own process (exactly
// what a partnership runs), with every folder in the temporary directory.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'protocols');
export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');
export const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
export const STEPLADDER_BIN = join(ROOT, 'bin', 'stepladder.js');

export interface RunResult {
  code: number | null;
  output: string;
}

// Vitest mirrors import.meta.env into process.env (DEV=1, MODE=test, BASE_URL=/ …); a child Astro
// would read them as its own and build a dev-mode site, so they are removed.
const VITEST_VARIABLES = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']);

/** The environment of a child process: ours without vitest's variables. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || VITEST_VARIABLES.has(key)) delete env[key];
  return env;
}

/** Runs a Node script to completion with the current Node (24), capturing stdout and stderr together. */
export function runNode(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * `astro build` for a fixture whose output folder is outside the repository. Astro then writes its
 * prerender chunks to `<cwd>/.astro/.prerender` (they must sit under the repository to find its
 * packages), so two builds started from the repository root at once overwrite each other's chunks.
 * Each build runs from its own folder under the repository's `.astro/` instead, with `--root` at the
 * repository, and that folder is removed afterwards.
 */
export async function astroBuild(env: Record<string, string>): Promise<RunResult> {
  const parent = join(ROOT, '.astro', 'parallel-builds');
  mkdirSync(parent, { recursive: true });
  const cwd = mkdtempSync(join(parent, 'build-'));
  try {
    return await runNode([ASTRO_BIN, 'build', '--root', ROOT], env, cwd);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.protocol'))
    .sort()
    .map((f) => join(SEEDS_DIR, f));
}

export interface FixtureSite {
  dir: string;
  protocolsDir: string;
  buildDir: string;
  outDir: string;
  /** Environment that points the site at this fixture. */
  env: Record<string, string>;
}

/**
 * `config`: a stepladder.yaml copied beside the fixture's protocols (by default there is none);
 * `parent`: the folder to make the fixture in (the system's temporary folder by default).
 */
export function fixtureFolders(protocolFiles: string[], prefix = 'stepladder-site-', config?: string, parent = tmpdir()): FixtureSite {
  const dir = mkdtempSync(join(parent, prefix));
  const site: FixtureSite = {
    dir,
    protocolsDir: join(dir, 'protocols'),
    buildDir: join(dir, 'build'),
    outDir: join(dir, 'dist'),
    env: {},
  };
  mkdirSync(site.protocolsDir);
  for (const file of protocolFiles) {
    copyFileSync(file, join(site.protocolsDir, basename(file)));
    // The published text a protocol names (`source { text "sefton.source.txt" }`) lives beside it.
    const stem = basename(file).replace(/\.protocol$/, '');
    for (const sibling of readdirSync(dirname(file)).filter((f) => f.startsWith(`${stem}.source.`))) {
      copyFileSync(join(dirname(file), sibling), join(site.protocolsDir, sibling));
    }
  }
  if (config) copyFileSync(config, join(dir, 'stepladder.yaml'));
  site.env = {
    STEPLADDER_PROTOCOLS: site.protocolsDir,
    STEPLADDER_BUILD: site.buildDir,
    STEPLADDER_SITE_OUT: site.outDir,
    STEPLADDER_SITE_CACHE: join(dir, 'astro-cache'),
  };
  return site;
}

/** `stepladder build` (with rendering unless told otherwise) then `astro build`; throws with the log on failure. */
export interface FixtureSiteOptions {
  render?: boolean;
  config?: string;
  env?: Record<string, string>;
  /** The folder to build in (the system's temporary folder by default). */
  parent?: string;
}

export async function buildFixtureSite(protocolFiles: string[], options: FixtureSiteOptions = {}): Promise<FixtureSite> {
  const site = fixtureFolders(protocolFiles, undefined, options.config, options.parent);
  Object.assign(site.env, options.env ?? {});
  // Run in the fixture's folder, so the CLI reads the fixture's stepladder.yaml (or none) as the site does.
  const cli = await runNode([STEPLADDER_BIN, 'build', site.protocolsDir, '--out', site.buildDir, ...(options.render === false ? ['--no-render'] : [])], {}, site.dir);
  if (cli.code !== 0) throw new Error(`stepladder build failed:\n${cli.output}`);
  const astro = await astroBuild(site.env);
  if (astro.code !== 0) throw new Error(`astro build failed:\n${astro.output}`);
  return site;
}
