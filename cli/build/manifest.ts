// `<out>/index.json`: the list of every protocol in the build folder, for the site and for tools.
// Read back from the machines on disk, so building one protocol keeps the others listed. A folder
// whose machine.json is not one a build wrote (foreign, corrupt, a link) is left out and reported,
// never a reason to stop: the protocols just built are still listed.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableStringify } from '../../compiler/stable-json.ts';
import { EARLIER_VERSIONS_FOLDER } from './one-folder-per-id.ts';

export interface ManifestProblem {
  /** The machine.json, relative to the output folder. */
  path: string;
  detail: string;
}

export interface Manifest {
  json: string;
  problems: ManifestProblem[];
}

interface ListedMachine {
  id: string;
  meta: { title: string; partnership: string | null; version: string | null; effective: string | null };
  calendar: { nation: string };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The machine in `<folder>/machine.json` if it is one the build wrote for protocol `id`; else why not. */
function readMachine(outDir: string, folder: string, id: string = folder): ListedMachine | string {
  const path = join(outDir, folder, 'machine.json');
  if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) return 'it is not a regular file';
  let machine: unknown;
  try {
    machine = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `it is not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!isObject(machine) || typeof machine.formatVersion !== 'number' || !isObject(machine.meta) || !isObject(machine.calendar)) {
    return 'it is not a compiled protocol';
  }
  if (machine.id !== id) return `it is the protocol '${String(machine.id)}', not '${id}'`;
  if (typeof machine.meta.title !== 'string') return 'it has no title';
  return machine as unknown as ListedMachine;
}

/** The earlier versions kept in `<id>/versions/`, newest first, each with its own files. */
function earlierVersions(outDir: string, id: string, problems: ManifestProblem[]) {
  const dir = join(outDir, id, EARLIER_VERSIONS_FOLDER);
  if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  const listed = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const folder = `${EARLIER_VERSIONS_FOLDER}/${e.name}`;
      const machine = readMachine(outDir, `${id}/${folder}`, id);
      if (typeof machine === 'string') {
        problems.push({ path: `${id}/${folder}/machine.json`, detail: machine });
        return [];
      }
      return [{ folder, version: machine.meta.version, effective: machine.meta.effective, files: listFiles(join(dir, e.name)) }];
    });
  return listed.sort((a, b) => (b.effective ?? '').localeCompare(a.effective ?? '') || a.folder.localeCompare(b.folder));
}

/** The index of `outDir`, leaving out the folders named in `except` (about to be replaced). */
export function buildManifest(outDir: string, except: ReadonlySet<string> = new Set()): Manifest {
  const folders = existsSync(outDir)
    ? readdirSync(outDir, { withFileTypes: true })
        // Dirent types come from lstat: a link to a folder elsewhere is not a protocol folder.
        .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !except.has(e.name) && existsSync(join(outDir, e.name, 'machine.json')))
        .map((e) => e.name)
        .sort()
    : [];
  const problems: ManifestProblem[] = [];
  const protocols = folders.flatMap((id) => {
    const machine = readMachine(outDir, id);
    if (typeof machine === 'string') {
      problems.push({ path: `${id}/machine.json`, detail: machine });
      return [];
    }
    return [
      {
        id,
        title: machine.meta.title,
        partnership: machine.meta.partnership,
        version: machine.meta.version,
        effective: machine.meta.effective,
        nation: machine.calendar.nation,
        files: listFiles(join(outDir, id)).filter((f) => !f.startsWith(`${EARLIER_VERSIONS_FOLDER}/`)),
        earlier: earlierVersions(outDir, id, problems),
      },
    ];
  });
  return { json: stableStringify({ formatVersion: 1, protocols }), problems };
}
