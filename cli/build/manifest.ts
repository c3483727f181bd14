// `<out>/index.json`: the list of every protocol in the build folder, for the site and for tools.
// Read back from the machines on disk, so building one protocol keeps the others listed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from '../../compiler/ir/types.ts';
import { stableStringify } from '../../compiler/stable-json.ts';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

export function buildManifest(outDir: string): string {
  const protocols = existsSync(outDir)
    ? readdirSync(outDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.') && existsSync(join(outDir, e.name, 'machine.json')))
        .map((e) => e.name)
        .sort()
    : [];
  return stableStringify({
    formatVersion: 1,
    protocols: protocols.map((id) => {
      const machine = JSON.parse(readFileSync(join(outDir, id, 'machine.json'), 'utf8')) as Machine;
      return {
        id,
        title: machine.meta.title,
        partnership: machine.meta.partnership,
        version: machine.meta.version,
        effective: machine.meta.effective,
        nation: machine.calendar.nation,
        files: listFiles(join(outDir, id)),
      };
    }),
  });
}
