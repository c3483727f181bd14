// The shape of a check rule: one file per rule under rules/, listed in order in rules/index.ts.
import type { CompileContext } from '../../context.ts';
import type { Analysis } from './analysis.ts';

export interface Rule {
  name: string;
  check(ctx: CompileContext, analysis: Analysis): void;
}
