// Review dates: a protocol past its next review date, or one the configuration gives no review
// dates for, is reported by `check` (W0170, W0171) unless stepladder.yaml acknowledges it with a
// reason. The site flags the same protocols whether acknowledged or not: a reader should know.
import { parseDocument } from 'yaml';
import { makeDiagnostic } from '../diagnostics/report.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import { settingsFor, type PartnershipConfig, type ProtocolSettings } from './types.ts';
import { locate } from './yaml-spans.ts';

/** Today's date in England (YYYY-MM-DD): review dates are calendar days in Europe/London. */
export function londonDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export type ReviewState =
  | { kind: 'ok' }
  | { kind: 'overdue'; since: string }
  | { kind: 'missing'; fields: string[] };

export function reviewState(settings: ProtocolSettings, today: string): ReviewState {
  const fields = [settings.lastReviewed ? null : 'last reviewed date', settings.nextReview ? null : 'next review date'].filter((f): f is string => f !== null);
  if (settings.nextReview && settings.nextReview < today) return { kind: 'overdue', since: settings.nextReview };
  if (fields.length > 0) return { kind: 'missing', fields };
  return { kind: 'ok' };
}

/** W0170/W0171 for each protocol id, pointing into the configuration text they come from. */
export function reviewDiagnostics(config: PartnershipConfig, text: string, protocolIds: string[], today: string): Diagnostic[] {
  if (!config.file) return [];
  const doc = parseDocument(text);
  const diagnostics: Diagnostic[] = [];
  for (const id of protocolIds) {
    const settings = settingsFor(config, id);
    const state = reviewState(settings, today);
    const listed = id in config.protocols;
    if (state.kind === 'overdue' && !settings.acknowledged.reviewOverdue) {
      diagnostics.push(makeDiagnostic(config.file, 'review_overdue', locate(doc, ['protocols', id, 'next_review']).value, { id, date: state.since }));
    }
    if (state.kind === 'missing' && !settings.acknowledged.reviewDatesMissing) {
      const span = listed ? locate(doc, ['protocols', id]).key : locate(doc, ['protocols']).key;
      const missing = state.fields.length === 2 ? 'review dates' : state.fields[0]!;
      diagnostics.push(makeDiagnostic(config.file, 'review_dates_missing', span, { id, missing }));
    }
  }
  return diagnostics;
}
