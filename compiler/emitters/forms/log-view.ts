// View model of a log: a register kept over many cases, one row per case (Sefton's "Agency
// Escalation Summary Log"), rather than a form filled in once per case. Its declared fields become
// the columns; the rows are left blank for handwriting. Like every template, it holds no personal
// data: only the protocol's labels, help and recording duties.
import type { Form, FormField, Machine } from '../../ir/types.ts';
import { describeDuties } from '../print-shared/recording-duties.ts';
import { namer, oneLine, paragraphs } from '../print-shared/text.ts';
import { formShell } from './form-view.ts';

export interface LogColumnView {
  id: string;
  label: string;
  /** The field's help, or what the column expects when the type says more than the label. */
  help: string | null;
  required: boolean;
  monitoring: boolean;
  /** Share of the table's width, in percent, from the field's type: dates narrow, long text wide. */
  width: string;
}

export interface LogView extends ReturnType<typeof formShell> {
  appendix: string | null;
  description: string[];
  keeping: string[];
  hasRequired: boolean;
  hasMonitoring: boolean;
  columns: LogColumnView[];
  rows: number[];
}

/**
 * Blank rows printed. Rows are 12 mm, enough for two lines of handwriting; on landscape A4 about 10
 * fit under the heading on the first page and 14 on each following page, so 24 fill two pages.
 */
export const LOG_ROWS = 24;

const COLUMN_WEIGHTS: Record<string, number> = {
  text: 3,
  longtext: 5,
  date: 2.6,
  datetime: 2.6,
  yesno: 1.4,
  number: 1.4,
  role: 3,
  choice: 3,
};

/** A cell has no Day/Month/Year guides or tick boxes, so these types say what to write. */
const TYPE_HINTS: Record<string, string> = {
  date: 'Day / month / year',
  datetime: 'Day / month / year and time',
  yesno: 'Yes or no',
  role: 'A role, not a name',
};

/** The schema lists the types; a type this table lacks is printed as wide as plain text. */
const weightOf = (field: FormField): number => COLUMN_WEIGHTS[field.type] ?? COLUMN_WEIGHTS.text!;

function columns(fields: readonly FormField[]): LogColumnView[] {
  const total = fields.reduce((sum, f) => sum + weightOf(f), 0);
  return fields.map((f) => ({
    id: f.id,
    label: oneLine(f.label),
    help: f.help ? oneLine(f.help) : f.type === 'choice' ? `One of: ${(f.options ?? []).map(oneLine).join('; ')}` : (TYPE_HINTS[f.type] ?? null),
    required: f.required,
    monitoring: f.monitoring ?? false,
    width: ((weightOf(f) / total) * 100).toFixed(2),
  }));
}

/** "Kept by line manager: a row for each case at Step 2 – …", from the duties that name the log. */
function keepingLines(machine: Machine, logId: string): string[] {
  return describeDuties(machine, namer(machine))
    .filter((d) => d.record === logId)
    .map((d) => {
      const when = d.when.charAt(0).toLowerCase() + d.when.slice(1);
      const what = d.what ? `: ${d.what}` : '';
      const shared = d.sharedWith ? ` Shared with ${d.sharedWith}.` : '';
      return `${d.by ? `Kept by ${d.by}` : 'Kept'}: a row for each case ${when}${what}.${shared}`;
    });
}

export function logView(machine: Machine, form: Form): LogView {
  return {
    ...formShell(machine, form.title),
    appendix: form.appendix ? oneLine(form.appendix) : null,
    description: form.description ? paragraphs(form.description) : [],
    keeping: keepingLines(machine, form.id),
    hasRequired: form.fields.some((f) => f.required),
    hasMonitoring: form.fields.some((f) => f.monitoring),
    columns: columns(form.fields),
    rows: Array.from({ length: LOG_ROWS }, (_, i) => i + 1),
  };
}
