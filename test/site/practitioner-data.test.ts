// The data behind the practitioner's pages, without a browser: the configuration the site reads (and
// its neutral defaults), names by area, and the first screen's step summaries and urgent route.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyConfig } from '../../compiler/config/types.ts';
import branding from '../../site/site.config.ts';
import { NO_TIMESCALE, stepSummaries, urgentRoute } from '../../site/src/utils/first-screen.ts';
import { byArea, protocolName } from '../../site/src/utils/protocol-name.ts';
import { brandingWithConfig, ConfigErrorsError, loadSiteConfig } from '../../site/src/utils/site-config.ts';
import { stageViews } from '../../site/src/utils/stage-view.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';

const machine = (name: string) => compileProtocol(protocolFiles().find((f) => f.name === name)!);

describe('the site’s configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepladder-site-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'protocols'));

  it('falls back to neutral defaults, with a notice, when there is no stepladder.yaml', () => {
    const loaded = loadSiteConfig(dir, { STEPLADDER_PROTOCOLS: join(dir, 'protocols') }, ['sefton']);
    expect(loaded.config).toEqual(emptyConfig());
    expect(loaded.notice).toMatch(/^No stepladder\.yaml: the site is built with neutral defaults/);
  });

  it('reads the file beside the protocols folder, and refuses one with errors', () => {
    writeFileSync(join(dir, 'stepladder.yaml'), 'site:\n  name: Sampleshire\nprotocols:\n  sefton:\n    area: North\n');
    const loaded = loadSiteConfig(dir, { STEPLADDER_PROTOCOLS: join(dir, 'protocols') }, ['sefton']);
    expect(loaded.notice).toBeNull();
    expect(brandingWithConfig(branding, loaded.config).title).toBe('Sampleshire');
    expect(() => loadSiteConfig(dir, { STEPLADDER_PROTOCOLS: join(dir, 'protocols') }, ['lincolnshire'])).toThrow(ConfigErrorsError);
    expect(() => loadSiteConfig(dir, { STEPLADDER_CONFIG: 'nowhere.yaml' }, [])).toThrow(/not a file/);
  });
});

describe('names by area', () => {
  it('uses the configured area, else the partnership the protocol names', () => {
    const sefton = machine('sefton');
    const config = { ...emptyConfig(), protocols: { sefton: { area: 'Sefton', lastReviewed: null, nextReview: null, feedback: null, current: true, acknowledged: { reviewOverdue: null, reviewDatesMissing: null } } } };
    expect(protocolName(sefton, config)).toBe('Sefton – Escalating Concerns: Step by Step – The Process');
    expect(protocolName(sefton, emptyConfig())).toBe('Sefton Safeguarding Children Partnership – Escalating Concerns: Step by Step – The Process');
    const ordered = byArea([{ id: 'x', machine: machine('warwickshire') }, { id: 'sefton', machine: sefton }], config).map((p) => p.id);
    expect(ordered).toEqual(['sefton', 'x']);
  });
});

describe('the first screen', () => {
  it('summarises each stage with who, by when in the source’s words, and what to record', () => {
    const lincolnshire = machine('lincolnshire');
    const [first] = stepSummaries(stageViews(lincolnshire));
    expect(first!.who.length).toBeGreaterThan(0);
    expect(first!.when[0]!.toLowerCase()).toBe(lincolnshire.states[0]!.deadline[0]!.wording!.toLowerCase());
    const warwickshire = stepSummaries(stageViews(machine('warwickshire')));
    expect(warwickshire.every((s) => s.when.length === 1 && s.when[0] === NO_TIMESCALE)).toBe(true);
  });

  it('calls out the urgent route in the protocol’s own terms, and says nothing when there is none', () => {
    const cumberland = machine('cumberland');
    expect(urgentRoute(cumberland, stageViews(cumberland))).toEqual(['Stage Three: If the issue relates to child protection, this should be determined with 24 hours.']);
    const generic = machine('generic-lscb');
    expect(urgentRoute(generic, stageViews(generic))[0]).toMatch(/^If a child is thought to be at risk of immediate harm, you may start at /);
    const sefton = machine('sefton');
    expect(urgentRoute(sefton, stageViews(sefton))).toEqual([]);
  });
});
