// What the printed forms hold: every declared field with its label, type and required marker; a
// block per stage for forms completed at every stage (from the stage where the duty starts); a
// landscape register with a column per field and blank rows for a form that is a log; a generated
// escalation record, saying so, when the protocol publishes no form.
import { describe, expect, it } from 'vitest';
import { GENERATED_NOTICE } from '../../compiler/emitters/forms/form-view.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { bodyText, emitPrintables, parseHtml, seeds } from './helpers.ts';

const all = seeds();
const seed = (name: string): Machine => structuredClone(all.find((s) => s.name === name)!.machine);

function formsOf(machine: Machine) {
  return emitPrintables(machine).forms.files.map((f) => {
    const html = String(f.contents);
    return { path: f.path, html, doc: parseHtml(html), text: bodyText(html) };
  });
}

describe.each(all.filter((s) => s.machine.forms.length > 0))('the declared forms of $name', ({ machine }) => {
  const files = formsOf(machine);

  it('are one file per declared form', () => {
    expect(files.map((f) => f.path)).toEqual(machine.forms.map((f) => `forms/${f.id}.html`));
  });

  it.each(machine.forms.filter((f) => f.layout !== 'log').map((form) => ({ form })))('$form.title holds every declared field', ({ form }) => {
    const file = files.find((f) => f.path === `forms/${form.id}.html`)!;
    expect(file.doc.querySelector('h1')?.textContent).toBe(form.title);
    for (const field of form.fields) {
      const box = file.doc.querySelector(`#field-${field.id}`);
      expect(box?.querySelector('.label')?.textContent?.replace(/Required$/, '')).toBe(field.label);
      expect(Boolean(box?.querySelector('.required'))).toBe(field.required);
      if (field.type === 'longtext') expect(box?.querySelectorAll('.ruled').length).toBeGreaterThanOrEqual(3);
      if (field.type === 'text') expect(box?.querySelector('.box.line')).not.toBeNull();
      if (field.type === 'date') expect(box?.querySelector('.box.date')).not.toBeNull();
    }
  });

  it('carry the protocol title and version for the running footer', () => {
    for (const f of files) {
      const css = [...f.doc.querySelectorAll('style')].map((s) => s.textContent).join('');
      expect(css).toContain('counter(page)');
      expect(css).toContain('counter(pages)');
      expect(css).toMatch(/version not stated/);
    }
  });
});

describe('a form completed at every stage', () => {
  const [monitoring] = formsOf(seed('warwickshire'));

  it('has a block per stage from the stage where the duty starts', () => {
    const blocks = [...monitoring!.doc.querySelectorAll('.stage-block h2')].map((h) => h.textContent);
    expect(blocks).toEqual(['Stage One', 'Stage Two', 'Stage Three']);
  });

  it('asks in each block for the date, who met, the outcome, agreed actions and the date it was shared', () => {
    for (const block of monitoring!.doc.querySelectorAll('.stage-block')) {
      const labels = [...block.querySelectorAll('.label')].map((l) => l.textContent?.replace(/Required$/, ''));
      expect(labels).toEqual([
        'Date of the discussion',
        'Resolved at this stage?',
        'Outcome shared with the person who raised the concern on',
        'Who met (roles and agencies)',
        'Outcome',
        'Agreed actions, by whom and by when',
      ]);
      expect(block.textContent).toContain('Who is involved:');
      expect(block.textContent).toContain('Timescale: No timescale stated in the protocol');
    }
  });

  it('prints each stage\'s timescale in the protocol\'s words, with the cumulative total', () => {
    const m = seed('sefton');
    m.forms[0]!.layout = 'per_stage';
    m.forms[0]!.perStage = true;
    const [log] = formsOf(m);
    const step2 = log!.doc.querySelector('#stage-step2')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(step2).toContain('Timescale: The discussion between managers: Within a further 2 working days of step 1 (4 days total)');
    expect(step2).toContain('Total from the start of the escalation: 4 working days');
  });
});

