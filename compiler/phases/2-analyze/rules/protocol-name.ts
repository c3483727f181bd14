// Outputs go to `<out>/<protocol name>/`, so a file named differently from its protocol is hard to
// trace from its outputs. A folder named after the protocol, holding its versions, is as good.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const protocolName: Rule = {
  name: 'protocol-name',
  check(ctx, { ast }) {
    const base = ctx.file.split(/[\\/]/).pop() ?? '';
    if (!ast.id || !base.endsWith('.protocol')) return;
    const fileId = base.slice(0, -'.protocol'.length);
    // Versions of one protocol kept side by side sit in a folder named after it (sefton/2019.protocol).
    const folder = ctx.file.split(/[\\/]/).at(-2);
    if (fileId !== ast.id.name && folder !== ast.id.name) {
      report(ctx, 'protocol_name_mismatch', ast.id.span, { id: ast.id.name, file: base }, { acknowledgedBy: [ast.acknowledgements] });
    }
  },
};
