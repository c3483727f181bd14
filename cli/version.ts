// The version `stepladder --version` prints and SARIF reports: the one in the package.json of the
// stepladder package this file belongs to (the repository's own, or the installed package's).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function stepladderVersion(): string {
  // Sources run from cli/, the published package from dist/cli/: look upwards for the manifest.
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'stepladder' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
}