describe('a form kept as a log', () => {
  const sefton = seed('sefton');
  const log = sefton.forms.find((f) => f.id === 'summary_log')!;
  const file = formsOf(sefton).find((f) => f.path === 'forms/summary_log.html')!;
  const css = [...file.doc.querySelectorAll('style')].map((s) => s.textContent).join('');

  it("is Sefton's summary log, while the report to the SSCP stays a form", () => {
    expect(log.layout).toBe('log');
    expect(sefton.forms.find((f) => f.id === 'report_to_sscp')!.layout).toBe('form');
    expect(file.doc.querySelector('h1')?.textContent).toBe(log.title);
    expect(file.doc.querySelector('.fields')).toBeNull();
  });

  it('has a column per declared field, in order, headed by its label and help', () => {
    const headers = [...file.doc.querySelectorAll('.log thead th')];
    expect(headers.map((th) => th.querySelector('.label')?.textContent)).toEqual(log.fields.map((f) => f.label));
    expect(headers.map((th) => th.id)).toEqual(log.fields.map((f) => `column-${f.id}`));
    expect(file.doc.querySelector('#column-date_escalated .help')?.textContent).toBe('Day / month / year');
    expect(file.doc.querySelectorAll('.log col').length).toBe(log.fields.length);
  });

  it('prints help, and the required marker in words', () => {
    const m = seed('sefton');
    const fields = m.forms.find((f) => f.id === 'summary_log')!.fields;
    fields[0]!.help = 'A reference, not a name.';
    fields[0]!.required = true;
    const [changed] = formsOf(m);
    const th = changed!.doc.querySelector('#column-case_ref');
    expect(th?.querySelector('.help')?.textContent).toBe('A reference, not a name.');
    expect(th?.querySelector('.required')?.textContent).toBe('Required');
    expect(changed!.text).toContain('Columns marked Required must be filled in for every case.');
  });

  it('has blank rows for handwriting, a cell per column, at least 10 mm high', () => {
    const rows = [...file.doc.querySelectorAll('.log tbody tr')];
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) expect(row.querySelectorAll('td').length).toBe(log.fields.length);
    expect(Number(/\.log td \{ height: ([\d.]+)mm/.exec(css)?.[1])).toBeGreaterThanOrEqual(10);
  });

  it('prints on landscape A4 with the header row repeated on every page and rows kept whole', () => {
    expect(css).toMatch(/@page \{ size: A4 landscape; \}/);
    expect(css).toContain('.log thead { display: table-header-group; }');
    expect(css).toContain('.log tr { break-inside: avoid; }');
    expect(css).toContain('counter(pages)');
  });

  it('says who keeps it and when, from the duties that name it', () => {
    expect(file.text).toContain('Who keeps it and when');
    expect(file.text).toContain('Kept by line manager or safeguarding supervisor: a row for each case at Step 2 – Direct Manager to Manager Discussion.');
  });

  it('says so when it has no columns', () => {
    const m = seed('sefton');
    m.forms.find((f) => f.id === 'summary_log')!.fields = [];
    const [empty] = formsOf(m);
    expect(empty!.doc.querySelector('table')).toBeNull();
    expect(empty!.doc.querySelector('.notice')?.textContent).toBe('The protocol lists no columns for this log.');
  });
});

describe('a protocol that publishes no form', () => {
  it.each(['lincolnshire', 'cumberland', 'generic-lscb'])('%s gets a generated escalation record that says so', (name) => {
    const machine = seed(name);
    const files = formsOf(machine);
    expect(files.map((f) => f.path)).toEqual(['forms/escalation-record.html']);
    const record = files[0]!;
    expect(record.doc.querySelector('.notice')?.textContent).toBe(GENERATED_NOTICE);
    const blocks = [...record.doc.querySelectorAll('.stage-block:not(#closing) h2')].map((h) => h.textContent);
    expect(blocks).toEqual(machine.states.filter((s) => s.levels.length === 0).map((s) => s.title));
    for (const outcome of machine.outcomes) expect(record.text).toContain(outcome.title);
  });
});

describe('write-in boxes', () => {
  it('are sized for handwriting: lines at least 8 mm, single boxes 10 mm', () => {
    const [form] = formsOf(seed('warwickshire'));
    const css = [...form!.doc.querySelectorAll('style')].map((s) => s.textContent).join('');
    const ruled = Number(/\.ruled \{ height: ([\d.]+)mm/.exec(css)?.[1]);
    const line = Number(/\.box\.line \{ height: ([\d.]+)mm/.exec(css)?.[1]);
    expect(ruled).toBeGreaterThanOrEqual(8);
    expect(line).toBeGreaterThanOrEqual(10);
  });

  it('contain no personal data: nothing is pre-filled', () => {
    for (const { doc } of [...formsOf(seed('sefton')), ...formsOf(seed('cumberland'))]) {
      for (const box of doc.querySelectorAll('.box.line, .box.lines, .box.number, .log td')) expect(box.textContent?.trim()).toBe('');
    }
  });
});
