// Grammar of the declarations a protocol makes before (and besides) its stages: metadata, the
// source and its passages, roles, bodies, conditions, channels, forms, registers, outcomes, exits,
// principles, notes, quotations and briefing prose.
import * as T from '../tokens.ts';
import { DutyGrammar } from './grammar-duties.ts';

export class DeclarationGrammar extends DutyGrammar {
  source = this.RULE('source', () => {
    this.CONSUME(T.Source);
    this.block([
      { ALT: () => { this.CONSUME(T.Title); this.SUBRULE(this.text, { LABEL: 'title' }); } },
      { ALT: () => { this.CONSUME(T.Url); this.SUBRULE2(this.text, { LABEL: 'url' }); } },
      { ALT: () => { this.CONSUME(T.Publisher); this.SUBRULE3(this.text, { LABEL: 'publisher' }); } },
      { ALT: () => { this.CONSUME(T.Retrieved); this.SUBRULE4(this.text, { LABEL: 'retrieved' }); } },
      // The file beside the protocol that holds the source's full published text.
      { ALT: () => { this.CONSUME(T.Text); this.SUBRULE5(this.text, { LABEL: 'file' }); } },
      // The fuller document the source points readers to ("Full escalation procedure available on …").
      { ALT: () => { this.CONSUME(T.Full); this.CONSUME(T.Procedure); this.SUBRULE6(this.text, { LABEL: 'fullProcedure' }); } },
      { ALT: () => this.SUBRULE(this.passage) },
    ]);
  });

