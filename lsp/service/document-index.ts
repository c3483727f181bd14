// Every declared name of a protocol and every place it is used, read from the syntax tree. It is the
// one table behind hover, go to definition, find references, rename and name completion.
import type { Name, ProtocolDecl, Span, StateDecl, Text } from '../../dsl/ast.ts';

export type DeclarationKind =
  | 'role'
  | 'body'
  | 'agency'
  | 'condition'
  | 'channel'
  | 'form'
  | 'register'
  | 'stage'
  | 'level'
  | 'outcome'
  | 'exit'
  | 'principle'
  | 'passage';

export interface Declaration {
  kind: DeclarationKind;
  name: Name;
  /** The quoted title or, for a passage, the passage text. */
  title: Text | null;
  /** The whole declaration, for the outline. */
  span: Span;
  /** Passages the declaration cites directly (`cite a, b` in its block). */
  cites: string[];
  children: Declaration[];
}

export interface Occurrence {
  name: Name;
  /** Passages and the other names live in separate namespaces. */
  namespace: 'passage' | 'symbol';
  declaration: boolean;
}

export interface DocumentIndex {
  /** Names (other than passages) → declaration; the first wins, as in the compiler. */
  symbols: Map<string, Declaration>;
  passages: Map<string, Declaration>;
  /** Stages with their levels as children, in protocol order. */
  stages: Declaration[];
  occurrences: Occurrence[];
}

// Keys of the syntax tree whose names are values, not references to declarations: units, nations,
// kinds, field types, briefing sections, acknowledged warnings, `applies to` words, form fields.
const VALUE_KEYS = new Set(['unit', 'nation', 'kind', 'type', 'diagnostic', 'appliesTo', 'name', 'fields']);

function citesOf(decl: { cites?: { passages: Name[] }[] }): string[] {
  return (decl.cites ?? []).flatMap((c) => c.passages.map((p) => p.name));
}

export function indexDocument(ast: ProtocolDecl): DocumentIndex {
  const symbols = new Map<string, Declaration>();
  const passages = new Map<string, Declaration>();
  const declare = (
    target: Map<string, Declaration>,
    kind: DeclarationKind,
    decl: { id: Name; title?: Text; span?: Span; cites?: { passages: Name[] }[] },
    title: Text | null = decl.title ?? null,
  ): Declaration => {
    const entry: Declaration = { kind, name: decl.id, title, span: decl.span ?? decl.id.span, cites: citesOf(decl), children: [] };
    if (!target.has(decl.id.name)) target.set(decl.id.name, entry);
    return entry;
  };

  for (const source of ast.sources) for (const p of source.passages) declare(passages, 'passage', p, p.text);
  for (const r of ast.roles) declare(symbols, 'role', r);
  for (const b of ast.bodies) declare(symbols, 'body', b);
  for (const a of ast.agencies) declare(symbols, 'agency', a);
  for (const c of ast.conditions) declare(symbols, 'condition', c);
  for (const c of ast.channels) declare(symbols, 'channel', c);
  for (const f of ast.forms) declare(symbols, 'form', f);
  for (const r of ast.registers) declare(symbols, 'register', r);
  for (const o of ast.outcomes) declare(symbols, 'outcome', o);
  for (const e of ast.exits) declare(symbols, 'exit', e);
  for (const p of ast.principles) if (p.id) declare(symbols, 'principle', { ...p, id: p.id }, p.text);
  const visit = (state: StateDecl): Declaration => {
    const entry = declare(symbols, state.kind, state);
    entry.children = state.levels.map(visit);
    return entry;
  };
  const stages = ast.stages.map(visit);

  const occurrences: Occurrence[] = [];
  const conditions = new Set([...symbols.values()].filter((d) => d.kind === 'condition').map((d) => d.name.name));
  const walk = (value: unknown, key: string, inCitation: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key, inCitation);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string' && isSpan(record.span) && Object.keys(record).length === 2) {
      const name = record as unknown as Name;
      if (VALUE_KEYS.has(key)) return;
      // A route's event is a built-in word unless a condition of that name is declared.
      if (key === 'event' && !conditions.has(name.name)) return;
      const namespace = inCitation ? 'passage' : 'symbol';
      const table = namespace === 'passage' ? passages : symbols;
      const declared = table.get(name.name);
      if (!declared) return;
      occurrences.push({ name, namespace, declaration: key === 'id' && declared.name === name });
      return;
    }
    for (const [k, v] of Object.entries(record)) {
      // Source blocks only declare passages; they are added below.
      if (k === 'span' || k === 'sources' || VALUE_KEYS.has(k)) continue;
      // `passages` inside a citation names passages; inside a source block it holds their declarations.
      walk(v, k, inCitation || (k === 'passages' && key === 'cites'));
    }
  };
  walk(ast, 'protocol', false);
  for (const source of ast.sources) {
    for (const p of source.passages) {
      if (passages.get(p.id.name)?.name === p.id) occurrences.push({ name: p.id, namespace: 'passage', declaration: true });
    }
  }
  return { symbols, passages, stages, occurrences };
}

function isSpan(value: unknown): value is Span {
  return !!value && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}

/** The occurrence whose name covers the offset (the cursor may sit just after the last letter). */
export function occurrenceAt(index: DocumentIndex, offset: number): Occurrence | null {
  return index.occurrences.find((o) => o.name.span.start <= offset && offset <= o.name.span.end) ?? null;
}

export function declarationOf(index: DocumentIndex, occurrence: Occurrence): Declaration | null {
  return (occurrence.namespace === 'passage' ? index.passages : index.symbols).get(occurrence.name.name) ?? null;
}

export function occurrencesOf(index: DocumentIndex, declaration: Declaration): Occurrence[] {
  const namespace = declaration.kind === 'passage' ? 'passage' : 'symbol';
  return index.occurrences.filter((o) => o.namespace === namespace && o.name.name === declaration.name.name);
}
