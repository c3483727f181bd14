// Lowers everything but the stages and routes: metadata, calendar, roles, bodies, conditions,
// channels, forms, registers, prose and the briefing.
import type { Machine, Nation } from '../../ir/types.ts';
import type { Analysis } from '../2-analyze/analysis.ts';
import type { CitationTable } from './citations.ts';

type Declarations = Omit<
  Machine,
  'format' | 'formatVersion' | 'id' | 'initial' | 'discretionaryStarts' | 'states' | 'outcomes' | 'exits' | 'events' | 'transitions' | 'recording' | 'citations' | 'acknowledgements'
>;

const orNull = <T>(value: T | undefined): T | null => value ?? null;

export function lowerDeclarations({ ast }: Analysis, cite: CitationTable): Declarations {
  const source = ast.sources[0];
  const briefing = ast.briefings;
  const sections = Object.fromEntries(
    ['background', 'why', 'stages', 'timescales', 'recording', 'remember', 'actions'].map((name) => [
      name,
      orNull(briefing.flatMap((b) => b.sections).find((s) => s.name.name === name)?.text.value),
    ]),
  ) as Machine['briefing']['sections'];
  return {
    meta: {
      title: ast.title[0]!.value,
      partnership: { name: ast.partnership[0]!.name.value, abbreviation: orNull(ast.partnership[0]!.abbreviation?.value) },
      version: orNull(ast.version[0]?.value),
      effective: orNull(ast.effective[0]?.value),
      supersedes: orNull(ast.supersedes[0]?.value),
      appliesTo: [...new Set(ast.appliesTo.flat().map((n) => n.name))] as Machine['meta']['appliesTo'],
      source: {
        title: orNull(source?.title?.value),
        url: orNull(source?.url?.value),
        publisher: orNull(source?.publisher?.value),
        retrieved: orNull(source?.retrieved?.value),
        text: orNull(source?.file?.value),
        fullProcedure: orNull(source?.fullProcedure?.value),
      },
      citations: cite.idsOf(ast.cites),
    },
    calendar: {
      nation: ast.nation[0]!.name as Nation,
      closures: ast.closures.map((c) => ({ date: c.date.value, reason: orNull(c.reason?.value) })),
    },
    agencies: ast.agencies.map((a) => ({ id: a.id.name, title: a.title.value, description: orNull(a.description?.value) })),
    roles: ast.roles.map((r) => ({
      id: r.id.name,
      title: r.title.value,
      description: orNull(r.description?.value),
      equivalents: r.equivalents.map((e) => ({ text: e.text.value, agency: orNull(e.agency?.name) })),
      examples: r.examples.map((e) => e.value),
      ...(r.side ? { side: r.side.name as 'own' | 'other' } : {}),
      citations: cite.idsOf(r.cites),
    })),
    bodies: ast.bodies.map((b) => ({
      id: b.id.name,
      title: b.title.value,
      kind: (b.kind?.name ?? 'meeting') as Machine['bodies'][number]['kind'],
      description: orNull(b.description?.value),
      partOf: orNull(b.partOf?.name),
      composition: orNull(b.composition?.value),
      members: orNull(b.members?.value),
      chair: orNull(b.chair?.value),
      citations: cite.idsOf(b.cites),
    })),
    conditions: ast.conditions.map((c) => ({ id: c.id.name, text: c.title.value, description: orNull(c.description?.value), citations: cite.idsOf(c.cites) })),
    channels: ast.channels.map((c) => ({
      id: c.id.name,
      title: c.title.value,
      description: orNull(c.description?.value),
      discouraged: c.discouraged !== null,
      reason: orNull(c.discouraged?.reason?.value),
      citations: cite.idsOf(c.cites),
    })),
    forms: ast.forms.map((f) => ({
      id: f.id.name,
      title: f.title.value,
      appendix: orNull(f.appendix?.value),
      description: orNull(f.description?.value),
      // The analyzer refuses `log` with `per stage`, so at most one of the two is set here.
      layout: f.log ? ('log' as const) : f.perStage ? ('per_stage' as const) : ('form' as const),
      perStage: f.perStage,
      fields: f.fields.map((field) => ({
        id: field.id.name,
        label: field.label.value,
        type: (field.type?.name ?? 'text') as Machine['forms'][number]['fields'][number]['type'],
        required: field.required,
        help: orNull(field.help?.value),
        // Written only where they say something, so machine.json of forms without them is unchanged.
        ...(field.type?.name === 'choice' ? { options: field.options.map((o) => o.value) } : {}),
        ...(field.monitoring ? { monitoring: true } : {}),
      })),
      citations: cite.idsOf(f.cites),
    })),
    registers: ast.registers.map((r) => ({ id: r.id.name, title: r.title.value, description: orNull(r.description?.value), citations: cite.idsOf(r.cites) })),
    principles: ast.principles.map((p) => ({ id: orNull(p.id?.name), text: p.text.value, citations: cite.idsOf(p.cites) })),
    notes: ast.notes.map((n) => ({ text: n.text.value, citations: cite.idsOf(n.cites) })),
    quotes: ast.quotes.map((q) => ({ text: q.text.value, attribution: q.attribution?.value ?? '', citations: cite.idsOf(q.cites) })),
    briefing: {
      sections,
      remember: briefing.flatMap((b) => b.remember.map((t) => t.value)),
      actions: briefing.flatMap((b) => b.actions.map((t) => t.value)),
      questions: briefing.flatMap((b) => b.questions.map((t) => t.value)),
    },
  };
}
