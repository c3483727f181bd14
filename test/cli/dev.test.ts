// `stepladder dev`: builds, serves the site, and on each save checks and rebuilds the protocol,
// printing its diagnostics; a protocol with errors is shown as its errors, and fixed, as its page.
// The command runs as its own process group, started and stopped (SIGTERM) by this test.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, fixtureFolders, SEEDS_DIR, STEPLADDER_BIN } from '../site/fixture-site.ts';

// The protocol and, when there is one, the published text beside it.
const site = fixtureFolders(['sefton.protocol', 'sefton.source.txt'].map((f) => join(SEEDS_DIR, f)).filter((f) => existsSync(f)), 'stepladder-dev-');
const protocol = join(site.protocolsDir, 'sefton.protocol');
const original = readFileSync(protocol, 'utf8');
let dev: ChildProcess;
let log = '';
let origin = '';

/** Resolves when the command's output (from `from` on) matches. */
function printed(pattern: RegExp, from = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = pattern.exec(log.slice(from));
      if (found) {
        clearInterval(poll);
        resolve(found[0]);
      } else if (Date.now() - started > 150_000 || dev.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(`'${pattern}' was not printed:\n${log}`));
      }
    }, 100);
  });
}

async function page(path: string): Promise<string> {
  return (await fetch(`${origin}${path}`)).text();
}

beforeAll(async () => {
  dev = spawn(process.execPath, [STEPLADDER_BIN, 'dev', site.protocolsDir, '--out', site.buildDir, '--port', '0', '--no-render'], {
    cwd: site.dir,
    env: childEnv(site.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  dev.stdout!.on('data', (chunk) => (log += chunk));
  dev.stderr!.on('data', (chunk) => (log += chunk));
  origin = (await printed(/http:\/\/127\.0\.0\.1:\d+/)).replace(/\/$/, '');
  await printed(/Watching/);
});

afterAll(async () => {
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    process.kill(-dev.pid, 'SIGTERM');
    await exited;
  }
  rmSync(site.dir, { recursive: true, force: true });
});

describe('stepladder dev', () => {
  it('builds the protocols and serves their pages', async () => {
    expect(log).toMatch(/Wrote 1 of 1 protocols/);
    expect(await page('/protocols/sefton/')).toContain('Step 1 – Direct Professional to Professional Discussion');
  });

  it('on a save with an error, prints it and shows it instead of the page; fixed, shows the page again', async () => {
    const mark = log.length;
    writeFileSync(protocol, original.replace('on unresolved -> step3', 'on unresolved -> stepp3'));
    await printed(/error\[E0101\]: There is no stage, level, outcome or exit called 'stepp3'/, mark);
    expect(log.slice(mark)).toContain('Changed: sefton.protocol');
    await expect.poll(() => page('/protocols/sefton/'), { timeout: 120_000, interval: 1000 }).toContain('E0101');

    const fixed = log.length;
    writeFileSync(protocol, original.replace('Step 2 – Direct Manager to Manager Discussion', 'Step 2 – Managers talk it through'));
    await printed(/Wrote 1 of 1 protocols/, fixed);
    await expect.poll(() => page('/protocols/sefton/'), { timeout: 120_000, interval: 1000 }).toContain('Managers talk it through');
    expect(await page('/protocols/sefton/')).not.toContain('E0101');
  }, 300_000); // two rebuilds and two restarts of the dev server, on a machine that may be busy
});
