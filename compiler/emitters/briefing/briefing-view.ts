// Builds the briefing's view model from the IR: the masthead facts and the seven sections, applying
// the author's `briefing { ... }` block (a `section` text replaces that section's generated content;
// `remember`, `action` and `question` lines are added to sections 6 and 7) and reporting W0501 for
// sections left with nothing to show.
import type { Diagnostic } from '../../diagnostics/types.ts';
import { settingsFor, type PartnershipConfig } from '../../config/types.ts';
import type { Machine } from '../../ir/types.ts';
import { posterContacts } from '../poster/poster-view.ts';
import { formatDate, joinList, namer, oneLine, paragraphs, type Namer } from '../print-shared/text.ts';
import { acknowledgedReason, briefingSectionEmpty } from './briefing-diagnostics.ts';
import {
  actionsSection,
  backgroundSection,
  recordingSection,
  rememberSection,
  whySection,
} from './prose-sections.ts';
import { SECTION_SPECS, emptySection, isEmptyContent, type SectionContent, type SectionSpec, type SectionView } from './section-view.ts';
import { stagesSection } from './stages-section.ts';
import { timescalesSection } from './timescales-section.ts';

export interface BriefingView {
  title: string;
  partnership: string;
  footer: string;
  facts: { label: string; value: string }[];
  /** From stepladder.yaml, when the build has one: the teams to call (none invented). */
  contacts: { label: string; name: string; lines: string[] }[];
  source: { title: string | null; publisher: string | null; url: string | null };
  sections: SectionView[];
}

const AUDIENCE_WORDS: Record<Machine['meta']['appliesTo'][number], string> = {
  children: 'children',
  adults: 'adults',
  carers: 'carers',
};

function generate(spec: SectionSpec, machine: Machine, names: Namer): SectionContent {
  switch (spec.key) {
    case 'background': return backgroundSection(machine);
    case 'why': return whySection(machine);
    case 'stages': return stagesSection(machine, names);
    case 'timescales': return timescalesSection(machine, names);
    case 'recording': return recordingSection(machine, names);
    case 'remember': return rememberSection(machine, names);
    case 'actions': return actionsSection(machine, names);
  }
}

/** The author's additions, which survive a section override. */
function additions(spec: SectionSpec, machine: Machine): SectionContent {
  const { briefing } = machine;
  if (spec.key === 'remember') return { items: briefing.remember.map((text) => ({ lead: null, text: oneLine(text) })) };
  if (spec.key === 'actions') {
    return { items: briefing.actions.map((text) => ({ lead: null, text: oneLine(text) })), questions: briefing.questions.map(oneLine) };
  }
  return {};
}

function merge(base: SectionView, ...contents: SectionContent[]): SectionView {
  const view = { ...base };
  for (const c of contents) {
    view.paragraphs = [...view.paragraphs, ...(c.paragraphs ?? [])];
    view.items = [...view.items, ...(c.items ?? [])];
    view.stages = [...view.stages, ...(c.stages ?? [])];
    view.timescales = [...view.timescales, ...(c.timescales ?? [])];
    view.hasTimescales = view.hasTimescales || (c.hasTimescales ?? false);
    view.showTotals = view.showTotals || (c.showTotals ?? false);
    view.quotes = [...view.quotes, ...(c.quotes ?? [])];
    view.questions = [...view.questions, ...(c.questions ?? [])];
    view.notes = [...view.notes, ...(c.notes ?? [])];
    view.figure = c.figure ?? view.figure;
  }
  return view;
}

function buildSection(spec: SectionSpec, machine: Machine, names: Namer, file: string, diagnostics: Diagnostic[]): SectionView {
  const override = machine.briefing.sections[spec.key];
  const generated = override ? { paragraphs: paragraphs(override) } : generate(spec, machine, names);
  const added = additions(spec, machine);
  const view = merge(emptySection(spec), generated, added);
  if (isEmptyContent(generated) && isEmptyContent(added)) {
    const reason = acknowledgedReason(machine, spec);
    view.notStated = true;
    view.notStatedReason = reason ? oneLine(reason) : null;
    if (reason === null) diagnostics.push(briefingSectionEmpty(spec, file));
  }
  return view;
}

export function buildBriefingView(machine: Machine, file: string, config?: PartnershipConfig): { view: BriefingView; diagnostics: Diagnostic[] } {
  const names = namer(machine);
  const { meta } = machine;
  const diagnostics: Diagnostic[] = [];
  const sections = SECTION_SPECS.map((spec) => buildSection(spec, machine, names, file, diagnostics));
  const version = meta.version ? oneLine(meta.version) : 'not stated';
  const effective = formatDate(meta.effective) ?? 'not stated';
  const review = config ? settingsFor(config, machine.id) : null;
  const facts = [
    { label: 'Version', value: version },
    { label: 'Effective', value: effective },
    ...(meta.supersedes ? [{ label: 'Supersedes', value: oneLine(meta.supersedes) }] : []),
    ...(meta.appliesTo.length > 0 ? [{ label: 'Applies to', value: joinList(meta.appliesTo.map((a) => AUDIENCE_WORDS[a])) }] : []),
    // Review dates are the partnership's (stepladder.yaml), shown only when it gives them.
    ...(review?.lastReviewed ? [{ label: 'Last reviewed', value: formatDate(review.lastReviewed)! }] : []),
    ...(review?.nextReview ? [{ label: 'Next review', value: formatDate(review.nextReview)! }] : []),
  ];
  const view: BriefingView = {
    title: oneLine(meta.title),
    partnership: oneLine(meta.partnership.name),
    footer: `${oneLine(meta.title)} · version ${version} · 7 minute briefing`,
    facts,
    contacts: posterContacts(config),
    source: {
      title: meta.source.title ? oneLine(meta.source.title) : null,
      publisher: meta.source.publisher ? oneLine(meta.source.publisher) : null,
      url: meta.source.url ? oneLine(meta.source.url) : null,
    },
    sections,
  };
  return { view, diagnostics };
}
