// A form or register that no duty uses is either a missing duty or a leftover; either way the
// printed forms would not match the procedure.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';
import { allRecordDuties } from '../walk.ts';

export const unusedDeclarations: Rule = {
  name: 'unused-declarations',
  check(ctx, { ast, scope }) {
    // A form required at a stage is used; whether a duty says who completes it is W0409's concern.
    const used = new Set([
      ...allRecordDuties(ast, scope).map((r) => r.duty.record.name),
      ...scope.states.flatMap((s) => s.decl.requiredForms.map((r) => r.form.name)),
    ]);
    const declared = [...ast.forms.map((f) => ['form', f] as const), ...ast.registers.map((r) => ['register', r] as const)];
    for (const [kind, decl] of declared) {
      if (used.has(decl.id.name)) continue;
      report(ctx, 'unused_form', decl.id.span, { kind, name: decl.id.name }, { acknowledgedBy: [decl.acknowledgements, ast.acknowledgements] });
    }
  },
};
