// Generates runtime/calendar/bank-holidays.generated.ts: the UK bank holidays for every year in
// SUPPORTED_YEARS, per nation, as a small static table.
//
//   npx node scripts/generate-bank-holidays.ts           write the module
//   npx node scripts/generate-bank-holidays.ts --check   exit 1 if the module is out of date
//
// Why generate instead of importing date-holidays at run time: the runtime calendar is bundled
// into a browser island with a 40 KB gzip budget, and date-holidays (with its world-wide rule
// data) is far bigger than the few hundred dates we need. The table it produces is a few KB.
//
// The official GOV.UK list is the truth. date-holidays is only the engine that computes it; where
// it disagrees, FIXES below corrects it, and test/calendar/bank-holidays.test.ts compares the
// result with a copy of the official list (test/calendar/fixtures/uk-bank-holidays-2018-2027.json).

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import type { BankHoliday } from '../runtime/calendar/types.ts';

const FIRST_YEAR = 2018;
const LAST_YEAR = 2030;
const OUTPUT = fileURLToPath(new URL('../runtime/calendar/bank-holidays.generated.ts', import.meta.url));

// Per-nation regions. Plain 'GB' is not enough: it lacks the summer bank holiday, which
// differs between Scotland (first Monday in August) and the rest (last Monday in August).
const REGIONS = { england: 'ENG', wales: 'WLS', scotland: 'SCT', 'northern-ireland': 'NIR' } as const;
type Region = keyof typeof REGIONS;

const SUBSTITUTE = ' (substitute day)';

// date-holidays' English names -> GOV.UK titles, so explanations quote the official name.
// A name missing from here (and not already official) stops the generator: a new one-off
// bank holiday must be checked against GOV.UK by a person before it reaches protocols.
const OFFICIAL_NAMES: Readonly<Record<string, string>> = {
  "New Year's Day": 'New Year’s Day',
  'January 2nd': '2nd January',
  'Good Friday': 'Good Friday',
  'Easter Monday': 'Easter Monday',
  'Early May bank holiday': 'Early May bank holiday',
  'Early May bank holiday (VE day)': 'Early May bank holiday (VE day)',
  'Spring bank holiday': 'Spring bank holiday',
  'Summer bank holiday': 'Summer bank holiday',
  'St Andrew’s Day': 'St Andrew’s Day',
  'St Patrick’s Day': 'St Patrick’s Day',
  'Battle of the Boyne (Orangemen’s Day)': 'Battle of the Boyne (Orangemen’s Day)',
  'Christmas Day': 'Christmas Day',
  'Boxing Day': 'Boxing Day',
  'Queen’s Platinum Jubilee': 'Platinum Jubilee bank holiday',
  "Queen Elizabeth's Funeral Day": 'Bank Holiday for the State Funeral of Queen Elizabeth II',
  "King Charles III's Coronation": 'Bank holiday for the coronation of King Charles III',
};

interface Fix {
  readonly region: Region;
  readonly date: string;
  /** What date-holidays gives for that day (official name), or null if it has nothing. */
  readonly expected: string | null;
  /** What the official list says, or null to remove the day. */
  readonly official: string | null;
  readonly why: string;
  /** When the fix was recorded (so a reader knows which date-holidays version it was for). */
  readonly recorded: string;
}

// Corrections to date-holidays, checked against GOV.UK. Each fix states what it expects to find;
// if date-holidays changes (say, upstream fixes the bug) the generator stops and asks for review
// rather than silently applying a stale correction.
const FIXES: readonly Fix[] = [
  // Scotland, New Year 2022: 1 and 2 January both fell at the weekend. GOV.UK gives Monday 3rd
  // as "New Year's Day (substitute day)" and Tuesday 4th as "2nd January (substitute day)";
  // date-holidays 3.37 has the two names the other way round. The dates are right.
  { region: 'scotland', date: '2022-01-03', expected: '2nd January (substitute day)', official: 'New Year’s Day (substitute day)', why: 'substitute names swapped', recorded: '2026-11-22' },
  { region: 'scotland', date: '2022-01-04', expected: 'New Year’s Day (substitute day)', official: '2nd January (substitute day)', why: 'substitute names swapped', recorded: '2026-11-22' },
  // 2028 has the same weekend pattern. Not yet on GOV.UK (it publishes about two years ahead);
  // corrected by analogy with 2022, which is how the substitution rule has always been applied.
  { region: 'scotland', date: '2028-01-03', expected: '2nd January (substitute day)', official: 'New Year’s Day (substitute day)', why: 'substitute names swapped (as 2022)', recorded: '2026-11-22' },
  { region: 'scotland', date: '2028-01-04', expected: 'New Year’s Day (substitute day)', official: '2nd January (substitute day)', why: 'substitute names swapped (as 2022)', recorded: '2026-11-22' },
];

function officialName(name: string, where: string): string {
  const isSubstitute = name.endsWith(SUBSTITUTE);
  const base = isSubstitute ? name.slice(0, -SUBSTITUTE.length) : name;
  const official = OFFICIAL_NAMES[base];
  if (official === undefined) {
    throw new Error(`${where}: date-holidays name "${name}" is not in OFFICIAL_NAMES. Check it against GOV.UK and add it.`);
  }
  return isSubstitute ? official + SUBSTITUTE : official;
}

