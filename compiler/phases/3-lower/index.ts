// Phase 3: the checked syntax tree → the IR (`Machine`), the one thing emitters read. Runs only
// when analysis found no errors, so every name here is known to resolve.
import type { Acknowledgement } from '../../../dsl/ast.ts';
import { entryByCodeOrName } from '../../diagnostics/registry.ts';
import { FORMAT_VERSION } from '../../ir/schema.ts';
import type { Machine } from '../../ir/types.ts';
import type { Analysis } from '../2-analyze/analysis.ts';
import { buildCitationTable } from './citations.ts';
import { lowerDeclarations } from './lower-declarations.ts';
import { lowerPhase, onlyIf } from './lower-duties.ts';
import { lowerRoutes } from './lower-routes.ts';
import { lowerDuty, lowerState } from './lower-states.ts';

function acknowledgements({ ast, scope }: Analysis): Machine['acknowledgements'] {
  const owned: [Acknowledgement, string | null][] = ast.acknowledgements.map((a) => [a, null]);
  for (const s of scope.states) {
    const inner = [
      s.decl, ...s.decl.timescales, ...s.decl.routes, ...s.decl.records, ...s.decl.consultations,
      ...s.decl.steps, ...s.decl.notifications,
    ];
    for (const element of inner) for (const a of element.acknowledgements) owned.push([a, s.decl.id.name]);
  }
  for (const decl of [...ast.forms, ...ast.registers, ...ast.roles, ...ast.bodies, ...ast.outcomes, ...ast.exits]) {
    for (const a of decl.acknowledgements) owned.push([a, decl.id.name]);
  }
  return owned
    .sort(([a], [b]) => a.span.start - b.span.start)
    .map(([a, target]) => {
      const [name, entry] = entryByCodeOrName(a.diagnostic.name)!;
      return { code: entry.code, name, reason: a.reason?.value ?? '', target };
    });
}

export function lower(analysis: Analysis): Machine {
  const cite = buildCitationTable(analysis);
  return {
    format: 'stepladder.machine',
    formatVersion: FORMAT_VERSION,
    id: analysis.ast.id!.name,
    ...lowerDeclarations(analysis, cite),
    ...lowerRoutes(analysis, cite),
    states: analysis.scope.states.map((s) => lowerState(s, analysis, cite)),
    ...onlyIf('phases', analysis.ast.phases.map((p) => lowerPhase(p, analysis, cite))),
    recording: analysis.ast.records.map((r) => lowerDuty(r, 'protocol', analysis, cite)),
    citations: cite.citations,
    acknowledgements: acknowledgements(analysis),
  };
}
