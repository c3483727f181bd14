// Practitioners need to know how an escalation ends: resolved, a final decision, learning referred.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const noTerminalOutcome: Rule = {
  name: 'no-terminal-outcome',
  check(ctx, { ast, scope }) {
    if (ast.stages.length === 0) return;
    const routes = [...ast.routes, ...scope.states.flatMap((s) => s.decl.routes)];
    const endsInOutcome = routes.some((r) => scope.symbols.get(r.target.name)?.kind === 'outcome');
    if (!endsInOutcome) report(ctx, 'no_terminal_outcome', ast.id?.span ?? ast.span, {});
  },
};
