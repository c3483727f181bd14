// The generated bank-holiday table against the official GOV.UK list.
//
// fixtures/uk-bank-holidays-2018-2027.json is written in the shape of GOV.UK's own
// bank-holidays.json (division -> events of { title, date, notes }), minus the "bunting" field,
// so a fresh download can replace it after filtering to 2018-2027. A substitute day there is
// { title: 'Boxing Day', notes: 'Substitute day' }; the generated table names it
// 'Boxing Day (substitute day)', as the GOV.UK web page does.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS, NATIONS, NATION_HOLIDAY_LIST, SUPPORTED_YEARS } from '../../runtime/calendar/index.ts';
import fixture from './fixtures/uk-bank-holidays-2018-2027.json' with { type: 'json' };

interface OfficialEvent { title: string; date: string; notes: string }
const official = fixture as Record<string, { division: string; events: OfficialEvent[] }>;

function officialList(division: string): string[] {
  const events = official[division]?.events ?? [];
  return events.map((e) => `${e.date} ${e.title}${e.notes === 'Substitute day' ? ' (substitute day)' : ''}`);
}

function generatedList(key: keyof typeof BANK_HOLIDAYS, lastYear: number): string[] {
  return BANK_HOLIDAYS[key].filter((h) => Number(h.date.slice(0, 4)) <= lastYear).map((h) => `${h.date} ${h.name}`);
}

describe('generated bank holidays match the official GOV.UK list, 2018-2027', () => {
  it.each(['england-and-wales', 'scotland', 'northern-ireland'] as const)('%s', (division) => {
    const key = division === 'england-and-wales' ? NATION_HOLIDAY_LIST.england : division;
    expect(generatedList(key, 2027)).toEqual(officialList(division));
  });

  it('England and Wales share one list, as on GOV.UK', () => {
    expect(NATION_HOLIDAY_LIST.england).toBe('england-and-wales');
    expect(NATION_HOLIDAY_LIST.wales).toBe('england-and-wales');
  });

  it('the fixture itself has the expected number of days a year (guards against a truncated file)', () => {
    const perYear = (division: string, year: number) =>
      (official[division]?.events ?? []).filter((e) => e.date.startsWith(String(year))).length;
    expect(perYear('england-and-wales', 2021)).toBe(8);
    expect(perYear('england-and-wales', 2022)).toBe(10); // jubilee + state funeral
    expect(perYear('england-and-wales', 2023)).toBe(9); // coronation
    expect(perYear('scotland', 2025)).toBe(9);
    expect(perYear('northern-ireland', 2027)).toBe(10);
  });
});

describe('generated table', () => {
  it('covers every supported year for every nation, sorted, weekdays only', () => {
    expect(SUPPORTED_YEARS).toEqual({ first: 2018, last: 2030 });
    for (const nation of NATIONS) {
      const list = BANK_HOLIDAYS[NATION_HOLIDAY_LIST[nation]];
      const dates = list.map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of dates) expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      for (let year = SUPPORTED_YEARS.first; year <= SUPPORTED_YEARS.last; year++) {
        expect(dates.filter((d) => d.startsWith(`${year}-`)).length).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('has the one-off days and moves', () => {
    const ew = new Map(BANK_HOLIDAYS[NATION_HOLIDAY_LIST.england].map((h) => [h.date, h.name]));
    expect(ew.get('2020-05-08')).toBe('Early May bank holiday (VE day)');
    expect(ew.has('2020-05-04')).toBe(false);
    expect(ew.get('2022-06-02')).toBe('Spring bank holiday');
    expect(ew.get('2022-06-03')).toBe('Platinum Jubilee bank holiday');
    expect(ew.has('2022-05-30')).toBe(false);
    expect(ew.get('2022-09-19')).toBe('Bank Holiday for the State Funeral of Queen Elizabeth II');
    expect(ew.get('2023-05-01')).toBe('Early May bank holiday');
    expect(ew.get('2023-05-08')).toBe('Bank holiday for the coronation of King Charles III');
    // Years after the official list, from the rules.
    expect(ew.get('2028-01-03')).toBe('New Year’s Day (substitute day)');
    expect(ew.get('2030-04-19')).toBe('Good Friday');
    const scotland = new Map(BANK_HOLIDAYS.scotland.map((h) => [h.date, h.name]));
    expect(scotland.get('2028-01-03')).toBe('New Year’s Day (substitute day)');
    expect(scotland.get('2028-01-04')).toBe('2nd January (substitute day)');
    expect(scotland.get('2030-12-02')).toBe('St Andrew’s Day (substitute day)');
  });

  it('is what the generator produces today', () => {
    const script = fileURLToPath(new URL('../../scripts/generate-bank-holidays.ts', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('the runtime calendar imports nothing Node-only and not date-holidays (it ships to browsers)', () => {
    const dir = fileURLToPath(new URL('../../runtime/calendar/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const imports = [...readFileSync(dir + file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\/[\w.-]+\.ts$/);
    }
  });
});
