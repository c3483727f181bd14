// The seven sections of a "7 minute briefing", in the order partnerships use, and the one view-model
// shape the briefing template renders for each. Every field is always present (empty arrays, nulls)
// because the template runs in Handlebars' strict mode.
import type { LadderStepView } from './ladder-view.ts';

/** The section names of `briefing { section <name> "..." }` (the IR types them only as strings). */
export type SectionKey = 'background' | 'why' | 'stages' | 'timescales' | 'recording' | 'remember' | 'actions';

export interface SectionSpec {
  key: SectionKey;
  number: number;
  heading: string;
  /** What an author adds to fill the section, named in the W0501 help text. */
  construct: string;
}

export const SECTION_SPECS: readonly SectionSpec[] = [
  { key: 'background', number: 1, heading: 'Background', construct: '`note` lines or `briefing { section background "..." }`' },
  { key: 'why', number: 2, heading: 'Why it matters', construct: '`principle` or `quote` lines, or `briefing { section why "..." }`' },
  { key: 'stages', number: 3, heading: 'Stages and who is involved', construct: '`stage` declarations' },
  {
    key: 'timescales',
    number: 4,
    heading: 'Timescales',
    construct: '`deadline` or `timescale` lines in the stages, or `briefing { section timescales "..." }`',
  },
  {
    key: 'recording',
    number: 5,
    heading: 'Recording',
    construct: '`record` duties (with `by` and `shared with`), or `briefing { section recording "..." }`',
  },
  {
    key: 'remember',
    number: 6,
    heading: 'Things to remember',
    construct: '`remember` lines in a `briefing` block, `channel`s or `exit`s',
  },
  { key: 'actions', number: 7, heading: 'What to do', construct: '`action` and `question` lines in a `briefing` block' },
];

export interface ItemView {
  /** Bold lead-in such as a form title; null for a plain bullet. */
  lead: string | null;
  text: string;
}

export interface StageView {
  title: string;
  facts: ItemView[];
  actions: string[];
  next: string[];
  levels: StageView[];
}

export interface TimescaleEntryView {
  condition: string | null;
  purpose: string | null;
  wording: string;
}

export interface TimescaleRowView {
  stage: string;
  route: string | null;
  entries: TimescaleEntryView[];
  total: string;
}

export interface SectionView {
  key: SectionKey;
  number: number;
  heading: string;
  notStated: boolean;
  notStatedReason: string | null;
  paragraphs: string[];
  items: ItemView[];
  stages: StageView[];
  timescales: TimescaleRowView[];
  hasTimescales: boolean;
  /** Whether any stage has a cumulative total, so the table shows that column. */
  showTotals: boolean;
  quotes: { text: string; attribution: string }[];
  questions: string[];
  /** Small print after the section's table or list. */
  notes: string[];
  figure: { src: string; alt: string; ladder: LadderStepView[] } | null;
}

/** What a section builder returns: its generated content, before overrides and additions. */
export type SectionContent = Partial<Omit<SectionView, 'key' | 'number' | 'heading' | 'notStated' | 'notStatedReason'>>;

export function emptySection(spec: SectionSpec): SectionView {
  return {
    key: spec.key,
    number: spec.number,
    heading: spec.heading,
    notStated: false,
    notStatedReason: null,
    paragraphs: [],
    items: [],
    stages: [],
    timescales: [],
    hasTimescales: false,
    showTotals: false,
    quotes: [],
    questions: [],
    notes: [],
    figure: null,
  };
}

/** True when the generated content would print nothing. */
export function isEmptyContent(content: SectionContent): boolean {
  return (
    (content.paragraphs ?? []).length === 0 &&
    (content.items ?? []).length === 0 &&
    (content.stages ?? []).length === 0 &&
    (content.timescales ?? []).length === 0 &&
    (content.quotes ?? []).length === 0 &&
    (content.questions ?? []).length === 0
  );
}
