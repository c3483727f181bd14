// One write-in field of a printed form, as the template draws it: a label (with a printed
// "required" marker, never colour alone), optional help, and a box sized for handwriting by type:
// one 10 mm line for text, ruled 8 mm lines for longer text, date and time guides, tick boxes.
import type { FormField, Machine } from '../../ir/types.ts';
import { oneLine } from '../print-shared/text.ts';

export type FieldType = FormField['type'];
export type FieldSize = 'full' | 'half' | 'third';

export interface FieldView {
  id: string;
  label: string;
  required: boolean;
  /** Printed "Monitoring data": a field the partnership collates across cases. */
  monitoring: boolean;
  help: string | null;
  /** Exactly one of these is true; Handlebars has no equality test, so the template reads flags. */
  isLine: boolean;
  isLines: boolean;
  isDate: boolean;
  isDateTime: boolean;
  isYesNo: boolean;
  isChoices: boolean;
  isNumber: boolean;
  /** One entry per ruled line of a longtext box. */
  lines: number[];
  /** Tick options: a role field's are the protocol's roles, then "Other"; a choice field's are its listed options. */
  choices: string[];
  /** Width class: short fields (dates, yes/no, numbers) sit two or three to a row. */
  size: FieldSize;
}

export interface FieldSpec {
  id: string;
  label: string;
  type: FieldType;
  required: boolean;
  help: string | null;
  /** A choice field's options, in the source's words. */
  options?: readonly string[];
  monitoring?: boolean;
  /** Ruled lines for a longtext field; defaults to 4. */
  lines?: number;
  /** Overrides the width chosen from the type. */
  size?: FieldSize;
}

const LONGTEXT_LINES = 4;

export function fieldView(spec: FieldSpec, machine: Machine): FieldView {
  const t = spec.type;
  const lineCount = t === 'longtext' ? (spec.lines ?? LONGTEXT_LINES) : 0;
  return {
    id: spec.id,
    label: oneLine(spec.label),
    required: spec.required,
    monitoring: spec.monitoring ?? false,
    help: spec.help ? oneLine(spec.help) : null,
    isLine: t === 'text',
    isLines: t === 'longtext',
    isDate: t === 'date',
    isDateTime: t === 'datetime',
    isYesNo: t === 'yesno',
    isChoices: t === 'role' || t === 'choice',
    isNumber: t === 'number',
    lines: Array.from({ length: lineCount }, (_, i) => i + 1),
    // A choice offers only what the source lists: no "Other" is added that the published form lacks.
    choices: t === 'role' ? [...machine.roles.map((r) => oneLine(r.title)), 'Other (write in)'] : t === 'choice' ? (spec.options ?? []).map(oneLine) : [],
    size: spec.size ?? (t === 'date' || t === 'datetime' || t === 'yesno' || t === 'number' ? 'half' : 'full'),
  };
}

/** A declared form field, as its spec. */
export function declaredField(field: FormField): FieldSpec {
  return { id: field.id, label: field.label, type: field.type, required: field.required, help: field.help, options: field.options ?? [], monitoring: field.monitoring ?? false };
}
