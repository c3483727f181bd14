// A seed grown to about a megabyte with its own make-up, for bench/compiler-scale.ts: the seed as
// published, then its body (passages, agencies, roles, bodies, conditions, channels, forms,
// registers, conditional starts, stages, phases, outcomes, exits, principles, notes and quotes)
// copied again and again until the text reaches the size asked for. What the protocol has once stays
// single: its heading (id, title, partnership, version, dates, nation, what it applies to, the
// source's own details), its protocol-wide acknowledgements, its default start, and what applies
// across it (see bodyDeclarations). Every name a copy declares gets a suffix (`_w7`), in the
// declaration and in every reference to it inside the copy, so each copy is a complete procedure with
// the same wording, quoted text, citations and deadlines, and the same mix of quoted text and stages
// per KB as the seed. That mix is what makes "time per KB at 1 MB against the seed" compare the same
// kind of text at two sizes (bench/seed-stages.ts copies stages only, which are denser than a seed).
import type { ProtocolDecl, SimpleDecl, Span, StateDecl } from '../dsl/ast.ts';
import type { Passage } from '../dsl/ast-source.ts';
import { BUILTIN_EVENTS } from '../compiler/phases/2-analyze/events.ts';
import { createLanguageTools, parseProtocol } from '../dsl/index.ts';

type Spanned = { span: Span };

/** Every id a stage declares: its own, its levels', its steps'. */
function stageIds(state: StateDecl, into: Set<string>): void {
  into.add(state.id.name);
  for (const step of state.steps) into.add(step.id.name);
  for (const level of state.levels) stageIds(level, into);
}

/** Forms and registers, but those a protocol-wide duty records in: they stay single with the duty. */
function copiedRecords(ast: ProtocolDecl): SimpleDecl[] {
  const protocolWide = new Set(ast.records.map((r) => r.record.name));
  return [...ast.forms, ...ast.registers].filter((r) => !protocolWide.has(r.id.name));
}

/** Every name the protocol's body declares and a copy renames, whatever its kind. */
function declaredNames(ast: ProtocolDecl): Set<string> {
  const names = new Set<string>();
  const simple = [...ast.agencies, ...ast.roles, ...ast.bodies, ...ast.conditions, ...ast.channels, ...copiedRecords(ast), ...ast.phases, ...ast.outcomes, ...ast.exits];
  for (const decl of simple) names.add(decl.id.name);
  for (const stage of ast.stages) stageIds(stage, names);
  for (const prose of [...ast.principles, ...ast.notes, ...ast.quotes]) if (prose.id) names.add(prose.id.name);
  return names;
}

/**
 * The body's declarations, in source order: everything but the heading, the protocol-wide
 * acknowledgements, the source block (whose passages are copied into it, see below), the default
 * start (a protocol has one), and what applies across the whole protocol: `at any stage` routes (a
 * copy of one would join every copy to every other) and protocol-wide recording duties (each
 * applies at every stage, so a copy of one would add a duty to every stage of every copy) with the
 * forms and registers they record in.
 */
function bodyDeclarations(ast: ProtocolDecl): Spanned[] {
  const body: Spanned[] = [
    ...ast.agencies, ...ast.roles, ...ast.bodies, ...ast.conditions, ...ast.channels, ...copiedRecords(ast),
    ...ast.starts.filter((s) => s.condition), ...ast.stages, ...ast.phases,
    ...ast.outcomes, ...ast.exits, ...ast.principles, ...ast.notes, ...ast.quotes,
  ];
  return body.sort((a, b) => a.span.start - b.span.start);
}

/** A passage from its keyword (the syntax tree's span starts at its name) to its quoted text or `not encoded "…"`. */
function passageSpan(seed: string, passage: Passage): Span {
  const notEncoded = passage.notEncoded;
  return { start: seed.lastIndexOf('passage', passage.id.span.start), end: Math.max(passage.text.span.end, notEncoded?.span.end ?? 0, notEncoded?.reason?.span.end ?? 0) };
}

/** Keys under which a name is not one the protocol declares: a unit word, a kind, a diagnostic. */
const NOT_DECLARED_HERE = new Set(['unit', 'kind', 'diagnostic']);

