// A form required at a stage is printed with when to complete it and by whom, which come from the
// recording duties that use it. A requirement with no duty behind it would print a form nobody is
// told to fill in at that stage.
import { report } from '../../../diagnostics/report.ts';
import { ackChain, type StateInfo } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const requiredFormDuty: Rule = {
  name: 'required-form-duty',
  check(ctx, { ast, scope }) {
    const fromOrder = (name: string | undefined) => (name ? (scope.stateById.get(name)?.order ?? 0) : 0);
    const recordedAt = (state: StateInfo, form: string) =>
      ast.records.some((d) => !d.atOutcome && d.record.name === form && state.order >= fromOrder(d.from?.name)) ||
      [state, state.parent, ...state.children].some((s) => s?.decl.records.some((d) => d.record.name === form) ?? false);
    for (const state of scope.states) {
      for (const required of state.decl.requiredForms) {
        // An undeclared name or a register is already an error (E0101, E0106).
        if (scope.symbols.get(required.form.name)?.kind !== 'form' || recordedAt(state, required.form.name)) continue;
        report(ctx, 'required_form_unrecorded', required.form.span, { form: required.form.name, kind: state.decl.kind, stage: state.decl.id.name }, {
          acknowledgedBy: ackChain(ast, state, required.acknowledgements),
        });
      }
    }
  },
};
