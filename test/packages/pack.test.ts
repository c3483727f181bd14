// The two published packages, tried as a new user would: `npm pack` both (their prepack builds
// JavaScript and declarations from the current sources), install the tarballs into a new project in
// a temporary folder, run a small program under plain `node` with type stripping turned off, and
// type-check a TypeScript program with `tsc --strict --module nodenext` (no skipLibCheck, so the
// packages' own declarations are checked). Installing the runtime alone stays under 10 MB.
//
// Node: the one the tests run on (Node 24, from the `node` devDependency). The packages declare
// `engines: node >= 22`; this machine's system Node 20 is below that floor, so it is not tried.
// Speed: npm installs with --prefer-offline from its cache; the packs and installs run side by side.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/protocols.ts';

const run = promisify(execFile);
const NODE = process.execPath;
const TEN_MB = 10 * 1024 * 1024;
const SLOW = 15 * 60_000;

/** npm's own script, run on this Node (npm's launcher would pick the system Node 20). */
function npmCli(): string {
  const candidates = [process.env.npm_execpath, '/usr/lib/node_modules/npm/bin/npm-cli.js', '/usr/local/lib/node_modules/npm/bin/npm-cli.js'];
  const found = candidates.find((p) => p && /npm-cli\.js$/.test(p) && statSync(p, { throwIfNoEntry: false })?.isFile());
  if (!found) throw new Error('npm-cli.js not found: set npm_execpath');
  return realpathSync(found);
}

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run(NODE, [npmCli(), ...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  return stdout;
}

function project(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `stepladder-${name}-`));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  return dir;
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const path = join(dir, e.name);
    return sum + (e.isDirectory() ? sizeOf(path) : e.isFile() ? statSync(path).size : 0);
  }, 0);
}

const PROGRAM = `
import { readFileSync } from 'node:fs';
import { createActor, SimulatedClock } from 'xstate';
import { InvalidMachineError, createProtocolMachine, loadMachine, restoreProtocolActor, simulate } from '@stepladder/runtime';
import { compileSource } from 'stepladder';

const { machine } = compileSource(readFileSync(process.argv[2], 'utf8'), 'sefton.protocol');
const loaded = loadMachine(JSON.stringify(machine));
const timeline = simulate(loaded, { start: new Date('2026-12-18T16:30:00Z') });
let refused = null;
try { loadMachine({ ...machine, initial: 'stepp1' }); } catch (error) { refused = error instanceof InvalidMachineError ? error.problems[0] : String(error); }
// Saved on a Friday, restored three weeks later: the deadline missed meanwhile is recorded at once.
const friday = Date.parse('2026-12-18T16:30:00Z');
const clock = new SimulatedClock();
const actor = createActor(createProtocolMachine(loaded, { now: () => new Date(friday + clock.now()) }), { clock });
actor.start();
const saved = JSON.stringify(actor.getPersistedSnapshot());
actor.stop();
const monday = Date.parse('2027-01-11T09:00:00Z');
const later = new SimulatedClock();
const restored = restoreProtocolActor(createProtocolMachine(loaded, { now: () => new Date(monday + later.now()) }), JSON.parse(saved), { clock: later });
const { missed, dueAt } = restored.getSnapshot().context;
console.log(JSON.stringify({ stages: timeline.steps.map((s) => s.state.id), refused, missed, due: new Date(dueAt.step1).toISOString() }));
`;

const CONSUMER_TS = `
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { createProtocolMachine, loadMachine, restoreProtocolActor, simulate, type Simulation } from '@stepladder/runtime';
import type { Machine } from '@stepladder/runtime/machine';
import { compileSource } from 'stepladder';
import type { Machine as CompiledMachine } from 'stepladder/machine';

const compiled: CompiledMachine | null = compileSource(readFileSync('x.protocol', 'utf8'), 'x.protocol').machine;
const machine: Machine = loadMachine(readFileSync('machine.json', 'utf8'));
const same: Machine | null = compiled;
const timeline: Simulation = simulate(machine, { start: new Date() });
const actor = createActor(createProtocolMachine(machine, { conditions: { child_protection: true } }));
actor.start();
actor.send({ type: 'unresolved' });
const dueAt: Record<string, number> = actor.getSnapshot().context.dueAt;
const restored = restoreProtocolActor(createProtocolMachine(machine), actor.getPersistedSnapshot());
console.log(timeline.steps.length, dueAt, restored.getSnapshot().context.missed.length, same);
`;

