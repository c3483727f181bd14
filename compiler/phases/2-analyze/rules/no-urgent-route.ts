// Safeguarding lint: when a child may be at risk of immediate harm, practitioners need to know they
// can go faster than the usual ladder. A protocol should say how, or say that its source does not.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const noUrgentRoute: Rule = {
  name: 'no-urgent-route',
  check(ctx, { ast, scope }) {
    const routes = [...ast.routes, ...scope.states.flatMap((s) => s.decl.routes)];
    const hasUrgentRoute = routes.some((r) => r.event.name === 'urgent');
    const hasConditionalDeadline = scope.states.some((s) => s.decl.timescales.some((t) => t.primary && t.condition));
    // Another procedure or a shortcut is a way in, but not a faster one for a child at risk.
    const hasDiscretion = ast.starts.some((s) => s.condition !== null && (s.kind === null || s.kind.name === 'urgent'));
    // Leaving for the front door, MASH or the out-of-hours team when a condition arises is an urgent route too.
    const exits = new Set(ast.exits.map((e) => e.id.name));
    const conditions = new Set(ast.conditions.map((c) => c.id.name));
    const hasUrgentExit = routes.some((r) => exits.has(r.target.name) && (conditions.has(r.event.name) || r.condition !== null));
    if (hasUrgentRoute || hasConditionalDeadline || hasDiscretion || hasUrgentExit || ast.stages.length === 0) return;
    report(ctx, 'no_urgent_route', ast.id?.span ?? ast.span, {}, { acknowledgedBy: [ast.acknowledgements] });
  },
};
