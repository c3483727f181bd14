// The tokens of the protocol language. Keywords lead statements; value words such as units,
// nations and outcome kinds are plain identifiers checked by the analyzer, so a misspelling gets a
// "did you mean" instead of a syntax error.
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { identifierMatcher, identifierStartHint, numberMatcher, unicodeMatcher as unicode } from './token-matchers.ts';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\u00a0\ufeff]+/, group: Lexer.SKIPPED });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });

// Triple-quoted strings hold long passages of published text across lines.
export const TextBlock = createToken({ name: 'TextBlock', pattern: /"""[\s\S]*?"""/, line_breaks: true });
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^"\\\n]|\\.)*"/ });
// A day (2025-04-01) or, for an effective date when the source states only the month, a month (2019-09).
export const DateLiteral = createToken({ name: 'DateLiteral', pattern: /\d{4}-\d{2}(?:-\d{2})?(?![\w-])/ });
export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  pattern: numberMatcher(),
  start_chars_hint: [...'0123456789'],
  line_breaks: false,
});
export const Identifier = createToken({
  name: 'Identifier',
  pattern: identifierMatcher(),
  // Every token type gives its first characters, so the lexer tries only the few that can match.
  start_chars_hint: identifierStartHint(/[\p{L}_]/u),
  line_breaks: false,
});

export const LCurly = createToken({ name: 'LCurly', pattern: /{/, label: "'{'" });
export const RCurly = createToken({ name: 'RCurly', pattern: /}/, label: "'}'" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Arrow = createToken({ name: 'Arrow', pattern: /->|→/, label: "'->'" });

const keywordTokens: Record<string, TokenType> = {};

// Keywords are not lexer patterns: the lexer reads every word as an Identifier and the keyword
// table then retypes the words that are exactly a keyword (markKeywords in lexer.ts). One pattern
// and one map lookup per word, instead of trying every keyword that starts with the word's letter.
// Only `further`, whose token may hold two words ("a further"), is matched by the lexer itself.
function keyword(word: string, pattern?: string, startChars: string = word[0]!): TokenType {
  const token = createToken({
    name: word[0]!.toUpperCase() + word.slice(1),
    pattern: pattern === undefined ? Lexer.NA : unicode(pattern),
    ...(pattern === undefined ? {} : { line_breaks: false, longer_alt: Identifier, start_chars_hint: [...startChars].map((c) => c.charCodeAt(0)) }),
    // Every keyword is also an identifier, so a role may be called `chair` or a passage `what`:
    // keywords are only special where the grammar expects them.
    categories: [Identifier],
    label: `'${word}'`,
  });
  keywordTokens[word] = token;
  return token;
}

// Declarations and metadata (reserved only where the grammar expects them; see `categories`)
export const Protocol = keyword('protocol');
export const Title = keyword('title');
export const Partnership = keyword('partnership');
export const Abbreviation = keyword('abbreviation');
export const Version = keyword('version');
export const Effective = keyword('effective');
export const Supersedes = keyword('supersedes');
export const Closure = keyword('closure');
export const Source = keyword('source');
export const Url = keyword('url');
export const Publisher = keyword('publisher');
export const Passage = keyword('passage');
export const Nation = keyword('nation');
export const Applies = keyword('applies');
export const To = keyword('to');
export const Agency = keyword('agency');
export const Role = keyword('role');
export const Description = keyword('description');
export const Equivalent = keyword('equivalent');
export const Example = keyword('example');
export const Body = keyword('body');
export const Kind = keyword('kind');
export const Part = keyword('part');
export const Of = keyword('of');
export const Composition = keyword('composition');
export const Members = keyword('members');
export const Chair = keyword('chair');
export const Condition = keyword('condition');
export const Channel = keyword('channel');
export const Discouraged = keyword('discouraged');
export const Because = keyword('because');
export const Form = keyword('form');
export const Appendix = keyword('appendix');
export const Field = keyword('field');
export const Type = keyword('type');
export const Required = keyword('required');
// A choice field's listed options, and a field the partnership collates as monitoring data.
export const Options = keyword('options');
export const Monitoring = keyword('monitoring');
export const Help = keyword('help');
export const Per = keyword('per');
export const Log = keyword('log');
export const Register = keyword('register');
// Stages
export const Stage = keyword('stage');
export const Level = keyword('level');
export const Meets = keyword('meets');
export const With = keyword('with');
export const Owner = keyword('owner');
export const May = keyword('may');
export const Should = keyword('should');
export const Consult = keyword('consult');
export const Convenes = keyword('convenes');
export const Action = keyword('action');
export const Result = keyword('result');
export const Deadline = keyword('deadline');
export const Timescale = keyword('timescale');
export const Immediately = keyword('immediately');
export const Within = keyword('within');
// "a further" is one token so that "a" stays free as an ordinary word elsewhere.
export const Further = keyword('further', '(?:a[ \\t]+)?further(?![\\p{L}\\p{N}_-])', 'af');
export const Wording = keyword('wording');
export const Total = keyword('total');
export const Binding = keyword('binding');
export const Indicative = keyword('indicative');
// `timescales indicative`: the protocol's timescales are all indicative (issue 10 item 5).
export const Timescales = keyword('timescales');
export const For = keyword('for');
export const On = keyword('on');
export const When = keyword('when');
export const Record = keyword('record');
export const By = keyword('by');
export const Shared = keyword('shared');
export const What = keyword('what');
export const At = keyword('at');
export const Every = keyword('every');
export const From = keyword('from');
export const Renamed = keyword('renamed');
export const Outcome = keyword('outcome');
export const Exit = keyword('exit');
export const Start = keyword('start');
export const Any = keyword('any');
export const After = keyword('after');
export const Consulting = keyword('consulting');
export const Principle = keyword('principle');
export const Note = keyword('note');
export const Quote = keyword('quote');
export const Briefing = keyword('briefing');
export const Section = keyword('section');
export const Remember = keyword('remember');
export const Question = keyword('question');
export const Acknowledge = keyword('acknowledge');
export const Cite = keyword('cite');
// Fidelity to the source text (issue 11)
export const Retrieved = keyword('retrieved');
export const Text = keyword('text');
export const Not = keyword('not');
export const Encoded = keyword('encoded');
export const Inferred = keyword('inferred');
export const Full = keyword('full');
export const Procedure = keyword('procedure');
// Steps, duties and notifications (issue 10)
export const Step = keyword('step');
export const Notify = keyword('notify');
export const Copy = keyword('copy');
export const Refer = keyword('refer');
export const Or = keyword('or');
export const Sooner = keyword('sooner');
export const Later = keyword('later');
export const Phase = keyword('phase');
export const Side = keyword('side');

export const keywords = Object.values(keywordTokens);
export const keywordWords: ReadonlySet<string> = new Set(Object.keys(keywordTokens));
/** The keywords the lexer does not match itself: a word spelt exactly so is retyped (lexer.ts). */
export const keywordByWord: ReadonlyMap<string, TokenType> = new Map(Object.entries(keywordTokens).filter(([, t]) => t !== Further));

/** Every token type the parser knows. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  TextBlock,
  StringLiteral,
  DateLiteral,
  NumberLiteral,
  Arrow,
  LCurly,
  RCurly,
  LParen,
  RParen,
  Comma,
  ...keywords,
  Identifier,
];

/** The token types the lexer matches, in the order it tries them: `further` before Identifier, so it wins on its exact word (longer_alt hands "furthermore" back). */
export const lexerTokens: TokenType[] = allTokens.filter((t) => t.PATTERN !== Lexer.NA);
