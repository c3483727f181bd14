// What the analyze phase knows about a protocol: the tree, its symbols, the entry point and the
// worst-case totals. Rules read it; the lowering turns it into the IR.
import type { ProtocolDecl } from '../../../dsl/ast.ts';
import type { CompileContext } from '../../context.ts';
import { type CumulativeResult, computeCumulative } from './cumulative.ts';
import { buildScope, type Scope, type StateInfo } from './scope.ts';

export interface Analysis {
  ast: ProtocolDecl;
  scope: Scope;
  /** The default start: `start at <stage>`, else the first stage. */
  initial: StateInfo | null;
  cumulative: Map<StateInfo, CumulativeResult>;
}

export function createAnalysis(ctx: CompileContext, ast: ProtocolDecl): Analysis {
  const scope = buildScope(ctx, ast);
  const explicit = ast.starts.find((s) => !s.anyStage && !s.condition && s.targets.length > 0);
  const initial = explicit ? (scope.stateById.get(explicit.targets[0]!.name) ?? null) : (scope.states[0] ?? null);
  return { ast, scope, initial, cumulative: computeCumulative(scope, initial) };
}
