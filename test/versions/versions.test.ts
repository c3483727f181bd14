// Versions of a protocol side by side: which is current and in what order the earlier ones come
// (compiler/versions), the checks across files (E0180, E0181, E0184), and how the site publishes
// them (site/src/utils/versions.ts): the current version gets the page, each earlier one a stable address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools, type Machine } from '../../compiler/index.ts';
import { checkVersions, versionLines } from '../../compiler/versions/index.ts';
import type { SiteProtocol } from '../../site/src/utils/load-protocols.ts';
import { currentVersions, earlierVersionPages, versionPath, versionSlug, whatChanged } from '../../site/src/utils/versions.ts';

const FIXTURE = join(import.meta.dirname, '..', 'diff', 'samples', 'sefton-earlier-version');
const tools = createCompilerTools();
const source = (name: string) => readFileSync(join(FIXTURE, name), 'utf8');

/** The made-up version 1 of the test fixture with its metadata lines replaced. */
function variant(meta: string): string {
  return source('before.protocol').replace(/  version "1"\n  effective 2019-09\n/, meta);
}

function compiled(file: string, text: string): { file: string; source: string; machine: Machine } {
  const { machine, diagnostics } = compileSource(text, file, tools);
  if (!machine) throw new Error(`${file}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return { file, source: text, machine };
}

const v1 = compiled('sefton/2019.protocol', source('before.protocol'));
const v2 = compiled('sefton/sefton.protocol', source('after.protocol'));

describe('a protocol with versions side by side', () => {
  it('has one current version and the earlier ones newest first, whatever the order of the files', () => {
    const v3 = compiled('sefton/2023.protocol', source('after.protocol').replace('version "2"\n  effective 2021-09\n  supersedes "1"', 'version "3"\n  effective 2023-04-01\n  supersedes "2"'));
    for (const order of [[v1, v2, v3], [v3, v1, v2], [v2, v3, v1]]) {
      const [line] = versionLines(order);
      expect(line!.current.file).toBe('sefton/2023.protocol');
      expect(line!.earlier.map((v) => v.file)).toEqual(['sefton/sefton.protocol', 'sefton/2019.protocol']);
    }
    expect(checkVersions([v1, v2, v3], tools.language)).toEqual([]);
  });

  it('finds a supersedes loop across files (E0180) and names the versions in it', () => {
    const loop = compiled('sefton/2019.protocol', variant('  version "1"\n  effective 2019-09\n  supersedes "2"\n'));
    const found = checkVersions([loop, v2], tools.language);
    expect(found.map((d) => d.code)).toEqual(['E0180', 'E0180']);
    expect(found[0]!.message).toBe("Version '1' of 'sefton' supersedes '2', which supersedes '1' again, so no version of it comes first.");
  });

  it('finds two current versions (E0181) and two files of one version (E0184), pointing at their version lines', () => {
    const both = compiled('sefton/2019.protocol', variant('  version "1"\n  effective 2019-09\n'));
    const unlinked = compiled('sefton/sefton.protocol', source('after.protocol').replace('  supersedes "1"\n', ''));
    const current = checkVersions([both, unlinked], tools.language);
    expect(current.map((d) => [d.code, d.file])).toEqual([['E0181', 'sefton/sefton.protocol']]);
    expect(unlinked.source.slice(current[0]!.span.start, current[0]!.span.end)).toBe('"2"');
    const copy = { ...v2, file: 'sefton/copy.protocol' };
    expect(checkVersions([v1, v2, copy], tools.language).map((d) => [d.code, d.file])).toEqual([
      ['E0184', 'sefton/sefton.protocol'],
      ['E0184', 'sefton/copy.protocol'],
    ]);
  });

  it('does not check protocols that have only one file', () => {
    const lone = compiled('lincolnshire.protocol', readFileSync('protocols/lincolnshire.protocol', 'utf8'));
    expect(checkVersions([lone, v2], tools.language)).toEqual([]);
  });
});

describe('the site', () => {
  const site = (p: { file: string; source: string; machine: Machine }): SiteProtocol => ({ ...p, id: p.machine.id, diagnostics: [], files: [], flowchartSvg: null, stale: [], missing: [] });

  it('publishes the current version as the page, carrying the earlier ones at stable addresses', () => {
    const pages = currentVersions([site(v1), site(v2)]);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.file).toBe('sefton/sefton.protocol');
    expect(pages[0]!.earlier!.map((p) => p.file)).toEqual(['sefton/2019.protocol']);
    expect(versionPath('sefton', v1.machine)).toBe('/protocols/sefton/versions/1/');
    expect(earlierVersionPages(pages[0]!).map((e) => [e.version.file, e.next.file])).toEqual([['sefton/2019.protocol', 'sefton/sefton.protocol']]);
  });

  it('makes addresses from the version, or the effective date when there is none', () => {
    const named = (version: string | null, effective: string | null) => ({ ...v1.machine, meta: { ...v1.machine.meta, version, effective } });
    expect(versionSlug(named('3.1', null))).toBe('3.1');
    expect(versionSlug(named('Version 2 (draft)', null))).toBe('version-2-draft');
    expect(versionSlug(named(null, '2019-09'))).toBe('2019-09');
    expect(versionSlug(named('../..', null))).toBe('earlier');
  });

  it('says what changed from the version before, in the protocol’s words', () => {
    const log = whatChanged(site(v1) as SiteProtocol & { machine: Machine }, site(v2) as SiteProtocol & { machine: Machine });
    const stages = log.sections.find((s) => s.heading === 'Stages')!;
    expect(stages.entries).toContainEqual({ about: 'Step 2 – Direct Manager to Manager Discussion', text: 'Renamed: was “Step 2 – Line Manager Discussion”.' });
  });
});

describe('an effective month', () => {
  const codes = (meta: string) => compileSource(variant(meta), 'sefton/2019.protocol', tools).diagnostics.map((d) => d.code);

  it('is accepted when the source states only the month, kept as written and read as the month', async () => {
    expect(v1.machine.meta.effective).toBe('2019-09');
    const { formatDate } = await import('../../compiler/emitters/print-shared/text.ts');
    expect(formatDate('2019-09')).toBe('September 2019');
  });

  it('must be a real month, and closure days stay full dates (E0107)', () => {
    expect(codes('  version "1"\n  effective 2019-13\n')).toContain('E0107');
    expect(codes('  version "1"\n  effective 2019-09\n  closure 2019-12\n')).toContain('E0107');
    expect(codes('  version "1"\n  effective 2019-09\n')).not.toContain('E0107');
  });
});

describe('the site, when versions do not form one line', () => {
  it('gives each file its own version errors, so the build stops with the report', () => {
    const site = (p: { file: string; source: string; machine: Machine }): SiteProtocol => ({ ...p, id: p.machine.id, diagnostics: [], files: [], flowchartSvg: null, stale: [], missing: [] });
    const both = compiled('sefton/2019.protocol', variant('  version "1"\n  effective 2019-09\n'));
    const unlinked = compiled('sefton/sefton.protocol', source('after.protocol').replace('  supersedes "1"\n', ''));
    const pages = currentVersions([site(both), site(unlinked)]);
    expect(pages.map((p) => [p.file, p.diagnostics.map((d) => d.code)])).toEqual([
      ['sefton/2019.protocol', []],
      ['sefton/sefton.protocol', ['E0181']],
    ]);
  });
});
