// Hover: for a keyword, what it means (with the reference section); for a name, its declaration and
// the published words it cites; for a passage, its text.
import { keywordWords } from '../../dsl/tokens.ts';
import { type DocumentIndex, declarationOf, occurrenceAt } from './document-index.ts';
import { keywordHelp } from './keyword-help.ts';
import { wordAt } from './words.ts';

export interface HoverResult {
  markdown: string;
  span: { start: number; end: number };
}


function quote(text: string): string {
  return text
    .split(/\s*\n\s*/)
    .join(' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function hover(text: string, offset: number, index: DocumentIndex | null, stale: boolean): HoverResult | null {
  const word = wordAt(text, offset);
  if (!word) return null;
  // On a stale index, positions no longer match: look the word up by name instead.
  const occurrence = index && !stale ? occurrenceAt(index, offset) : null;
  const declaration = occurrence && index
    ? declarationOf(index, occurrence)
    : (index?.symbols.get(word.text) ?? index?.passages.get(word.text) ?? null);
  if (declaration && index) {
    const lines = [`**${declaration.kind}** \`${declaration.name.name}\``];
    if (declaration.kind === 'passage') {
      if (declaration.title) lines.push('', `> ${quote(declaration.title.value)}`);
    } else {
      if (declaration.title) lines.push('', quote(declaration.title.value));
      for (const cited of declaration.cites) {
        const passage = index.passages.get(cited);
        if (passage?.title) lines.push('', `\`${cited}\`: “${quote(passage.title.value)}”`);
      }
    }
    return { markdown: lines.join('\n'), span: word.span };
  }
  if (keywordWords.has(word.text)) {
    const help = keywordHelp(word.text);
    const lines = [`**${word.text}** (keyword)`];
    if (help.summary) lines.push('', help.summary);
    lines.push('', `See “${help.section}” in the language reference (docs/language.md).`);
    return { markdown: lines.join('\n'), span: word.span };
  }
  return null;
}
