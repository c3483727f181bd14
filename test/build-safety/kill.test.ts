// Issue 17: a build killed at any moment leaves every previous output valid, and the next build
// recovers (puts back a folder a kill between the two renames of a swap left retired, removes
// `.staging-*`/`.retired-*` leftovers). Real builds in child processes, killed with SIGKILL: once
// after each rename of the write sequence (so every gap between two steps is hit, including the one
// inside a folder swap), then at seeded random moments.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOLS_DIR, ROOT, runCli } from '../helpers/protocols.ts';
import { expectValidOutput, type FolderContents, leftovers, readTree } from './output-check.ts';

const KILLER = join(import.meta.dirname, 'fixtures', 'build-killed-at-rename.ts');
const PROTOCOLS = ['lincolnshire', 'sefton'];
const TITLE = 'Step 1 – Direct Professional to Professional Discussion';

/** mulberry32: the same seed gives the same kill moments on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Workspace {
  dir: string;
  /** Writes version 'a' (the seed) or 'b' (a changed title) of Sefton. */
  use(version: 'a' | 'b'): void;
}

function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'stepladder-kill-'));
  for (const name of readdirSync(PROTOCOLS_DIR).filter((n) => PROTOCOLS.some((id) => n.startsWith(`${id}.`)))) {
    copyFileSync(join(PROTOCOLS_DIR, name), join(dir, name));
  }
  const sefton = readFileSync(join(PROTOCOLS_DIR, 'sefton.protocol'), 'utf8');
  return {
    dir,
    use: (version) => writeFileSync(join(dir, 'sefton.protocol'), version === 'a' ? sefton : sefton.replace(TITLE, `${TITLE} (revised)`)),
  };
}

const buildArgs = (out: string) => ['build', ...PROTOCOLS.map((id) => `${id}.protocol`), '--out', out, '--no-render'];

/** Runs a build in a child process; kills it after `killAtRename` renames or after `killAfterMs`. */
function childBuild(cwd: string, out: string, kill: { killAtRename?: number; killAfterMs?: number }): Promise<{ signal: NodeJS.Signals | null; code: number | null; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [KILLER, ...buildArgs(out)], {
    cwd,
    env: { ...process.env, KILL_AT_RENAME: String(kill.killAtRename ?? 0) },
    stdio: 'ignore',
  });
  const timer = kill.killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), kill.killAfterMs);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, ms: Date.now() - started });
    });
  });
}

describe('a killed build', () => {
  const versions: Record<string, FolderContents[]> = {};
  let referenceIndex: Record<'a' | 'b', string>;

  beforeAll(async () => {
    const ws = workspace();
    const index = { a: '', b: '' };
    for (const version of ['a', 'b'] as const) {
      ws.use(version);
      const out = join(ws.dir, `reference-${version}`);
      expect((await runCli(buildArgs(out), ws.dir)).code).toBe(0);
      for (const id of PROTOCOLS) (versions[id] ??= []).push(readTree(join(out, id)));
      index[version] = readFileSync(join(out, 'index.json'), 'utf8');
    }
    referenceIndex = index;
  }, 120_000);

  async function expectRecovery(ws: Workspace, out: string, version: 'a' | 'b'): Promise<void> {
    ws.use(version);
    expect((await runCli(buildArgs(out), ws.dir)).code).toBe(0);
    expect(leftovers(out)).toEqual([]);
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe(referenceIndex[version]);
    expectValidOutput(out, versions);
  }

  it('after each rename of the write sequence leaves valid outputs, and the next build recovers', async () => {
    const ws = workspace();
    const out = join(ws.dir, 'out');
    ws.use('a');
    expect((await runCli(buildArgs(out), ws.dir)).code).toBe(0);
    // index.json without the replaced folders, two renames per swapped folder, schema.json, index.json.
    const renames = 1 + 2 * PROTOCOLS.length + 2;
    let killed = 0;
    for (let at = 1; at <= renames; at += 1) {
      ws.use(at % 2 === 0 ? 'a' : 'b');
      const result = await childBuild(ws.dir, out, { killAtRename: at });
      expect(result.signal, `rename ${at}`).toBe('SIGKILL');
      killed += 1;
      expectValidOutput(out, versions);
    }
    expect(killed).toBe(renames);
    // One of those kills fell between the two renames of a swap: a folder sits retired until now.
    await expectRecovery(ws, out, 'b');
  }, 300_000);

  it('at seeded random moments leaves valid outputs, and the next build recovers', async () => {
    const ws = workspace();
    const out = join(ws.dir, 'out');
    ws.use('a');
    const full = await childBuild(ws.dir, out, {});
    expect(full.code).toBe(0);
    const random = seeded(17);
    const kills = 6;
    let killed = 0;
    for (let i = 0; i < kills; i += 1) {
      ws.use(i % 2 === 0 ? 'b' : 'a');
      // Most moments late in the run, where the writing happens; some anywhere.
      const fraction = i % 3 === 0 ? random() : 0.6 + 0.5 * random();
      const result = await childBuild(ws.dir, out, { killAfterMs: Math.round(fraction * full.ms) });
      if (result.signal === 'SIGKILL') killed += 1;
      expectValidOutput(out, versions);
    }
    expect(killed).toBeGreaterThan(0);
    await expectRecovery(ws, out, 'a');
  }, 300_000);
});
