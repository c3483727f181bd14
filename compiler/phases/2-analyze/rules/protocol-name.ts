// Outputs go to `<out>/<protocol name>/`, so a file named differently from its protocol is hard to
// trace from its outputs.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const protocolName: Rule = {
  name: 'protocol-name',
  check(ctx, { ast }) {
    const base = ctx.file.split(/[\\/]/).pop() ?? '';
    if (!ast.id || !base.endsWith('.protocol')) return;
    const fileId = base.slice(0, -'.protocol'.length);
    if (fileId !== ast.id.name) {
      report(ctx, 'protocol_name_mismatch', ast.id.span, { id: ast.id.name, file: base }, { acknowledgedBy: [ast.acknowledgements] });
    }
  },
};
