// In the dev server a protocol's warnings are shown on its page for the author (they never reach a
// built site; site.test.ts checks that). The server is started and stopped by this test, with
// --ignore-lock so an author's own dev server (Astro allows one per project) is left alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO_BIN, childEnv, FIXTURES_DIR, fixtureFolders, ROOT } from './fixture-site.ts';

const site = fixtureFolders([join(FIXTURES_DIR, 'protocols', 'hostile.protocol'), join(ROOT, 'protocols', 'sefton.protocol')], 'stepladder-site-dev-');
let server: ChildProcess;
let origin = '';
let log = '';

beforeAll(async () => {
  server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', '0', '--ignore-lock'], {
    cwd: ROOT,
    env: childEnv(site.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the dev server did not start:\n${log}`)), 120_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const found = /Local\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${found[1]}`);
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`the dev server exited (${code}):\n${log}`)));
  });
});

afterAll(async () => {
  // The server and its children form one process group, started by this test.
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  rmSync(site.dir, { recursive: true, force: true });
});

describe('dev server', () => {
  it('shows a protocol’s warnings on its page, with code frames and reference links', async () => {
    const response = await fetch(`${origin}/protocols/hostile/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-dev-diagnostics');
    expect(html).toContain('warning[W0407]');
    expect(html).toContain('href="/diagnostics/w0407/"');
    // The warnings were also logged for the author in the terminal.
    expect(log).toContain('W0407');
  });

  it('shows no panel for a protocol without warnings', async () => {
    const html = await (await fetch(`${origin}/protocols/sefton/`)).text();
    expect(html).toContain('Step 1 – Direct Professional to Professional Discussion');
    expect(html).not.toContain('data-dev-diagnostics');
  });
});