/**
 * Where the syntax tree names something `ids` holds, in source order: declarations and references
 * alike, found from the tree rather than the tokens because a keyword can be a name (a passage
 * called `timescales`) and a name a keyword elsewhere (`what` in a record duty). A route's built-in
 * event is left alone: `on resolved -> resolved` renames the outcome, not the event.
 */
function nameSpans(ast: ProtocolDecl, ids: Set<string>): Span[] {
  const found: Span[] = [];
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
      return;
    }
    if (value === null || typeof value !== 'object' || NOT_DECLARED_HERE.has(key)) return;
    const node = value as Record<string, unknown>;
    if (typeof node.name === 'string' && Object.keys(node).length === 2 && 'span' in node) {
      if (ids.has(node.name) && !(key === 'event' && node.name in BUILTIN_EVENTS)) found.push(node.span as Span);
      return;
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'span') visit(v, k);
  };
  visit(ast, '');
  return found.sort((a, b) => a.start - b.start);
}

/** The text of `source` from `start` to `end` with every name at `names` given `suffix`. */
function renamed(source: string, names: Span[], start: number, end: number, suffix: string): string {
  let out = '';
  let at = start;
  for (const name of names) {
    if (name.start < start || name.start >= end) continue;
    out += source.slice(at, name.end) + suffix;
    at = name.end;
  }
  return out + source.slice(at, end);
}

/**
 * The seed with copies of its whole body appended until the text is at least `bytes` long: each
 * copy's passages inside the seed's source block, the rest at the end of the protocol block, and one
 * made-up condition (labelled as such) that lets a case start at each copy's first stage, as another
 * procedure (`kind procedure`: not an urgent way in, so the seed's own warnings stay as they were).
 * Throws if the seed does not parse or has no default start.
 */
export function seedWithCopiedBody(seed: string, bytes: number): { source: string; copies: number } {
  const language = createLanguageTools();
  const { ast } = parseProtocol(seed, language);
  if (!ast) throw new Error('the seed does not parse');
  const start = ast.starts.find((s) => !s.condition && !s.anyStage);
  if (!start) throw new Error('the seed has no default start');
  const declarations = bodyDeclarations(ast).map((d) => d.span);
  const last = declarations[declarations.length - 1];
  if (!last) throw new Error('the seed declares nothing to copy');
  // Passages are copied when the copied body cites them; those only the single parts cite stay single.
  const passages = ast.sources.flatMap((s) => s.passages);
  const passageNames = new Set(passages.map((p) => p.id.name));
  const inBody = (span: Span) => declarations.some((d) => span.start >= d.start && span.end <= d.end);
  const cited = new Set(nameSpans(ast, passageNames).filter(inBody).map((span) => seed.slice(span.start, span.end)));
  const ids = new Set([...declaredNames(ast), ...cited]);
  const names = nameSpans(ast, ids);
  // Text inserted at an offset of the seed: passages before each source block's closing brace, the
  // copied body after the last declaration.
  const inserts = new Map<number, string[]>();
  const insert = (at: number, text: string) => {
    const here = inserts.get(at);
    if (here) here.push(text);
    else inserts.set(at, [text]);
  };
  let length = seed.length;
  let copies = 0;
  while (length < bytes) {
    copies += 1;
    const suffix = `_w${copies}`;
    const copy = (span: Span) => renamed(seed, names, span.start, span.end, suffix);
    for (const source of ast.sources) {
      const copied = source.passages.filter((p) => cited.has(p.id.name));
      const text = copied.map((p) => `\n    ${copy(passageSpan(seed, p))}`).join('');
      insert(seed.lastIndexOf('}', source.span.end), text);
      length += text.length;
    }
    const body = declarations.map((d) => `\n\n  ${copy(d)}`).join('');
    insert(last.end, body);
    length += body.length;
  }
  const firsts = Array.from({ length: copies }, (_, i) => start.targets.map((t) => `${t.name}_w${i + 1}`).join(', ')).join(', ');
  insert(last.end, `\n\n  // Benchmark only: not in any source.\n  condition copied_body "the case is in a benchmark's copy of the protocol"\n  start at ${firsts} when copied_body { kind procedure }`);
  let out = '';
  let at = 0;
  for (const offset of [...inserts.keys()].sort((a, b) => a - b)) {
    out += seed.slice(at, offset) + inserts.get(offset)!.join('');
    at = offset;
  }
  return { source: out + seed.slice(at), copies };
}
