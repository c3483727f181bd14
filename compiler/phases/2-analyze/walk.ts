// Walks the syntax tree for the rules that need every instance of something (acknowledgements,
// citations, recording duties), wherever it is nested.
import type { Acknowledgement, Citation, ProtocolDecl, RecordDuty, Timescale } from '../../../dsl/ast.ts';
import type { Scope, StateInfo } from './scope.ts';

export function allRecordDuties(ast: ProtocolDecl, scope: Scope): { duty: RecordDuty; state: StateInfo | null }[] {
  const result: { duty: RecordDuty; state: StateInfo | null }[] = ast.records.map((duty) => ({ duty, state: null }));
  for (const outcome of ast.outcomes) for (const duty of outcome.records) result.push({ duty, state: null });
  for (const state of scope.states) for (const duty of state.decl.records) result.push({ duty, state });
  return result;
}

export function allTimescales(scope: Scope): { timescale: Timescale; state: StateInfo }[] {
  return scope.states.flatMap((state) => state.decl.timescales.map((timescale) => ({ timescale, state })));
}

/** Every element that can carry `cite` or `acknowledge`. */
function annotated(ast: ProtocolDecl, scope: Scope): { cites: Citation[]; acknowledgements: Acknowledgement[] }[] {
  return [
    ast,
    ...ast.roles,
    ...ast.bodies,
    ...ast.agencies,
    ...ast.conditions,
    ...ast.channels,
    ...ast.forms,
    ...ast.registers,
    ...ast.outcomes,
    ...ast.exits,
    ...ast.starts,
    ...ast.routes,
    ...ast.principles,
    ...ast.notes,
    ...ast.quotes,
    ...allRecordDuties(ast, scope).map((r) => r.duty),
    ...scope.states.flatMap((s) => [s.decl, ...s.decl.routes, ...s.decl.timescales, ...s.decl.consultations]),
  ];
}

export function allAcknowledgements(ast: ProtocolDecl, scope: Scope): Acknowledgement[] {
  return [...new Set(annotated(ast, scope).flatMap((a) => a.acknowledgements))];
}

export function allCitations(ast: ProtocolDecl, scope: Scope): Citation[] {
  return [...new Set(annotated(ast, scope).flatMap((a) => a.cites))];
}
