// Issue 11: the seeds state only what their sources state. Each fact the issue found invented is
// checked gone (or marked), and `stepladder check` reports coverage in text and JSON. The CLI reads
// a source text only from a regular file in the protocol's own folder.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceTextReader } from '../../cli/source-texts.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { compileProtocol, protocolFiles, runCli } from '../helpers/protocols.ts';

const machines = new Map<string, Machine>(protocolFiles().map((p) => [p.name, compileProtocol(p)]));
const state = (protocol: string, id: string) => machines.get(protocol)!.states.find((s) => s.id === id)!;

describe('no invented facts in the seeds', () => {
  it('names no owner the source does not name', () => {
    expect(state('warwickshire', 'stage_three').owner).toBeNull();
    expect(state('generic-lscb', 'resolution_panel').owner).toBeNull();
    expect(state('lincolnshire', 'step4_urgent').owner).toBeNull();
    expect(state('lincolnshire', 'step4_learning').owner).toBeNull();
    expect(state('cumberland', 'stage1').owner).toBeNull();
    expect(state('sefton', 'step4').owner).toBeNull();
    // Stated by the source: "Executive Manager/Lead emails the CSCP Chair …".
    expect(state('cumberland', 'stage3').owner).toBe('executive_lead');
  });

  it('names no recorder the source does not name', () => {
    expect(state('cumberland', 'stage2').records.find((r) => r.record === 'childs_file' && r.origin === 'state')?.by).toEqual([]);
    expect(state('sefton', 'step4').records.find((r) => r.record === 'report_to_sscp')?.by).toEqual([]);
    expect(machines.get('generic-lscb')!.recording.find((r) => r.record === 'written_record')?.by).toEqual([]);
    // Stated: "Respective Managers should record cases escalated using the Agency Escalation Summary Log".
    expect(state('sefton', 'step2').records.find((r) => r.record === 'summary_log')?.by).toEqual(['line_manager']);
  });

  it('keeps Cumberland’s "final decision" from becoming "final and binding", and adds no "or equivalent" to an SLO', () => {
    expect(machines.get('cumberland')!.outcomes.find((o) => o.id === 'final_decision')?.binding).toBe(false);
    expect(machines.get('sefton')!.outcomes.find((o) => o.id === 'binding_decision')?.binding).toBe(true);
    expect(machines.get('lincolnshire')!.roles.find((r) => r.id === 'slo')?.equivalents).toEqual([]);
  });

  it('says a form whose fields the source does not give is a template', () => {
    for (const [protocol, form] of [['warwickshire', 'monitoring_form'], ['sefton', 'summary_log'], ['sefton', 'report_to_sscp']]) {
      expect(machines.get(protocol!)!.forms.find((f) => f.id === form)?.description, `${protocol} ${form}`).toMatch(/template/);
    }
  });

  it('points to the fuller procedure where the source names one', () => {
    expect(machines.get('warwickshire')!.meta.source.fullProcedure).toBe('Warwickshire Escalation Protocol');
    expect(machines.get('sefton')!.meta.source.fullProcedure).toContain('www.seftonscp.org.uk');
    expect(machines.get('cumberland')!.meta.source.fullProcedure ?? null).toBeNull();
  });
});

describe('stepladder check and the source text', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('reports coverage per protocol in text and as "coverage" in JSON', async () => {
    // The whole folder: checking one protocol also checks stepladder.yaml, which names all five.
    const text = await runCli(['check', 'protocols']);
    expect(text.stderr).toMatch(/protocols\/sefton\.protocol: source coverage 100% \(\d+ of \d+ sentences of sefton\.source\.txt encoded or set aside\)/);
    const json = await runCli(['check', '--format', 'json', 'protocols']);
    const files: { file: string; coverage?: { percent: number; sentences: number; covered: number } }[] = JSON.parse(json.stdout).files;
    for (const f of files.filter((x) => x.file.endsWith('.protocol'))) expect(f.coverage?.percent, f.file).toBe(100);
    const file = files.find((f) => f.file === 'protocols/sefton.protocol')!;
    expect(file.coverage).toMatchObject({ files: ['sefton.source.txt'], percent: 100, uncovered: [] });
    expect(file.coverage!.sentences).toBe(file.coverage!.covered);
  });

  it('reads only a regular file in the protocol’s own folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-source-text-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    writeFileSync(join(dir, 'sub', 'real.txt'), 'The text.');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'sub', 'link.txt'));
    const read = sourceTextReader(dir, 'sub/sample.protocol');
    expect(read('real.txt')).toEqual({ text: 'The text.' });
    expect(read('../secret.txt')).toHaveProperty('error');
    expect(read('link.txt')).toEqual({ error: 'it is not a regular file' });
    expect(read('.')).toHaveProperty('error');
    expect(read('missing.txt')).toHaveProperty('error');
  });
});
