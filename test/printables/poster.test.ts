// Posters (A4 portrait, A3 landscape) and the briefing's contacts and review dates, from the compiled
// protocol and the fixture partnership's stepladder.yaml: what they say, that they invent nothing
// without a configuration, and that no text is set under 10 pt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../compiler/config/index.ts';
import { briefingEmitter } from '../../compiler/emitters/briefing/briefing-emitter.ts';
import { posterEmitter } from '../../compiler/emitters/poster/poster-emitter.ts';
import { posterTemplate } from '../../compiler/emitters/poster/poster-template.ts';
import { compileProtocol, protocolFiles, ROOT } from '../helpers/protocols.ts';

const config = parseConfig(readFileSync(join(ROOT, 'test', 'config', 'fixtures', 'partnership.yaml'), 'utf8'), 'stepladder.yaml').config!;
const sefton = compileProtocol(protocolFiles().find((f) => f.name === 'sefton')!);
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('posters', () => {
  it('are written at A4 portrait and A3 landscape', () => {
    const files = posterEmitter.emit(sefton, { config }).files;
    expect(files.map((f) => f.path)).toEqual(['posters/poster-a4.html', 'posters/poster-a3.html']);
    expect(files[0]!.contents).toContain('size: A4 portrait');
    expect(files[1]!.contents).toContain('size: A3 landscape');
  });

  it('name the area, the version and review dates, each stage, the contacts and the page address', () => {
    const poster = text(posterEmitter.emit(sefton, { config }).files[1]!.contents as string);
    expect(poster).toContain('Sampleshire North – Escalating Concerns: Step by Step – The Process');
    expect(poster).toContain('Version: not stated');
    expect(poster).toContain('Next review: 1 June 2026');
    for (const state of sefton.states.filter((s) => s.parent === null)) expect(poster).toContain(state.title.replace(/\s+/g, ' '));
    expect(poster).toContain('Within 2 working days');
    // Step 4 names no convener: the poster says so instead of "Who: Convenes …".
    expect(poster).toMatch(/Who Not stated who convenes the SSCP Independently Chaired Meeting/);
    expect(poster).toContain('01632 960001');
    expect(poster).toContain('https://procedures.example.org/protocols/sefton/');
  });

  it('invent nothing without a configuration', () => {
    const poster = text(posterEmitter.emit(sefton, {}).files[0]!.contents as string);
    expect(poster).toContain('Last reviewed: not stated');
    expect(poster).toContain('this poster lists no contact numbers');
    expect(poster).not.toMatch(/\b0\d{3} ?\d{3} ?\d{3,4}\b/);
    expect(poster).toContain('Check you have the current version of this protocol.');
  });

  it('label the immediate-risk notice as not part of the protocol, in the partnership’s words when given', () => {
    const general = text(posterEmitter.emit(sefton, {}).files[0]!.contents as string);
    expect(general).toContain('If a child is at immediate risk of harm, contact the police (999) or children’s social care now. (General advice, not part of this protocol.)');
    const own = { ...config, site: { ...config.site, immediateRisk: 'Call the Sampleshire Front Door on 01632 960001.' } };
    const partnership = text(posterEmitter.emit(sefton, { config: own }).files[0]!.contents as string);
    expect(partnership).toContain('Call the Sampleshire Front Door on 01632 960001. (Site notice from the partnership, not part of this protocol.)');
    expect(partnership).not.toContain('General advice');
  });

  it('set no text under 10 pt', () => {
    for (const size of ['A4', 'A3'] as const) {
      const sizes = [...posterTemplate(size).matchAll(/font-size:\s*([\d.]+)pt/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('the briefing with a configuration', () => {
  it('prints the review dates and whom to call, and nothing of the kind without one', () => {
    const withConfig = text(briefingEmitter.emit(sefton, { config }).files[0]!.contents as string);
    expect(withConfig).toContain('Next review 1 June 2026');
    expect(withConfig).toContain('Who to call: Children’s social care front door (MASH): Sampleshire Children&#x27;s Front Door (MASH), 01632 960001');
    const without = text(briefingEmitter.emit(sefton, {}).files[0]!.contents as string);
    expect(without).not.toContain('Who to call');
    expect(without).not.toContain('Next review');
  });
});
