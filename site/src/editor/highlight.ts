// Highlighting from the language's own lexer (dsl/tokens.ts), so the editor colours exactly the
// words the compiler treats as keywords, texts, numbers and arrows. Comments are skipped by the
// lexer, so they are what is left between tokens.
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, type DecorationSet, type EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';
import type { ProtocolLexer } from '../../../dsl/lexer.ts';
import { keywords } from '../../../dsl/tokens.ts';

const KEYWORDS = new Set(keywords.map((k) => k.name));
const marks = {
  keyword: Decoration.mark({ class: 'sp-tok-keyword' }),
  text: Decoration.mark({ class: 'sp-tok-text' }),
  number: Decoration.mark({ class: 'sp-tok-number' }),
  operator: Decoration.mark({ class: 'sp-tok-operator' }),
  comment: Decoration.mark({ class: 'sp-tok-comment' }),
};

function classify(tokenType: string): keyof typeof marks | null {
  if (KEYWORDS.has(tokenType)) return 'keyword';
  if (tokenType === 'StringLiteral' || tokenType === 'TextBlock') return 'text';
  if (tokenType === 'NumberLiteral' || tokenType === 'DateLiteral') return 'number';
  if (tokenType === 'Arrow') return 'operator';
  return null;
}

export function decorate(text: string, lexer: ProtocolLexer): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const { tokens } = lexer.tokenize(text);
  let last = 0;
  const gap = (from: number, to: number) => {
    // Between two tokens there is only white space and comments (or characters the lexer refused).
    for (const m of text.slice(from, to).matchAll(/\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g)) {
      builder.add(from + m.index, from + m.index + m[0].length, marks.comment);
    }
  };
  for (const token of tokens) {
    gap(last, token.startOffset);
    const end = (token.endOffset ?? token.startOffset) + 1;
    const kind = classify(token.tokenType.name);
    if (kind && end > token.startOffset) builder.add(token.startOffset, end, marks[kind]);
    last = end;
  }
  gap(last, text.length);
  return builder.finish();
}

export function protocolHighlighting(lexer: ProtocolLexer) {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = decorate(view.state.doc.toString(), lexer);
      }
      update(update: ViewUpdate) {
        if (update.docChanged) this.decorations = decorate(update.state.doc.toString(), lexer);
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}
