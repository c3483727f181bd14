// Shared types for the working-time calendar. Kept in their own file so the generated
// bank-holiday module, the generator script and the runtime can all use them without
// importing each other.

/** A UK nation whose bank holidays decide which days are working days. */
export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

/** Every nation, in a stable order (for validation messages and pickers). */
export const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

/** Plain-English names, used in the rule explanations shown to people. */
export const NATION_NAMES: Readonly<Record<Nation, string>> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/**
 * A calendar day as `YYYY-MM-DD`. It names a day on the London wall calendar, not an
 * instant: "2026-12-25" is Christmas Day wherever the code happens to run.
 */
export type IsoDate = string;

/** One bank holiday as published on the official list. */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

/** A day a protocol adds as closed, e.g. a partnership closure day. */
export interface ClosureDay {
  readonly date: IsoDate;
  /** Shown in explanations; defaults to "local closure day". */
  readonly name?: string;
}

/** The units a protocol can give a deadline in. */
export type DurationUnit = 'working_days' | 'calendar_days' | 'hours' | 'immediately';

/** A deadline length as the language expresses it. `amount` is null only for 'immediately'. */
export interface Duration {
  readonly amount: number | null;
  readonly unit: DurationUnit;
}

/** The answer to "when is this due?", with a short explanation of how it was counted. */
export interface Due {
  readonly due: Date;
  readonly rule: string;
}

export function isNation(value: unknown): value is Nation {
  return typeof value === 'string' && (NATIONS as readonly string[]).includes(value);
}
