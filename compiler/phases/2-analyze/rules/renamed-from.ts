// `renamed from <old-id>` tells `stepladder diff` which stage of the previous version this one is.
// The old id must really be gone, and one old stage can have become only one new one: otherwise the
// amendment log would pair the wrong stages.
import type { Name } from '../../../../dsl/ast.ts';
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const renamedFrom: Rule = {
  name: 'renamed-from',
  check(ctx, { scope }) {
    const taken = new Map<string, Name>();
    for (const state of scope.states) {
      const { id, renamedFrom: old } = state.decl;
      if (!old) continue;
      if (scope.symbols.has(old.name)) {
        report(ctx, 'renamed_from_existing', old.span, { name: id.name, old: old.name });
        continue;
      }
      const first = taken.get(old.name);
      if (first) report(ctx, 'renamed_from_twice', old.span, { old: old.name, first: first.name, name: id.name });
      else taken.set(old.name, id);
    }
  },
};
