// Practitioners need to know which version of a protocol they are reading and from when it applies.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const missingMetadata: Rule = {
  name: 'missing-metadata',
  check(ctx, { ast }) {
    const missing = [ast.version.length === 0 && 'version', ast.effective.length === 0 && 'effective date'].filter(Boolean);
    if (missing.length === 0) return;
    report(ctx, 'missing_metadata', ast.id?.span ?? ast.span, { fields: missing.join(' or ') }, { acknowledgedBy: [ast.acknowledgements] });
  },
};