function isWeekendDate(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function holidaysFor(region: Region): BankHoliday[] {
  // Europe/London so each holiday's local date is the London date, whatever TZ runs this.
  const engine = new Holidays('GB', REGIONS[region], { timezone: 'Europe/London', types: ['public'], languages: ['en'] });
  const out = new Map<string, string>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const holiday of engine.getHolidays(year, 'en')) {
      // Only 'public' (bank) holidays; observances such as Mother's Day are not days off.
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      // date-holidays lists both the real date (a Saturday Boxing Day) and its weekday
      // substitute. GOV.UK lists only the day off, and a weekend is never a working day
      // anyway, so the weekend entry is dropped.
      if (isWeekendDate(date)) continue;
      if (out.has(date)) throw new Error(`${region} ${date}: two holidays on one day (${out.get(date)} / ${holiday.name})`);
      out.set(date, officialName(holiday.name, `${region} ${date}`));
    }
  }
  for (const fix of FIXES.filter((f) => f.region === region)) {
    const found = out.get(fix.date) ?? null;
    if (found !== fix.expected) {
      throw new Error(
        `Fix for ${region} ${fix.date} (recorded ${fix.recorded}: ${fix.why}) expected ${JSON.stringify(fix.expected)} ` +
          `but date-holidays now gives ${JSON.stringify(found)}. Re-check against GOV.UK and update FIXES.`,
      );
    }
    if (fix.official === null) out.delete(fix.date);
    else out.set(fix.date, fix.official);
  }
  return [...out].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

function sameList(a: readonly BankHoliday[], b: readonly BankHoliday[]): boolean {
  return a.length === b.length && a.every((h, i) => h.date === b[i]?.date && h.name === b[i]?.name);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function render(): string {
  const lists: Record<string, BankHoliday[]> = {};
  const nationToList: Record<Region, string> = { england: '', wales: '', scotland: 'scotland', 'northern-ireland': 'northern-ireland' };
  const england = holidaysFor('england');
  const wales = holidaysFor('wales');
  // England and Wales share one official list. If date-holidays ever diverges, keep both
  // lists rather than silently picking one; the fixture test will then flag the difference.
  if (sameList(england, wales)) {
    lists['england-and-wales'] = england;
    nationToList.england = nationToList.wales = 'england-and-wales';
  } else {
    lists.england = england;
    lists.wales = wales;
    nationToList.england = 'england';
    nationToList.wales = 'wales';
  }
  lists.scotland = holidaysFor('scotland');
  lists['northern-ireland'] = holidaysFor('northern-ireland');

  for (const [key, list] of Object.entries(lists)) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const count = list.filter((h) => h.date.startsWith(String(year))).length;
      if (count < 8) throw new Error(`${key} ${year}: only ${count} bank holidays; something is wrong with the source data`);
    }
  }

  const version = (JSON.parse(readFileSync(new URL('../node_modules/date-holidays/package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const keys = Object.keys(lists);
  const lines: string[] = [
    '// GENERATED FILE: do not edit by hand.',
    '// Regenerate with `npm run generate:holidays` (npx node scripts/generate-bank-holidays.ts);',
    '// check it is current with `npx node scripts/generate-bank-holidays.ts --check`.',
    `// Source: date-holidays ${version} (GB-ENG, GB-WLS, GB-SCT, GB-NIR; public holidays only; weekend`,
    '// dates dropped), names and known errors corrected to the GOV.UK list by the generator.',
    '// UK bank holidays per nation, used by the working-time calendar (runtime/calendar).',
    '',
    "import type { BankHoliday, Nation } from './types.ts';",
    '',
    '/** The years whose bank holidays are known. Working-day counting refuses dates outside them. */',
    `export const SUPPORTED_YEARS = { first: ${FIRST_YEAR}, last: ${LAST_YEAR} } as const;`,
    '',
    `export type HolidayListKey = ${keys.map(quote).join(' | ')};`,
    '',
    '/** Which official list each nation uses (England and Wales share one). */',
    'export const NATION_HOLIDAY_LIST: Readonly<Record<Nation, HolidayListKey>> = {',
    ...(Object.keys(nationToList) as Region[]).map((n) => `  ${n.includes('-') ? quote(n) : n}: ${quote(nationToList[n])},`),
    '};',
    '',
    '/** Bank holidays by official list, sorted by date, weekdays only. */',
    'export const BANK_HOLIDAYS: Readonly<Record<HolidayListKey, readonly BankHoliday[]>> = {',
  ];
  for (const key of keys) {
    lines.push(`  ${key.includes('-') ? quote(key) : key}: [`);
    for (const h of lists[key] ?? []) lines.push(`    { date: ${quote(h.date)}, name: ${quote(h.name)} },`);
    lines.push('  ],');
  }
  lines.push('};', '');
  return lines.join('\n');
}

const text = render();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUTPUT, 'utf8');
  } catch {
    // Missing file: reported as out of date below.
  }
  if (current !== text) {
    console.error(`${OUTPUT} is out of date. Run: npx node scripts/generate-bank-holidays.ts`);
    process.exit(1);
  }
  console.log('bank-holidays.generated.ts is up to date');
} else {
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT}`);
}
