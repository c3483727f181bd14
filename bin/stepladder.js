#!/usr/bin/env node
// Entry point of the `stepladder` command. In the repository the sources are TypeScript run directly
// by Node's type stripping (Node 24, provided by the `node` devDependency when run through npx or npm
// scripts); the published package has no sources, only the JavaScript its prepack built in dist/.
import { existsSync } from 'node:fs';
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `stepladder: needs Node 22.18 or later (this is ${process.version}). Run it through \`npx stepladder\` or an npm script after \`npm install\`, which provide Node 24.\n`,
  );
  process.exit(2);
}
const fromSources = existsSync(new URL('../cli/main.ts', import.meta.url));
const { run } = await import(fromSources ? '../cli/main.ts' : '../dist/cli/main.js');
process.exitCode = await run(process.argv.slice(2));
