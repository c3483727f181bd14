// `npm run package:vscode`: builds editors/vscode/ into a .vsix. The extension's grammar is the
// site's own (site/src/grammar), copied in so there is one grammar; the client is bundled with
// esbuild so the package needs no node_modules; @vscode/vsce writes the .vsix.
// Usage: node editors/vscode/package.mts [--out <file.vsix>] (default: editors/vscode/dist/)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const root = resolve(here, '..', '..');
const outArg = process.argv.indexOf('--out');
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as { name: string; version: string };
const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : join(here, 'dist', `${manifest.name}-${manifest.version}.vsix`));

const stage = mkdtempSync(join(tmpdir(), 'stepladder-vscode-'));
try {
  for (const file of ['package.json', 'language-configuration.json', 'README.md']) copyFileSync(join(here, file), join(stage, file));
  mkdirSync(join(stage, 'syntaxes'));
  copyFileSync(join(root, 'site', 'src', 'grammar', 'stepladder.tmLanguage.json'), join(stage, 'syntaxes', 'stepladder.tmLanguage.json'));
  await build({
    entryPoints: [join(here, 'src', 'extension.mts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outfile: join(stage, 'out', 'extension.js'),
    minify: true,
    logLevel: 'warning',
  });
  writeFileSync(join(stage, '.vscodeignore'), '');
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: stage,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