describe('the published packages', { timeout: SLOW }, () => {
  let runtimeTarball = '';
  let stepladderTarball = '';
  let full = '';
  let runtimeOnly = '';

  beforeAll(async () => {
    const packs = mkdtempSync(join(tmpdir(), 'stepladder-packs-'));
    // --json: the tarball's name, whatever notices prepack prints.
    const [runtimePack, stepladderPack] = await Promise.all([
      npm(['pack', '--json', '-w', '@stepladder/runtime', '--pack-destination', packs], ROOT),
      npm(['pack', '--json', '--pack-destination', packs], ROOT),
    ]);
    const filename = (json: string) => join(packs, (JSON.parse(json.slice(json.indexOf('['))) as { filename: string }[])[0]!.filename);
    runtimeTarball = filename(runtimePack);
    stepladderTarball = filename(stepladderPack);
    full = project('consumer');
    runtimeOnly = project('runtime-only');
    await Promise.all([
      npm(['install', runtimeTarball, stepladderTarball, 'xstate@^5.33.3', 'typescript@~6.0.3', '@types/node@^24'], full),
      npm(['install', runtimeTarball, 'xstate@^5.33.3'], runtimeOnly),
    ]);
  }, SLOW);

  it('ship compiled JavaScript, declarations, a README, a licence, and no TypeScript sources', async () => {
    for (const [tarball, name] of [[runtimeTarball, '@stepladder/runtime'], [stepladderTarball, 'stepladder']] as const) {
      const { stdout } = await run('tar', ['tzf', tarball]);
      const files = stdout.trim().split('\n');
      expect(files, name).toContain('package/README.md');
      expect(files, name).toContain('package/LICENSE');
      expect(files.some((f) => f.endsWith('.d.ts')), name).toBe(true);
      expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), name).toEqual([]);
      const pkg = JSON.parse((await run('tar', ['xzOf', tarball, 'package/package.json'])).stdout);
      expect(pkg.name).toBe(name);
      expect(pkg.private).toBeUndefined();
      expect(pkg.engines.node).toBe('>=22');
      expect(pkg.exports['.'].types).toMatch(/\.d\.ts$/);
    }
  });

  it('run a program under plain node, with no type stripping', async () => {
    const program = join(full, 'program.mjs');
    writeFileSync(program, PROGRAM);
    const { stdout } = await run(NODE, ['--no-experimental-strip-types', program, join(ROOT, 'protocols', 'sefton.protocol')], { cwd: full });
    expect(JSON.parse(stdout)).toEqual({
      stages: ['step1', 'step2', 'step3', 'step4'],
      refused: expect.stringContaining("/initial: there is no stage 'stepp1'"),
      missed: ['step1'],
      due: '2026-12-22T17:00:00.000Z',
    });
  });

  it('give a working stepladder command', async () => {
    const bin = join(full, 'node_modules', 'stepladder', 'bin', 'stepladder.js');
    const version = await run(NODE, ['--no-experimental-strip-types', bin, '--version'], { cwd: full });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const check = await run(NODE, ['--no-experimental-strip-types', bin, 'check', join(ROOT, 'protocols', 'sefton.protocol')], { cwd: full });
    expect(check.stderr).toContain('Checked 1 protocol: 0 errors, 0 warnings.');
  });

  it('type-check under tsc --strict --module nodenext', async () => {
    writeFileSync(join(full, 'consumer.ts'), CONSUMER_TS);
    const tsc = join(full, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(NODE, [tsc, '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2023', '--types', 'node', '--noEmit', 'consumer.ts'], { cwd: full }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    expect(result.stdout).toBe('');
  });

  it('install the runtime alone in under 10 MB, with xstate as a peer and nothing heavy', () => {
    const modules = join(runtimeOnly, 'node_modules');
    expect(readdirSync(modules).filter((n) => !n.startsWith('.')).sort()).toEqual(['@sinclair', '@stepladder', 'xstate']);
    expect(sizeOf(modules)).toBeLessThan(TEN_MB);
  });
});
