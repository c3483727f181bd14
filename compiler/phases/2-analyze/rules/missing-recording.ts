// Escalations are audited from their records; a stage where nothing is written down leaves no trail.
import { report } from '../../../diagnostics/report.ts';
import { ackChain, type StateInfo } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const missingRecording: Rule = {
  name: 'missing-recording',
  check(ctx, { ast, scope }) {
    const fromOrder = (name: string | undefined) => (name ? (scope.stateById.get(name)?.order ?? 0) : 0);
    const covered = (state: StateInfo) =>
      ast.records.some((d) => !d.atOutcome && state.order >= fromOrder(d.from?.name)) ||
      [state, state.parent].some((s) => (s?.decl.records.length ?? 0) > 0);
    for (const state of scope.states) {
      if (state.children.length > 0 || covered(state)) continue;
      report(ctx, 'missing_recording', state.decl.id.span, { kind: state.decl.kind, stage: state.decl.id.name }, {
        acknowledgedBy: ackChain(ast, state),
      });
    }
  },
};
