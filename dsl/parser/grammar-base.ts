// Grammar rules shared by every construct: text, name lists, citations, acknowledgements,
// durations and recording duties. Rules are class fields so a misspelt sub-rule is a
// compile error; the grammar is split over a short chain of classes to keep each file small.
import { CstParser, type IOrAlt, type IParserConfig, type TokenType } from 'chevrotain';
import * as T from '../tokens.ts';
import { errorMessages } from './error-messages.ts';

export const parserConfig: IParserConfig = {
  recoveryEnabled: true,
  nodeLocationTracking: 'full',
  maxLookahead: 3,
  errorMessageProvider: errorMessages,
};

export class BaseGrammar extends CstParser {
  constructor() {
    super(T.allTokens, parserConfig);
  }

  text = this.RULE('text', () => {
    this.OR([{ ALT: () => this.CONSUME(T.StringLiteral) }, { ALT: () => this.CONSUME(T.TextBlock) }]);
  });

  nameList = this.RULE('nameList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier) });
  });

  /** `"one", "two", "three"`: texts separated by commas (a choice field's options). */
  textList = this.RULE('textList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.text) });
  });

  cite = this.RULE('cite', () => {
    this.CONSUME(T.Cite);
    this.OR([{ ALT: () => this.SUBRULE(this.nameList) }, { ALT: () => this.SUBRULE(this.text) }]);
  });

  acknowledge = this.RULE('acknowledge', () => {
    this.CONSUME(T.Acknowledge);
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.text));
  });

  /** A block that holds only citations and acknowledgements. */
  /**
   * `{ item* }` where each item is one of `items`. Uses occurrence index 8, which no rule uses for
   * its own braces or repetitions, so a rule can call it once alongside its other parts.
   */
  protected block(items: IOrAlt<unknown>[]): void {
    this.CONSUME8(T.LCurly);
    this.MANY8(() => this.OR8(items));
    this.CONSUME8(T.RCurly);
  }

  /** `keyword name "title" { items }`, the block optional: the shape of most declarations. */
  protected declaration(keyword: TokenType, items: IOrAlt<unknown>[]): void {
    this.CONSUME9(keyword);
    this.CONSUME9(T.Identifier);
    this.SUBRULE9(this.text);
    this.OPTION9(() => this.block(items));
  }

  annotations = this.RULE('annotations', () => {
    this.CONSUME(T.LCurly);
    this.MANY(() => this.SUBRULE(this.annotation));
    this.CONSUME(T.RCurly);
  });

  annotation = this.RULE('annotation', () => {
    this.OR([{ ALT: () => this.SUBRULE(this.cite) }, { ALT: () => this.SUBRULE(this.acknowledge) }]);
  });

  /** "working days", "hours", "calendar days": words checked by the analyzer. */
  unit = this.RULE('unit', () => {
    this.CONSUME(T.Identifier);
    // Only a plain word continues a unit: "24 hours of step3" must leave `of` to the anchor.
    this.OPTION({ GATE: () => this.LA(1).tokenType === T.Identifier, DEF: () => this.CONSUME2(T.Identifier) });
  });

  duration = this.RULE('duration', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Immediately) },
      {
        ALT: () => {
          this.CONSUME(T.Within);
          this.OPTION(() => this.CONSUME(T.Further));
          this.CONSUME(T.NumberLiteral);
          this.SUBRULE(this.unit);
        },
      },
    ]);
  });

  recordDuty = this.RULE('recordDuty', () => {
    this.CONSUME(T.Record);
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.block([{ ALT: () => this.SUBRULE(this.recordDutyItem) }]));
  });

  recordDutyItem = this.RULE('recordDutyItem', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.By); this.SUBRULE(this.nameList, { LABEL: 'by' }); } },
      { ALT: () => { this.CONSUME(T.Shared); this.CONSUME(T.With); this.SUBRULE2(this.nameList, { LABEL: 'sharedWith' }); } },
      {
        ALT: () => {
          this.CONSUME(T.At);
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(T.Every);
                this.CONSUME(T.Stage);
                this.OPTION(() => { this.CONSUME(T.From); this.CONSUME(T.Identifier, { LABEL: 'from' }); });
              },
            },
            { ALT: () => this.CONSUME(T.Outcome) },
          ]);
        },
      },
      { ALT: () => { this.CONSUME(T.What); this.SUBRULE(this.text, { LABEL: 'what' }); } },
      // The author's reading where the source is silent, with the reason: `inferred "…"`.
      { ALT: () => { this.CONSUME(T.Inferred); this.OPTION3(() => this.SUBRULE2(this.text, { LABEL: 'inferred' })); } },
      // A duty that applies only in some cases ("only when a child is at risk of significant harm").
      { ALT: () => { this.CONSUME(T.When); this.CONSUME2(T.Identifier, { LABEL: 'condition' }); } },
      { ALT: () => this.SUBRULE(this.annotation) },
    ]);
  });
}
