// Two routes on the same event from the same place leave the next step ambiguous.
import type { Route } from '../../../../dsl/ast.ts';
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const duplicateRoute: Rule = {
  name: 'duplicate-route',
  check(ctx, { ast, scope }) {
    const groups: [string, Route[]][] = [['any stage', ast.routes], ...scope.states.map((s): [string, Route[]] => [s.decl.id.name, s.decl.routes])];
    for (const [owner, routes] of groups) {
      const seen = new Map<string, Route>();
      for (const route of routes) {
        const key = `${route.event.name}|${route.condition?.name ?? ''}`;
        const first = seen.get(key);
        if (first) {
          report(ctx, 'duplicate_route', route.span, {
            stage: owner,
            event: route.event.name,
            condition: route.condition ? ` when '${route.condition.name}'` : '',
          }, { related: [{ message: 'The first route is here.', span: first.span }] });
        } else seen.set(key, route);
      }
    }
  },
};
