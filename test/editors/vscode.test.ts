// The VS Code extension: `npm run package:vscode` makes a .vsix holding the manifest, the language
// configuration, the site's own TextMate grammar and the bundled client; and the language server
// starts, answers and checks a protocol when launched exactly as the extension launches it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverLaunch } from '../../editors/vscode/src/server-options.mts';
import { ROOT, startClient, uriOf } from '../lsp/lsp-client.ts';

const EXTENSION = join(ROOT, 'editors', 'vscode');
const manifest = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8'));
const grammar = JSON.parse(readFileSync(join(ROOT, 'site', 'src', 'grammar', 'stepladder.tmLanguage.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'stepladder-vsix-'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The names in a zip's central directory (stored uncompressed): enough to list a .vsix. */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4)) {
    const length = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + length));
  }
  return names;
}

describe('editors/vscode', () => {
  it('declares the language with the site’s grammar and the language configuration', () => {
    expect(manifest.contributes.languages[0]).toMatchObject({ id: 'stepladder', extensions: ['.protocol'], configuration: './language-configuration.json' });
    expect(manifest.contributes.grammars[0]).toMatchObject({ language: 'stepladder', scopeName: grammar.scopeName });
    const configuration = JSON.parse(readFileSync(join(EXTENSION, 'language-configuration.json'), 'utf8'));
    expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
  });

  it('packages a .vsix with the grammar, configuration and bundled client', () => {
    const out = join(temp, 'stepladder.vsix');
    const result = spawnSync(process.execPath, [join(EXTENSION, 'package.mts'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const entries = zipEntries(readFileSync(out));
    expect(entries).toEqual(
      expect.arrayContaining([
        'extension.vsixmanifest',
        'extension/package.json',
        'extension/language-configuration.json',
        'extension/syntaxes/stepladder.tmLanguage.json',
        'extension/out/extension.js',
      ]),
    );
    expect(entries.some((e) => e.includes('node_modules'))).toBe(false);
  });

  it('starts the language server the way the extension does, and it checks a protocol', async () => {
    const launch = serverLaunch(undefined, ROOT, 'linux');
    expect([launch.command, ...launch.args]).toEqual(manifest.contributes.configuration.properties['stepladder.server.command'].default);
    const client = await startClient([launch.command, ...launch.args]);
    try {
      const broken = readFileSync(join(ROOT, 'protocols', 'sefton.protocol'), 'utf8').replace('on unresolved -> step3', 'on unresolved -> stepp3');
      const published = await client.open(uriOf('protocols/sefton.protocol'), broken);
      expect(published.diagnostics.map((d) => d.code)).toContain('E0101');
    } finally {
      await client.stop();
    }
  });

  it('uses a configured command instead, and a shell only on Windows', () => {
    expect(serverLaunch(['stepladder', 'lsp'], '/work', 'linux')).toEqual({ command: 'stepladder', args: ['lsp'], cwd: '/work', shell: false });
    expect(serverLaunch([], undefined, 'win32')).toMatchObject({ command: 'npx', shell: true });
    expect(serverLaunch([1, 2], undefined, 'linux').command).toBe('npx');
  });
});
