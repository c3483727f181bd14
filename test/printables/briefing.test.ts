// What the briefing says: seven numbered sections in the usual order, filled from the protocol;
// the author's `briefing { ... }` overrides and additions; and W0501 with "Not stated in this
// protocol." when a section has nothing to show.
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { compileSource } from '../../compiler/index.ts';
import { protocolFiles } from '../helpers/protocols.ts';
import { bodyText, emitPrintables, htmlOf, parseHtml, seeds } from './helpers.ts';

const all = seeds();
const seed = (name: string): Machine => structuredClone(all.find((s) => s.name === name)!.machine);

function briefingOf(machine: Machine) {
  const { briefing } = emitPrintables(machine, 'test.protocol');
  const html = htmlOf(briefing, 'briefing.html');
  return { html, doc: parseHtml(html), text: bodyText(html), diagnostics: briefing.diagnostics };
}

function sectionText(machine: Machine, key: string): string {
  const { doc } = briefingOf(machine);
  return (doc.querySelector(`#section-${key}`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe.each(all)('the briefing of $name', ({ machine }) => {
  const { doc, text, html } = briefingOf(machine);

  it('has the seven numbered sections in order', () => {
    const headings = [...doc.querySelectorAll('section.section h2')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual([
      '1 Background',
      '2 Why it matters',
      '3 Stages and who is involved',
      '4 Timescales',
      '5 Recording',
      '6 Things to remember',
      '7 What to do',
    ]);
  });

  it('names the partnership, version and effective date, and the source', () => {
    expect(text).toContain(machine.meta.partnership.name);
    expect(text).toContain(`Version: ${machine.meta.version ?? 'not stated'}`.replace(': ', ''));
    expect(doc.querySelector('.facts')?.textContent).toMatch(/Effective\s*not stated|Effective\s*\d/);
    if (machine.meta.source.title) expect(text).toContain(machine.meta.source.title.replace(/\s+/g, ' '));
  });

  it('shows every stage title and timescale wording', () => {
    for (const state of machine.states) expect(text).toContain(state.title);
    for (const d of machine.states.flatMap((s) => [...s.deadline, ...s.timescales])) {
      if (d.wording) expect(text.toLowerCase()).toContain(d.wording.replace(/\s+/g, ' ').toLowerCase());
    }
  });

  it('refers to the flowchart relatively, with alternative text', () => {
    const imgs = [...doc.querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['flowchart.svg']);
    expect(imgs[0]?.getAttribute('alt')).toMatch(/^Flowchart of the escalation stages: .+\.$/);
  });

  it('is self-contained: no scripts, external stylesheets, fonts or links to fetch', () => {
    expect(doc.querySelectorAll('script, link, iframe, object, embed').length).toBe(0);
    const fetched = [...doc.querySelectorAll('[src], [href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href'));
    expect(fetched).toEqual(['flowchart.svg']);
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).not.toMatch(/url\(|@import|@font-face/);
    expect(html).toContain('@page');
  });

  it('lists every recording duty with its record', () => {
    const recording = sectionText(machine, 'recording');
    for (const duty of [...machine.recording, ...machine.states.flatMap((s) => s.records)]) {
      const title = [...machine.forms, ...machine.registers].find((r) => r.id === duty.record)!.title;
      expect(recording).toContain(title);
    }
  });
});

describe('sections filled from the protocol', () => {
  it('puts principles and quotations under "Why it matters"', () => {
    const why = sectionText(seed('sefton'), 'why');
    expect(why).toContain('All escalations should be recorded');
    expect(why).toContain('Lord Laming');
  });

  it('states the conditional deadline first and the default as "Otherwise", with cumulative totals', () => {
    const timescales = sectionText(seed('cumberland'), 'timescales');
    expect(timescales.indexOf('24 hours')).toBeLessThan(timescales.indexOf('Otherwise: No longer than 7 working days'));
    const sefton = sectionText(seed('sefton'), 'timescales');
    expect(sefton).toContain('11 working days');
    expect(sefton).toContain('Totals are counted from the start of the escalation');
  });

  it('marks the urgent route in the timescales and the urgent start in the stages', () => {
    expect(sectionText(seed('lincolnshire'), 'timescales')).toContain('Urgent route');
    expect(sectionText(seed('generic-lscb'), 'stages')).toContain(
      'Urgent start: If a child is thought to be at risk of immediate harm, use discretion as to which stage is started, after consulting line manager or safeguarding lead.',
    );
  });

  it('gives the discouraged channel with its reason, and exits', () => {
    expect(sectionText(seed('sefton'), 'remember')).toContain('E-mail is not recommended: Effective multi-agency working requires');
    expect(sectionText(seed('generic-lscb'), 'remember')).toContain("whistle-blowing process");
  });

  it('says who a record is shared with', () => {
    expect(sectionText(seed('generic-lscb'), 'recording')).toContain('Shared with relevant personnel and worker who raised the initial concern.');
  });

  it('lists routes that differ from "if not resolved, the next stage" under their stage', () => {
    const stages = sectionText(seed('lincolnshire'), 'stages');
    expect(stages).toContain('If urgent → Step 4 – Urgent resolution required');
    expect(stages).toContain('if not resolved → the next stage');
    expect(sectionText(seed('warwickshire'), 'stages')).toContain('At any stage: If the discussions raise significant policy issues → Stage Three.');
  });
});

describe('the author\'s briefing block', () => {
  it('written in the protocol source, reaches the page', () => {
    const sefton = protocolFiles().find((p) => p.name === 'sefton')!;
    const block = [
      'briefing {',
      '  section why "Every escalation is about a child whose safety comes first."',
      '  remember "Follow every discussion up in writing."',
      '  action "Put the Summary Log in the team drive."',
      '  question "Who is our Head of Service?"',
      '}',
    ].join('\n');
    const source = sefton.source.replace(/\}\s*$/, `${block}\n}\n`);
    const { machine } = compileSource(source, sefton.file);
    expect(machine).not.toBeNull();
    expect(sectionText(machine!, 'why')).toBe('2 Why it matters Every escalation is about a child whose safety comes first.');
    expect(sectionText(machine!, 'remember')).toContain('Follow every discussion up in writing.');
    expect(sectionText(machine!, 'actions')).toContain('Put the Summary Log in the team drive.');
    expect(sectionText(machine!, 'actions')).toContain('Who is our Head of Service?');
  });

  it('may give a section once: a second one, even in another block, is E0008 pointing at the first', () => {
    const sefton = protocolFiles().find((p) => p.name === 'sefton')!;
    const block = 'briefing { section why "First reason." }\nbriefing { section why "Second reason." }';
    const source = sefton.source.replace(/\}\s*$/, `${block}\n}\n`);
    const { machine, diagnostics } = compileSource(source, sefton.file);
    expect(machine).toBeNull();
    const repeated = diagnostics.filter((d) => d.code === 'E0008');
    expect(repeated.map((d) => d.message)).toEqual(["'section why' is given more than once here."]);
    expect(source.slice(repeated[0]!.span.start, repeated[0]!.span.end)).toBe('why');
    const first = repeated[0]!.related[0]!.span;
    expect(source.indexOf('why "First')).toBe(first.start);
  });

  it('replaces a section\'s generated prose with the author\'s, paragraph by paragraph', () => {
    const m = seed('sefton');
    m.briefing.sections.why = 'Children are safer when agencies challenge each other.\n\n   Escalating is part of the job.';
    const { doc } = briefingOf(m);
    const paragraphs = [...doc.querySelectorAll('#section-why p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['Children are safer when agencies challenge each other.', 'Escalating is part of the job.']);
    expect(doc.querySelector('#section-why')?.textContent).not.toContain('All escalations should be recorded');
  });

  it('adds remember, action and question lines, even to an overridden section', () => {
    const m = seed('warwickshire');
    m.briefing.sections.actions = 'Discuss this briefing at your next team meeting.';
    m.briefing.remember.push('Keep the monitoring form with the case notes.');
    m.briefing.actions.push('Ask your manager where the forms are kept.');
    m.briefing.questions.push('Who is our designated safeguarding lead?');
    expect(sectionText(m, 'remember')).toContain('Keep the monitoring form with the case notes.');
    const actions = sectionText(m, 'actions');
    expect(actions).toContain('Discuss this briefing at your next team meeting.');
    expect(actions).toContain('Ask your manager where the forms are kept.');
    expect(actions).toContain('Questions for the team');
    expect(actions).toContain('Who is our designated safeguarding lead?');
    expect(actions).not.toContain('Find out who your');
  });
});

describe('a section with nothing to show', () => {
  it('warns W0501 and says "Not stated in this protocol."', () => {
    const m = seed('sefton');
    m.principles = [];
    m.quotes = [];
    const { doc, diagnostics } = briefingOf(m);
    expect(doc.querySelector('#section-why .not-stated')?.textContent).toBe('Not stated in this protocol.');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'W0501',
        name: 'briefing_section_empty',
        severity: 'warning',
        file: 'test.protocol',
        span: { start: 0, end: 0 },
        related: [],
      }),
    ]);
    expect(diagnostics[0]?.message).toMatch(/^The briefing section 'why' has nothing to show; add `principle` or `quote`/);
  });

  it('warns for every empty section of a bare protocol, and keeps all seven', () => {
    const m = seed('warwickshire');
    Object.assign(m, {
      principles: [],
      quotes: [],
      recording: [],
      roles: m.roles.map((r) => ({ ...r, equivalents: [], examples: [], description: null })),
      // Duties and powers of bodies are printed under Things to remember too.
      bodies: m.bodies.map((b) => ({ ...b, description: null, composition: null, chair: null })),
    });
    m.states = m.states.map((s) => ({ ...s, records: [] }));
    m.acknowledgements = [];
    const { doc, diagnostics } = briefingOf(m);
    expect(diagnostics.map((d) => d.message.match(/'(\w+)'/)?.[1])).toEqual(['why', 'timescales', 'recording', 'remember']);
    expect(doc.querySelectorAll('section.section').length).toBe(7);
    expect(doc.querySelectorAll('.not-stated').length).toBe(4);
  });

  it('is accepted by a protocol-level acknowledgement, whose reason is printed', () => {
    const warwickshire = briefingOf(seed('warwickshire'));
    expect(warwickshire.diagnostics).toEqual([]);
    expect(warwickshire.doc.querySelector('#section-timescales')?.textContent).toContain('The source states no timescales for any stage.');
    const m = seed('sefton');
    m.principles = [];
    m.quotes = [];
    m.acknowledgements.push({ code: 'W0501', name: 'briefing_section_empty', reason: 'The leaflet gives no reasons.', target: null });
    const accepted = briefingOf(m);
    expect(accepted.diagnostics).toEqual([]);
    expect(accepted.doc.querySelector('#section-why')?.textContent).toContain('The leaflet gives no reasons.');
  });
});
