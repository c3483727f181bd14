// stepladder.yaml: parsing, the errors a partnership can make (with their line and column), review
// dates, the starter file `stepladder init` writes, and `check` reading the file beside the protocols.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configJsonSchema, londonDate, parseConfig, reviewDiagnostics, reviewState, settingsFor, starterConfig } from '../../compiler/config/index.ts';
import { renderDiagnostic } from '../../compiler/diagnostics/render.ts';
import { PROTOCOLS_DIR, ROOT, runCli } from '../helpers/protocols.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'partnership.yaml'), 'utf8');
const IDS = ['cumberland', 'generic-lscb', 'lincolnshire', 'sefton', 'warwickshire'];

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function errorsOf(text: string, protocolIds = IDS) {
  return parseConfig(text, 'stepladder.yaml', { protocolIds }).diagnostics.map((d) => ({ code: d.code, at: lineCol(text, d.span.start), message: d.message }));
}

describe('parsing stepladder.yaml', () => {
  it('reads the fixture partnership, numbers as written', () => {
    const { config, diagnostics } = parseConfig(FIXTURE, 'stepladder.yaml', { protocolIds: IDS });
    expect(diagnostics).toEqual([]);
    expect(config!.partnership).toBe('Sampleshire Safeguarding Children Partnership');
    expect(config!.contacts.map((c) => [c.kind, c.phone])).toEqual([
      ['front_door', '01632 960001'],
      ['out_of_hours', '+44 1632 960002'],
      ['lado', '01632960003'],
      ['business_unit', null],
    ]);
    expect(config!.contacts[2]!.address).toBe('Sampleshire Council\n1 Example Street\nSampletown\n');
    expect(settingsFor(config!, 'sefton')).toMatchObject({ area: 'Sampleshire North', nextReview: '2026-06-01', current: true });
    expect(settingsFor(config!, 'cumberland').current).toBe(false);
    expect(settingsFor(config!, 'warwickshire').area).toBeNull();
  });

  it('points each mistake at its line and column, and gives no configuration', () => {
    const text = ['site:', '  name: 12', '  colour: red', 'contacts:', '  - kind: lado', '    name: LADO', '    phone: 0800 CALL US', '    email: lado at example.org', 'protocols:', '  seftn:', '    next_review: 2026-13-01', ''].join('\n');
    const result = parseConfig(text, 'stepladder.yaml', { protocolIds: IDS });
    expect(result.config).toBeNull();
    expect(errorsOf(text)).toEqual([
      { code: 'E0171', at: '2:9', message: "'name' should be text." },
      { code: 'E0172', at: '3:3', message: "'colour' is not a setting of 'site'. Did you mean 'colours'?" },
      { code: 'E0174', at: '7:12', message: "'0800 CALL US' is not a UK phone number." },
      { code: 'E0175', at: '8:12', message: "'lado at example.org' is not an e-mail address." },
    ]);
    // Unknown protocols and impossible dates are checked once the shape is right.
    const later = ['protocols:', '  seftn:', '    next_review: 2026-13-01', ''].join('\n');
    expect(errorsOf(later)).toEqual([
      { code: 'E0176', at: '2:3', message: "There is no protocol called 'seftn'. Did you mean 'sefton'?" },
      { code: 'E0177', at: '3:18', message: "'2026-13-01' is not a real date." },
    ]);
  });

  it('reports YAML syntax and duplicate keys as E0170', () => {
    expect(errorsOf('site:\n  name: a\n  name: b\n')).toMatchObject([{ code: 'E0170', at: '3:3' }]);
    expect(errorsOf('contacts: [\n')[0]!.code).toBe('E0170');
  });

  it('renders errors like the compiler, with a code frame', () => {
    const text = 'contacts:\n  - kind: mash\n    name: Front door\n';
    const [d] = parseConfig(text, 'stepladder.yaml').diagnostics;
    const rendered = renderDiagnostic(d!, text, { color: false });
    expect(rendered).toContain('--> stepladder.yaml:2:11');
    expect(rendered).toContain("'mash' is not a kind of contact.");
  });

  it('treats a key with nothing after it as left out', () => {
    expect(parseConfig('partnership:\n  name:\nsite:\n', 'stepladder.yaml').diagnostics).toEqual([]);
  });

  it('publishes a JSON Schema that accepts the fixture', () => {
    const schema = configJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties as object)).toEqual(['partnership', 'site', 'contacts', 'protocols']);
  });
});

