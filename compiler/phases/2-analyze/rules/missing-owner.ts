// Someone must be responsible for moving each stage on; a stage without a role is a stage nobody
// acts on.
import { report } from '../../../diagnostics/report.ts';
import { ackChain, type StateInfo } from '../scope.ts';
import type { Rule } from '../rule.ts';

function owned(state: StateInfo | null): boolean {
  for (let s = state; s; s = s.parent) if (s.decl.owner || s.decl.meetings.length > 0) return true;
  return false;
}

export const missingOwner: Rule = {
  name: 'missing-owner',
  check(ctx, { ast, scope }) {
    for (const state of scope.states) {
      if (owned(state) || state.children.length > 0) continue;
      report(ctx, 'missing_owner', state.decl.id.span, { kind: state.decl.kind, stage: state.decl.id.name }, {
        acknowledgedBy: ackChain(ast, state),
      });
    }
  },
};
