// Grammar of what people must do besides meeting: named timed steps, notifications (notify, copy
// to, refer to), timescale qualifiers ("or sooner …", "or later …") and routes, whose block may
// carry steps, notifications and recording duties of their own.
import * as T from '../tokens.ts';
import { BaseGrammar } from './grammar-base.ts';

export class DutyGrammar extends BaseGrammar {
  /** `or sooner "where the child's plan requires it"`, `or later "by the next panel meeting"`. */
  qualifier = this.RULE('qualifier', () => {
    this.CONSUME(T.Or);
    this.OR([{ ALT: () => this.CONSUME(T.Sooner) }, { ALT: () => this.CONSUME(T.Later) }]);
    this.SUBRULE(this.text);
  });

  /** `notify partnership "that the matter is at stage 3" within 2 working days when cp { by chair }` */
  notification = this.RULE('notification', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Notify) },
      { ALT: () => { this.CONSUME(T.Copy); this.CONSUME(T.To); } },
      { ALT: () => { this.CONSUME(T.Refer); this.CONSUME2(T.To); } },
    ]);
    this.SUBRULE(this.nameList, { LABEL: 'to' });
    this.OPTION(() => this.SUBRULE(this.text, { LABEL: 'what' }));
    this.OPTION2(() => this.SUBRULE(this.duration));
    this.OPTION3(() => { this.CONSUME(T.When); this.CONSUME(T.Identifier, { LABEL: 'condition' }); });
    this.OPTION4(() =>
      this.block([
        { ALT: () => { this.CONSUME(T.By); this.SUBRULE2(this.nameList, { LABEL: 'by' }); } },
        { ALT: () => this.SUBRULE(this.annotation) },
      ]),
    );
  });

  /** `step respond "Respond in writing" within 4 working days [of acknowledge] [when c] { … }` */
  step = this.RULE('step', () => {
    this.CONSUME(T.Step);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.text, { LABEL: 'action' });
    this.OPTION(() => this.SUBRULE(this.duration));
    this.OPTION2(() => { this.CONSUME(T.Of); this.CONSUME2(T.Identifier, { LABEL: 'anchor' }); });
    this.OPTION3(() => { this.CONSUME(T.When); this.CONSUME3(T.Identifier, { LABEL: 'condition' }); });
    this.OPTION4(() => this.block([{ ALT: () => this.SUBRULE(this.stepItem) }]));
  });

  stepItem = this.RULE('stepItem', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.By); this.SUBRULE(this.nameList, { LABEL: 'by' }); } },
      { ALT: () => { this.CONSUME(T.Wording); this.SUBRULE(this.text, { LABEL: 'wording' }); } },
      { ALT: () => this.CONSUME(T.Binding) },
      { ALT: () => this.CONSUME(T.Indicative) },
      { ALT: () => this.SUBRULE(this.qualifier) },
      { ALT: () => this.SUBRULE(this.notification) },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });

  route = this.RULE('route', () => {
    this.CONSUME(T.On);
    this.CONSUME(T.Identifier, { LABEL: 'event' });
    this.OPTION(() => {
      this.CONSUME(T.When);
      this.CONSUME2(T.Identifier, { LABEL: 'condition' });
    });
    this.CONSUME(T.Arrow);
    this.CONSUME3(T.Identifier, { LABEL: 'target' });
    this.OPTION2(() =>
      this.block([
        { ALT: () => this.SUBRULE(this.step) },
        { ALT: () => this.SUBRULE(this.notification) },
        { ALT: () => this.SUBRULE(this.recordDuty) },
        { ALT: () => this.SUBRULE(this.annotation) },
      ]),
    );
  });
}