describe('review dates', () => {
  const { config } = parseConfig(FIXTURE, 'stepladder.yaml', { protocolIds: IDS });

  it('flags a protocol past its next review date, and one without dates', () => {
    expect(reviewState(settingsFor(config!, 'sefton'), '2026-06-01')).toEqual({ kind: 'ok' });
    expect(reviewState(settingsFor(config!, 'sefton'), '2026-06-02')).toEqual({ kind: 'overdue', since: '2026-06-01' });
    expect(reviewState(settingsFor(config!, 'warwickshire'), '2026-06-02')).toEqual({ kind: 'missing', fields: ['last reviewed date', 'next review date'] });
  });

  it('warns in check unless the configuration acknowledges it', () => {
    const found = reviewDiagnostics(config!, FIXTURE, IDS, '2026-12-01').map((d) => [d.code, d.message]);
    expect(found).toEqual([
      ['W0171', "The configuration gives no review dates for the protocol 'generic-lscb'."],
      ['W0170', "The protocol 'sefton' was due for review on 2026-06-01."],
      ['W0171', "The configuration gives no review dates for the protocol 'warwickshire'."],
    ]);
  });

  it('counts days in England', () => {
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});

describe('stepladder init and check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepladder-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a starter file that parses cleanly and invents nothing', async () => {
    cpSync(PROTOCOLS_DIR, join(dir, 'protocols'), { recursive: true });
    const first = await runCli(['init'], dir);
    expect(first.code).toBe(0);
    const written = readFileSync(join(dir, 'stepladder.yaml'), 'utf8');
    expect(parseConfig(written, 'stepladder.yaml', { protocolIds: IDS }).diagnostics).toEqual([]);
    expect(written).not.toMatch(/\b0\d{3} ?\d{3} ?\d{3,4}\b/);
    expect(written).toContain('  sefton:');
    expect(JSON.parse(readFileSync(join(dir, 'stepladder.schema.json'), 'utf8')).title).toBe('stepladder.yaml');
    const again = await runCli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(starterConfig([])).toContain('protocols: {}');
  });

  it('check reports the configuration with the protocols', async () => {
    const clean = await runCli(['check'], dir, { STEPLADDER_TODAY: '2026-12-01' });
    expect(clean.stderr.match(/warning\[W0171\]/g)).toHaveLength(5);
    expect(clean.stderr).toContain('Checked 5 protocols: 0 errors');
    writeFileSync(join(dir, 'broken.yaml'), 'contacts:\n  - kind: lado\n    name: LADO\n    email: nobody\n');
    const broken = await runCli(['check', '--config', 'broken.yaml', '--format', 'json'], dir);
    expect(broken.code).toBe(1);
    const json = JSON.parse(broken.stdout);
    const configFile = json.files.find((f: { file: string }) => f.file === 'broken.yaml');
    expect(configFile.diagnostics[0]).toMatchObject({ code: 'E0175' });
    const missing = await runCli(['check', '--config', 'nowhere.yaml'], dir);
    expect(missing.code).toBe(2);
  });

  it('the repository’s own configuration is clean and lists no contacts', async () => {
    const own = readFileSync(join(ROOT, 'stepladder.yaml'), 'utf8');
    const { config, diagnostics } = parseConfig(own, 'stepladder.yaml', { protocolIds: IDS });
    expect(diagnostics).toEqual([]);
    expect(config!.contacts).toEqual([]);
    expect(reviewDiagnostics(config!, own, IDS, '2026-12-01')).toEqual([]);
  });
});
