// A version that supersedes its own version number is the shortest supersedes cycle; the longer
// ones, across files, are found by compiler/versions/check-versions.ts.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const supersedesItself: Rule = {
  name: 'supersedes-itself',
  check(ctx, { ast }) {
    const version = ast.version[0]?.value;
    for (const superseded of ast.supersedes) {
      if (version !== undefined && superseded.value === version) {
        report(ctx, 'supersedes_cycle', superseded.span, { version, id: ast.id?.name ?? 'this protocol', chain: 'itself' });
      }
    }
  },
};
