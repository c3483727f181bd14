// Completion: the keywords the grammar accepts at the cursor, and the declared names that fit there
// (passages after `cite`, events after `on`, the other names elsewhere a name is expected).
import type { LanguageTools } from '../../dsl/index.ts';
import { Identifier, keywords } from '../../dsl/tokens.ts';
import { BUILTIN_EVENTS } from '../../compiler/phases/2-analyze/events.ts';
import type { DeclarationKind, DocumentIndex } from './document-index.ts';
import type { GrammarAssist } from './grammar-assist.ts';
import { prefixBefore } from './words.ts';

export interface CompletionEntry {
  label: string;
  kind: 'keyword' | 'name' | 'passage' | 'event';
  detail: string;
}

const KEYWORD_BY_TOKEN = new Map(keywords.map((k) => [k, String(k.LABEL ?? k.name).replace(/^'|'$/g, '')]));

/** Kinds of name that fit a labelled place in the grammar; unlisted places take any name. */
const KINDS_BY_LABEL: Record<string, DeclarationKind[]> = {
  target: ['stage', 'level', 'outcome', 'exit'],
  condition: ['condition'],
  targets: ['stage', 'level'],
  from: ['stage', 'level'],
};

const NEW_NAME_AFTER = new Set([
  'protocol', 'role', 'body', 'agency', 'condition', 'channel', 'form', 'register', 'stage', 'level', 'outcome', 'exit',
  'passage', 'field', 'principle', 'nation', 'kind', 'type', 'section', 'acknowledge', 'applies', 'to',
]);

export function complete(text: string, offset: number, tools: LanguageTools, assist: GrammarAssist, index: DocumentIndex | null): CompletionEntry[] {
  const prefix = prefixBefore(text, offset);
  const before = text.slice(0, offset - prefix.length);
  const lexed = tools.lexer.tokenize(before);
  // Inside an unfinished text or comment, or after a character the language does not know: nothing.
  if (lexed.errors.length > 0 || /\/\/[^\n]*$/.test(before)) return [];
  const next = assist.nextTokens(lexed.tokens);
  const entries = new Map<string, CompletionEntry>();
  const add = (entry: CompletionEntry) => {
    if (entry.label.startsWith(prefix) && !entries.has(entry.label)) entries.set(entry.label, entry);
  };
  for (const option of next) {
    const word = KEYWORD_BY_TOKEN.get(option.type);
    if (word) {
      add({ label: word, kind: 'keyword', detail: 'keyword' });
      continue;
    }
    if (option.type !== Identifier || !index) continue;
    if (option.rules.includes('cite')) {
      for (const passage of index.passages.values()) add({ label: passage.name.name, kind: 'passage', detail: 'passage' });
      continue;
    }
    if (option.label === 'event') {
      for (const event of Object.keys(BUILTIN_EVENTS)) add({ label: event, kind: 'event', detail: 'event' });
    }
    // After a declaring keyword the author chooses a new name; after a value keyword (nation,
    // kind, a number's unit…) the word is a value. Neither is a place for declared names.
    const previous = lexed.tokens[lexed.tokens.length - 1];
    if (previous && (NEW_NAME_AFTER.has(previous.image) || previous.tokenType.name === 'NumberLiteral')) continue;
    const kinds = option.label ? KINDS_BY_LABEL[option.label] : undefined;
    for (const d of index.symbols.values()) {
      if (option.label === 'event' ? d.kind === 'condition' : !kinds || kinds.includes(d.kind)) {
        add({ label: d.name.name, kind: 'name', detail: d.kind });
      }
    }
  }
  return [...entries.values()];
}
