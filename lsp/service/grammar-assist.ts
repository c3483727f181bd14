// Which tokens may come next at a point in a protocol, read from the parser's own grammar.
// Chevrotain 13 no longer exports `computeContentAssist`, so this walks the grammar it records
// (`getGAstProductions`, public API) the same way: every path through the rules that matches the
// tokens so far, then the terminals each path could take next. No state is kept between calls.
import {
  Alternation,
  type Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Terminal,
  tokenMatcher,
  type IProduction,
  type IToken,
  type Rule,
  type TokenType,
} from 'chevrotain';

/** The grammar in a shape the walk can use: sequences, choices, loops and rule calls. */
type Node =
  | { kind: 'token'; type: TokenType; label: string | undefined }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'choice'; alts: Node[] }
  | { kind: 'optional'; body: Node }
  | { kind: 'loop'; body: Node; again: Node[] }
  | { kind: 'call'; rule: string };

/** Where a path is: the rest of a sequence, then what its caller does after it. */
interface Frame {
  items: Node[];
  index: number;
  rule: string;
  parent: Frame | null;
}

export interface NextToken {
  type: TokenType;
  /** The grammar rules the path is inside, innermost first (e.g. ['nameList', 'cite', 'stage']). */
  rules: string[];
  label: string | undefined;
}

export interface GrammarAssist {
  nextTokens(tokens: IToken[]): NextToken[];
}

const MAX_PATHS = 256;

function loop(body: Node): Node {
  const node: { kind: 'loop'; body: Node; again: Node[] } = { kind: 'loop', body, again: [] };
  node.again = [body, node];
  return node;
}

function convert(productions: IProduction[]): Node {
  return { kind: 'seq', items: productions.map(convertOne) };
}

function convertOne(p: IProduction): Node {
  if (p instanceof Terminal) return { kind: 'token', type: p.terminalType, label: p.label };
  if (p instanceof NonTerminal) return { kind: 'call', rule: p.nonTerminalName };
  if (p instanceof Option) return { kind: 'optional', body: convert(p.definition) };
  if (p instanceof Alternation) return { kind: 'choice', alts: p.definition.map((alt) => convert((alt as Alternative).definition)) };
  if (p instanceof Repetition) return loop(convert(p.definition));
  if (p instanceof RepetitionMandatory) {
    const body = convert(p.definition);
    return { kind: 'seq', items: [body, loop(body)] };
  }
  if (p instanceof RepetitionWithSeparator || p instanceof RepetitionMandatoryWithSeparator) {
    const body = convert(p.definition);
    const separator: Node = { kind: 'token', type: p.separator, label: undefined };
    const all: Node = { kind: 'seq', items: [body, loop({ kind: 'seq', items: [separator, body] })] };
    return p instanceof RepetitionWithSeparator ? { kind: 'optional', body: all } : all;
  }
  // Alternative and any other wrapper: its definition in order.
  return convert((p as unknown as { definition?: IProduction[] }).definition ?? []);
}

export function createGrammarAssist(parser: { getGAstProductions(): Record<string, Rule> }, startRule: string): GrammarAssist {
  const rules = new Map<string, Node>();
  for (const [name, rule] of Object.entries(parser.getGAstProductions())) rules.set(name, convert(rule.definition));
  const start = rules.get(startRule);
  if (!start) throw new Error(`internal: the grammar has no rule '${startRule}'`);

  /** Every terminal a frame can take next, with the frame after it. `null` frame = end of input. */
  function expand(frame: Frame | null, out: { token: Extract<Node, { kind: 'token' }>; after: Frame | null; at: Frame }[], depth = 0): void {
    if (!frame || depth > 200) return;
    if (frame.index >= frame.items.length) return expand(frame.parent, out, depth + 1);
    const node = frame.items[frame.index]!;
    const rest: Frame = { ...frame, index: frame.index + 1 };
    switch (node.kind) {
      case 'token':
        out.push({ token: node, after: rest, at: frame });
        return;
      case 'seq':
        return expand({ items: node.items, index: 0, rule: frame.rule, parent: rest }, out, depth + 1);
      case 'choice':
        for (const alt of node.alts) expand({ items: [alt], index: 0, rule: frame.rule, parent: rest }, out, depth + 1);
        return;
      case 'optional':
        expand({ items: [node.body], index: 0, rule: frame.rule, parent: rest }, out, depth + 1);
        return expand(rest, out, depth + 1);
      case 'loop':
        expand({ items: node.again, index: 0, rule: frame.rule, parent: rest }, out, depth + 1);
        return expand(rest, out, depth + 1);
      case 'call':
        return expand({ items: [rules.get(node.rule)!], index: 0, rule: node.rule, parent: rest }, out, depth + 1);
    }
  }

  function key(frame: Frame | null): string {
    const parts: string[] = [];
    for (let f = frame; f; f = f.parent) parts.push(`${f.rule}:${f.index}:${f.items.length}:${ids(f.items)}`);
    return parts.join('/');
  }
  const idOf = new WeakMap<Node[], number>();
  let nextId = 0;
  const ids = (items: Node[]) => {
    let id = idOf.get(items);
    if (id === undefined) idOf.set(items, (id = nextId++));
    return id;
  };

  function rulesOf(frame: Frame): string[] {
    const names: string[] = [];
    for (let f: Frame | null = frame; f; f = f.parent) if (names[names.length - 1] !== f.rule) names.push(f.rule);
    return names;
  }

  return {
    nextTokens(tokens) {
      let paths: (Frame | null)[] = [{ items: [start], index: 0, rule: startRule, parent: null }];
      for (const token of tokens) {
        const next = new Map<string, Frame | null>();
        for (const path of paths) {
          const options: Parameters<typeof expand>[1] = [];
          expand(path, options);
          for (const option of options) {
            if (!tokenMatcher(token, option.token.type)) continue;
            const k = key(option.after);
            if (!next.has(k) && next.size < MAX_PATHS) next.set(k, option.after);
          }
        }
        paths = [...next.values()];
        if (paths.length === 0) return [];
      }
      const result = new Map<string, NextToken>();
      for (const path of paths) {
        const options: Parameters<typeof expand>[1] = [];
        expand(path, options);
        for (const { token, at } of options) {
          const r = rulesOf(at);
          const k = `${token.type.name}|${token.label ?? ''}|${r.join('/')}`;
          if (!result.has(k)) result.set(k, { type: token.type, rules: r, label: token.label });
        }
      }
      return [...result.values()];
    },
  };
}
