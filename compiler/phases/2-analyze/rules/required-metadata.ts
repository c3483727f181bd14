// A protocol must say what it is, whose it is and which nation's calendar it follows; each of these
// is given once.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const requiredMetadata: Rule = {
  name: 'required-metadata',
  check(ctx, { ast }) {
    const at = ast.id?.span ?? ast.span;
    if (ast.title.length === 0) report(ctx, 'missing_required', at, { field: 'title', example: 'title "…"' });
    if (ast.partnership.length === 0) {
      report(ctx, 'missing_required', at, { field: 'partnership', example: 'partnership "…" abbreviation "…"' });
    }
    if (ast.nation.length === 0) report(ctx, 'missing_required', at, { field: 'nation', example: 'nation england' });
    const once: [string, { span: { start: number; end: number } }[]][] = [
      ['title', ast.title],
      ['partnership', ast.partnership],
      ['version', ast.version],
      ['effective', ast.effective],
      ['supersedes', ast.supersedes],
      ['nation', ast.nation],
      ['applies to', ast.appliesTo.map((list) => list[0]!).filter(Boolean)],
      ['source', ast.sources],
    ];
    for (const [field, items] of once) {
      for (const extra of items.slice(1)) {
        report(ctx, 'repeated_metadata', extra.span, { field }, { related: [{ message: 'First given here.', span: items[0]!.span }] });
      }
    }
  },
};
