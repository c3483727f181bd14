// Every name a protocol refers to must be declared, and be the right kind of thing: a route goes to
// a stage, an outcome or an exit; a meeting is between roles; a citation names a passage.
import type { Name } from '../../../../dsl/ast.ts';
import type { CompileContext } from '../../../context.ts';
import { report, suggestion } from '../../../diagnostics/report.ts';
import { closest } from '../../../diagnostics/suggest.ts';
import { BUILTIN_EVENTS } from '../facts.ts';
import type { Scope, SymbolKind } from '../scope.ts';
import type { Rule } from '../rule.ts';
import { allCitations, allNotifications, allRecordDuties, allSteps } from '../walk.ts';

function orList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function withArticle(phrase: string): string {
  return `${/^[aeiou]/.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function resolver(ctx: CompileContext, scope: Scope) {
  return (name: Name, kinds: SymbolKind[], place: string, extra: string[] = []) => {
    if (extra.includes(name.name)) return;
    const found = scope.symbols.get(name.name);
    const expected = orList(kinds);
    if (!found) {
      const candidates = [...scope.symbols.values()].filter((s) => kinds.includes(s.kind)).map((s) => s.name.name);
      report(ctx, 'undefined_name', name.span, {
        kind: expected,
        name: name.name,
        suggestion: suggestion(closest(name.name, [...candidates, ...extra])),
      });
    } else if (!kinds.includes(found.kind)) {
      report(ctx, 'wrong_kind', name.span, { name: name.name, actual: withArticle(found.kind), place, expected: withArticle(expected) }, {
        related: [{ message: `'${name.name}' is declared here.`, span: found.name.span }],
      });
    }
  };
}

/** A route's event is one of the built-in events or a declared condition. */
function checkEvent(ctx: CompileContext, scope: Scope, event: Name): void {
  // Looked up by name first: listing every symbol for every route made a large protocol quadratic.
  if (Object.hasOwn(BUILTIN_EVENTS, event.name) || scope.symbols.get(event.name)?.kind === 'condition') return;
  const builtins = Object.keys(BUILTIN_EVENTS);
  const conditions = [...scope.symbols.values()].filter((s) => s.kind === 'condition').map((s) => s.name.name);
  report(ctx, 'unknown_value', event.span, {
    value: event.name,
    what: 'route event',
    suggestion: suggestion(closest(event.name, [...builtins, ...conditions])),
    allowed: [...builtins, ...conditions.map((c) => `${c} (a condition)`)].join(', '),
  });
}

export const undefinedNames: Rule = {
  name: 'undefined-names',
  check(ctx, { ast, scope }) {
    const resolve = resolver(ctx, scope);
    for (const role of ast.roles) for (const e of role.equivalents) if (e.agency) resolve(e.agency, ['agency'], 'an equivalent');
    for (const body of ast.bodies) if (body.partOf) resolve(body.partOf, ['body'], "'part of'");
    for (const outcome of ast.outcomes) if (outcome.body) resolve(outcome.body, ['body'], "an outcome's body");
    for (const start of ast.starts) {
      for (const target of start.targets) resolve(target, ['stage', 'level'], 'a start');
      if (start.condition) resolve(start.condition, ['condition'], "a start's 'when'");
      for (const role of start.after) resolve(role, ['role'], "'after consulting'");
    }
    const routes = [...ast.routes, ...scope.states.flatMap((s) => s.decl.routes)];
    for (const route of routes) {
      checkEvent(ctx, scope, route.event);
      if (route.condition) resolve(route.condition, ['condition'], "a route's 'when'");
      resolve(route.target, ['stage', 'level', 'outcome', 'exit'], 'a route');
    }
    for (const state of scope.states) {
      const d = state.decl;
      for (const m of d.meetings) {
        resolve(m.role, ['role'], "'meets'");
        if (m.with) resolve(m.with, ['role'], "'meets … with'", ['counterpart']);
      }
      if (d.owner) resolve(d.owner, ['role'], "'owner'");
      for (const c of d.consultations) for (const role of c.roles) resolve(role, ['role'], "'consult'");
      for (const body of d.convenes) resolve(body, ['body'], "'convenes'");
      for (const r of d.requiredForms) resolve(r.form, ['form'], "'required form'");
      for (const t of d.timescales) {
        if (t.anchor) resolve(t.anchor, ['stage', 'level'], "a timescale's 'of'", ['escalation']);
        if (t.condition) resolve(t.condition, ['condition'], "a timescale's 'when'");
      }
    }
    for (const { duty } of allRecordDuties(ast, scope)) {
      resolve(duty.record, ['form', 'register'], "'record'");
      for (const role of [...duty.by, ...duty.sharedWith]) resolve(role, ['role'], 'a recording duty');
      if (duty.from) resolve(duty.from, ['stage', 'level'], "'from'");
      if (duty.condition) resolve(duty.condition, ['condition'], "a recording duty's 'when'");
    }
    for (const { step } of allSteps(ast, scope)) {
      for (const role of step.by) resolve(role, ['role'], "a step's 'by'");
      if (step.anchor) resolve(step.anchor, ['step'], "a step's 'of'", ['escalation']);
      if (step.condition) resolve(step.condition, ['condition'], "a step's 'when'");
    }
    for (const { notification } of allNotifications(ast, scope)) {
      const verb = notification.kind === 'notify' ? "'notify'" : `'${notification.kind} to'`;
      for (const to of notification.to) resolve(to, ['role', 'body', 'agency'], verb);
      for (const role of notification.by) resolve(role, ['role'], `${verb}'s 'by'`);
      if (notification.condition) resolve(notification.condition, ['condition'], `${verb}'s 'when'`);
    }
    for (const phase of ast.phases) {
      resolve(phase.from, ['stage'], "a phase's 'from'");
      resolve(phase.to, ['stage'], "a phase's 'to'");
    }
    for (const cite of allCitations(ast, scope)) {
      for (const passage of cite.passages) {
        if (scope.passages.has(passage.name)) continue;
        report(ctx, 'undefined_name', passage.span, {
          kind: 'passage',
          name: passage.name,
          suggestion: suggestion(closest(passage.name, scope.passages.keys())),
        });
      }
    }
  },
};