  passage = this.RULE('passage', () => {
    this.CONSUME(T.Passage);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.text);
    // Source text set aside on purpose: `not encoded "reason"` (coverage counts it as accounted for).
    this.OPTION(() => {
      this.CONSUME(T.Not);
      this.CONSUME(T.Encoded);
      this.OPTION2(() => this.SUBRULE2(this.text, { LABEL: 'reason' }));
    });
  });

  role = this.RULE('role', () => {
    this.declaration(T.Role, [
      { ALT: () => { this.CONSUME(T.Description); this.SUBRULE2(this.text, { LABEL: 'description' }); } },
      { ALT: () => this.SUBRULE(this.equivalent) },
      { ALT: () => { this.CONSUME(T.Example); this.SUBRULE3(this.text, { LABEL: 'example' }); } },
      // Whose agency the role is in: the person raising the concern's own (`own`) or the other one.
      { ALT: () => { this.CONSUME(T.Side); this.CONSUME2(T.Identifier, { LABEL: 'side' }); } },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });

  equivalent = this.RULE('equivalent', () => {
    this.CONSUME(T.Equivalent);
    this.SUBRULE(this.text);
    this.OPTION(() => { this.CONSUME(T.For); this.CONSUME(T.Identifier); });
  });

  body = this.RULE('body', () => {
    this.declaration(T.Body, [
      { ALT: () => { this.CONSUME(T.Kind); this.CONSUME2(T.Identifier, { LABEL: 'kind' }); } },
      { ALT: () => { this.CONSUME(T.Part); this.CONSUME(T.Of); this.CONSUME3(T.Identifier, { LABEL: 'partOf' }); } },
      { ALT: () => { this.CONSUME(T.Composition); this.SUBRULE2(this.text, { LABEL: 'composition' }); } },
      { ALT: () => { this.CONSUME(T.Members); this.CONSUME(T.NumberLiteral, { LABEL: 'members' }); } },
      { ALT: () => { this.CONSUME(T.Chair); this.SUBRULE3(this.text, { LABEL: 'chair' }); } },
      { ALT: () => { this.CONSUME(T.Description); this.SUBRULE4(this.text, { LABEL: 'description' }); } },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });

  /** `agency`, `condition`, `register` and `exit`: a name, a title and an optional block. */
  simpleDeclaration = this.RULE('simpleDeclaration', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Agency) },
      { ALT: () => this.CONSUME(T.Condition) },
      { ALT: () => this.CONSUME(T.Register) },
      { ALT: () => this.CONSUME(T.Exit) },
    ]);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.text);
    this.OPTION(() =>
      this.block([
        { ALT: () => { this.CONSUME(T.Description); this.SUBRULE2(this.text, { LABEL: 'description' }); } },
        { ALT: () => this.SUBRULE(this.annotation) },
      ]),
    );
  });

  channel = this.RULE('channel', () => {
    this.declaration(T.Channel, [
      {
        ALT: () => {
          this.CONSUME(T.Discouraged);
          this.OPTION2(() => { this.CONSUME(T.Because); this.SUBRULE2(this.text, { LABEL: 'reason' }); });
        },
      },
      { ALT: () => { this.CONSUME(T.Description); this.SUBRULE3(this.text, { LABEL: 'description' }); } },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });

  form = this.RULE('form', () => {
    this.declaration(T.Form, [
      { ALT: () => { this.CONSUME(T.Appendix); this.SUBRULE2(this.text, { LABEL: 'appendix' }); } },
      { ALT: () => { this.CONSUME(T.Description); this.SUBRULE3(this.text, { LABEL: 'description' }); } },
      { ALT: () => { this.CONSUME(T.Per); this.CONSUME(T.Stage, { LABEL: 'perStage' }); } },
      // A running register with a row per case (Sefton's Escalation Summary Log), not a form per case.
      { ALT: () => this.CONSUME(T.Log) },
      { ALT: () => this.SUBRULE(this.field) },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });

  field = this.RULE('field', () => {
    this.declaration(T.Field, [
      { ALT: () => { this.CONSUME(T.Type); this.CONSUME2(T.Identifier, { LABEL: 'type' }); } },
      { ALT: () => this.CONSUME(T.Required) },
      { ALT: () => { this.CONSUME(T.Help); this.SUBRULE2(this.text, { LABEL: 'help' }); } },
      // `type choice` lists what may be ticked: `options "Stage 1", "Stage 2"`.
      { ALT: () => { this.CONSUME(T.Options); this.SUBRULE(this.textList, { LABEL: 'options' }); } },
      // Data the partnership collates across cases (stage reached, agencies), printed as such.
      { ALT: () => this.CONSUME(T.Monitoring) },
    ]);
  });

  outcome = this.RULE('outcome', () => {
    this.declaration(T.Outcome, [
      { ALT: () => { this.CONSUME(T.Kind); this.CONSUME2(T.Identifier, { LABEL: 'kind' }); } },
      { ALT: () => this.CONSUME(T.Binding) },
      { ALT: () => { this.CONSUME(T.Body); this.CONSUME3(T.Identifier, { LABEL: 'body' }); } },
      { ALT: () => { this.CONSUME(T.Description); this.SUBRULE2(this.text, { LABEL: 'description' }); } },
      { ALT: () => this.SUBRULE(this.recordDuty) },
      { ALT: () => this.SUBRULE(this.step) },
      { ALT: () => this.SUBRULE(this.notification) },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });

  /** `phase informal "Informal resolution" from step1 to step2`: stages grouped without wrappers. */
  phase = this.RULE('phase', () => {
    this.CONSUME(T.Phase);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.text);
    this.CONSUME(T.From);
    this.CONSUME2(T.Identifier, { LABEL: 'from' });
    this.CONSUME(T.To);
    this.CONSUME3(T.Identifier, { LABEL: 'to' });
    this.OPTION(() => this.SUBRULE(this.annotations));
  });

  /** `principle`, `note` and `quote ... by ...`: published prose kept word for word. */
  prose = this.RULE('prose', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Principle); this.OPTION(() => this.CONSUME(T.Identifier)); this.SUBRULE(this.text); } },
      { ALT: () => { this.CONSUME(T.Note); this.SUBRULE2(this.text); } },
      {
        ALT: () => {
          this.CONSUME(T.Quote);
          this.SUBRULE3(this.text);
          this.CONSUME(T.By);
          this.SUBRULE4(this.text, { LABEL: 'attribution' });
        },
      },
    ]);
    this.OPTION2(() => this.SUBRULE(this.annotations));
  });

  briefing = this.RULE('briefing', () => {
    this.CONSUME(T.Briefing);
    this.block([
      { ALT: () => { this.CONSUME(T.Section); this.CONSUME(T.Identifier); this.SUBRULE(this.text, { LABEL: 'section' }); } },
      { ALT: () => { this.CONSUME(T.Remember); this.SUBRULE2(this.text, { LABEL: 'remember' }); } },
      { ALT: () => { this.CONSUME(T.Action); this.SUBRULE3(this.text, { LABEL: 'action' }); } },
      { ALT: () => { this.CONSUME(T.Question); this.SUBRULE4(this.text, { LABEL: 'question' }); } },
    ]);
  });
}
