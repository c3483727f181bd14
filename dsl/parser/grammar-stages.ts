// Grammar of stages, levels and their contents (meetings, consultations, timescales, routes,
// recording duties), of entry points, and of the protocol itself.
import type { CstNode } from 'chevrotain';
import * as T from '../tokens.ts';
import { DeclarationGrammar } from './grammar-declarations.ts';

export class ProtocolGrammar extends DeclarationGrammar {
  constructor() {
    super();
    this.performSelfAnalysis();
  }

  /**
   * Called with each top-level item as soon as it is parsed, when set (parseProtocol sets it for one
   * parse). It may empty the item's children once it has read them: Chevrotain has already taken the
   * item's position into the protocol's node, and never reads the item again.
   */
  onProtocolItem: ((item: CstNode) => void) | null = null;

  protocol = this.RULE('protocol', () => {
    this.CONSUME(T.Protocol);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LCurly);
    this.MANY(() => {
      const item = this.SUBRULE(this.protocolItem);
      this.ACTION(() => this.onProtocolItem?.(item));
    });
    this.CONSUME(T.RCurly);
  });

  protocolItem = this.RULE('protocolItem', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Title); this.SUBRULE(this.text, { LABEL: 'title' }); } },
      {
        ALT: () => {
          this.CONSUME(T.Partnership);
          this.SUBRULE2(this.text, { LABEL: 'partnership' });
          this.OPTION(() => { this.CONSUME(T.Abbreviation); this.SUBRULE3(this.text, { LABEL: 'abbreviation' }); });
        },
      },
      { ALT: () => { this.CONSUME(T.Version); this.SUBRULE4(this.text, { LABEL: 'version' }); } },
      { ALT: () => { this.CONSUME(T.Effective); this.CONSUME(T.DateLiteral, { LABEL: 'effective' }); } },
      { ALT: () => { this.CONSUME(T.Supersedes); this.SUBRULE5(this.text, { LABEL: 'supersedes' }); } },
      { ALT: () => { this.CONSUME(T.Nation); this.CONSUME(T.Identifier, { LABEL: 'nation' }); } },
      { ALT: () => { this.CONSUME(T.Applies); this.CONSUME(T.To); this.SUBRULE(this.nameList, { LABEL: 'appliesTo' }); } },
      {
        ALT: () => {
          this.CONSUME(T.Closure);
          this.CONSUME2(T.DateLiteral, { LABEL: 'closure' });
          this.OPTION2(() => this.SUBRULE6(this.text, { LABEL: 'closureReason' }));
        },
      },
      { ALT: () => this.SUBRULE(this.source) },
      { ALT: () => this.SUBRULE(this.role) },
      { ALT: () => this.SUBRULE(this.body) },
      { ALT: () => this.SUBRULE(this.simpleDeclaration) },
      { ALT: () => this.SUBRULE(this.channel) },
      { ALT: () => this.SUBRULE(this.form) },
      { ALT: () => this.SUBRULE(this.recordDuty) },
      { ALT: () => this.SUBRULE(this.start) },
      { ALT: () => { this.CONSUME(T.At); this.CONSUME(T.Any); this.CONSUME(T.Stage); this.SUBRULE(this.route); } },
      { ALT: () => this.SUBRULE(this.stage) },
      { ALT: () => this.SUBRULE(this.phase) },
      { ALT: () => this.SUBRULE(this.outcome) },
      { ALT: () => this.SUBRULE(this.prose) },
      { ALT: () => this.SUBRULE(this.briefing) },
      { ALT: () => this.SUBRULE(this.indicativeTimescales) },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });

  /** `timescales indicative { cite … }`: every timescale is indicative unless it says `binding`. */
  indicativeTimescales = this.RULE('indicativeTimescales', () => {
    this.CONSUME(T.Timescales);
    this.CONSUME(T.Indicative);
    this.OPTION(() => this.SUBRULE(this.annotations));
  });

  start = this.RULE('start', () => {
    this.CONSUME(T.Start);
    this.CONSUME(T.At);
    this.OR([
      { ALT: () => { this.CONSUME(T.Any); this.CONSUME(T.Stage); } },
      { ALT: () => this.SUBRULE(this.nameList, { LABEL: 'targets' }) },
    ]);
    this.OPTION(() => { this.CONSUME(T.When); this.CONSUME(T.Identifier, { LABEL: 'condition' }); });
    this.OPTION2(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() =>
        this.OR2([
          { ALT: () => { this.CONSUME(T.After); this.CONSUME(T.Consulting); this.SUBRULE2(this.nameList, { LABEL: 'after' }); } },
          // What sort of other way in: urgent (a child at risk), another procedure, or a shortcut.
          { ALT: () => { this.CONSUME(T.Kind); this.CONSUME2(T.Identifier, { LABEL: 'kind' }); } },
          { ALT: () => this.SUBRULE(this.annotation) },
        ]),
      );
      this.CONSUME(T.RCurly);
    });
  });

  /** `stage` and `level` share one shape; the analyzer checks where levels may appear. */
  stage = this.RULE('stage', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Stage) }, { ALT: () => this.CONSUME(T.Level) }]);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.text);
    this.CONSUME(T.LCurly);
    this.MANY(() => this.SUBRULE(this.stageItem));
    this.CONSUME(T.RCurly);
  });

  stageItem = this.RULE('stageItem', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.stage) },
      {
        ALT: () => {
          this.CONSUME(T.Meets);
          this.CONSUME(T.Identifier, { LABEL: 'meets' });
          this.OPTION(() => { this.CONSUME(T.With); this.CONSUME2(T.Identifier, { LABEL: 'meetsWith' }); });
        },
      },
      { ALT: () => { this.CONSUME(T.Owner); this.CONSUME3(T.Identifier, { LABEL: 'owner' }); } },
      { ALT: () => { this.CONSUME(T.Renamed); this.CONSUME(T.From); this.CONSUME4(T.Identifier, { LABEL: 'renamedFrom' }); } },
      { ALT: () => this.SUBRULE(this.consultation) },
      { ALT: () => { this.CONSUME(T.Convenes); this.SUBRULE(this.nameList, { LABEL: 'convenes' }); } },
      { ALT: () => { this.CONSUME(T.Action); this.SUBRULE(this.text, { LABEL: 'action' }); } },
      { ALT: () => { this.CONSUME(T.Result); this.SUBRULE2(this.text, { LABEL: 'result' }); } },
      { ALT: () => { this.CONSUME(T.Description); this.SUBRULE3(this.text, { LABEL: 'description' }); } },
      { ALT: () => { this.CONSUME(T.Note); this.SUBRULE4(this.text, { LABEL: 'note' }); } },
      { ALT: () => this.SUBRULE(this.timescale) },
      { ALT: () => this.SUBRULE(this.route) },
      { ALT: () => this.SUBRULE(this.recordDuty) },
      { ALT: () => this.SUBRULE(this.step) },
      { ALT: () => this.SUBRULE(this.notification) },
      { ALT: () => this.SUBRULE(this.requiredForm) },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });

  /** `required form report_to_sscp { cite … }`: a form that must be completed at this stage. */
  requiredForm = this.RULE('requiredForm', () => {
    this.CONSUME(T.Required);
    this.CONSUME(T.Form);
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.annotations));
  });

  consultation = this.RULE('consultation', () => {
    this.OR([{ ALT: () => this.CONSUME(T.May) }, { ALT: () => this.CONSUME(T.Should) }]);
    this.CONSUME(T.Consult);
    this.SUBRULE(this.nameList);
    this.OPTION(() => { this.CONSUME(T.When); this.SUBRULE(this.text, { LABEL: 'when' }); });
    this.OPTION2(() => this.SUBRULE(this.annotations));
  });

  timescale = this.RULE('timescale', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Deadline) }, { ALT: () => this.CONSUME(T.Timescale) }]);
    this.SUBRULE(this.duration);
    this.OPTION(() => { this.CONSUME(T.Of); this.CONSUME(T.Identifier, { LABEL: 'anchor' }); });
    this.OPTION2(() => { this.CONSUME(T.When); this.CONSUME2(T.Identifier, { LABEL: 'condition' }); });
    this.OPTION3(() => {
      this.CONSUME(T.LCurly);
      this.MANY(() => this.SUBRULE(this.timescaleItem));
      this.CONSUME(T.RCurly);
    });
  });

  timescaleItem = this.RULE('timescaleItem', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.For); this.SUBRULE(this.text, { LABEL: 'purpose' }); } },
      { ALT: () => { this.CONSUME(T.Wording); this.SUBRULE2(this.text, { LABEL: 'wording' }); } },
      {
        ALT: () => {
          this.CONSUME(T.Total);
          this.CONSUME(T.NumberLiteral, { LABEL: 'total' });
          this.SUBRULE(this.unit, { LABEL: 'totalUnit' });
        },
      },
      { ALT: () => this.CONSUME(T.Binding) },
      { ALT: () => this.CONSUME(T.Indicative) },
      { ALT: () => this.SUBRULE(this.qualifier) },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });
}
