// Phase 2: check the syntax tree. Every rule runs, so one run reports every problem; the lowering
// only runs when no rule found an error.
import type { ProtocolDecl } from '../../../dsl/ast.ts';
import type { CompileContext } from '../../context.ts';
import { type Analysis, createAnalysis } from './analysis.ts';
import { rules } from './rules/index.ts';

export function analyze(ctx: CompileContext, ast: ProtocolDecl): Analysis {
  const analysis = createAnalysis(ctx, ast);
  for (const rule of rules) rule.check(ctx, analysis);
  return analysis;
}

export type { Analysis };
