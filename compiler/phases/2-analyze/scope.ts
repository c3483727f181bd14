// The symbol table: every declared name with its kind and declaration, and the stages and levels
// flattened in protocol order. Built once; every rule and the lowering read it.
import type {
  Acknowledgement,
  Name,
  ProtocolDecl,
  StateDecl,
} from '../../../dsl/ast.ts';
import type { CompileContext } from '../../context.ts';
import { report } from '../../diagnostics/report.ts';
import { BUILTIN_EVENTS } from './events.ts';
import type { Walks } from './walk.ts';

export type SymbolKind =
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
  | 'step'
  | 'phase';

export interface SymbolEntry {
  kind: SymbolKind;
  name: Name;
}

export interface StateInfo {
  decl: StateDecl;
  parent: StateInfo | null;
  /** Position among its siblings, from 1. */
  index: number;
  /** Position in the flattened protocol order, from 0. */
  order: number;
  children: StateInfo[];
}

export interface Scope {
  symbols: Map<string, SymbolEntry>;
  states: StateInfo[];
  stateById: Map<string, StateInfo>;
  passages: Map<string, string>;
  /** Lists of every route, duty, citation… of this scope's tree, filled as rules ask (walk.ts). */
  walks?: Walks;
}

/** Words with a fixed meaning where names are used: route events, `counterpart`, `escalation`. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.keys(BUILTIN_EVENTS), 'counterpart', 'escalation', 'any']);

export function buildScope(ctx: CompileContext, ast: ProtocolDecl): Scope {
  const scope: Scope = { symbols: new Map(), states: [], stateById: new Map(), passages: new Map(), walks: {} };
  const declare = (kind: SymbolKind, name: Name) => {
    // Outcomes may reuse event words ("on resolved -> resolved" reads naturally); nothing else may.
    if (RESERVED_NAMES.has(name.name) && !(kind === 'outcome' && name.name in BUILTIN_EVENTS)) {
      report(ctx, 'reserved_name', name.span, { name: name.name, kind });
      return;
    }
    const existing = scope.symbols.get(name.name);
    if (existing) {
      report(ctx, 'duplicate_name', name.span, { name: name.name, kind: existing.kind }, {
        related: [{ message: `'${name.name}' is first declared here.`, span: existing.name.span }],
      });
      return;
    }
    scope.symbols.set(name.name, { kind, name });
  };

  // Passages have their own namespace: they are only ever named by `cite`, and a passage is
  // naturally called after the stage it describes.
  const passageNames = new Map<string, Name>();
  for (const source of ast.sources) {
    for (const passage of source.passages) {
      const first = passageNames.get(passage.id.name);
      if (first) {
        report(ctx, 'duplicate_name', passage.id.span, { name: passage.id.name, kind: 'passage' }, {
          related: [{ message: 'First declared here.', span: first.span }],
        });
        continue;
      }
      passageNames.set(passage.id.name, passage.id);
      scope.passages.set(passage.id.name, passage.text.value);
    }
  }
  for (const r of ast.roles) declare('role', r.id);
  for (const b of ast.bodies) declare('body', b.id);
  for (const a of ast.agencies) declare('agency', a.id);
  for (const c of ast.conditions) declare('condition', c.id);
  for (const c of ast.channels) declare('channel', c.id);
  for (const f of ast.forms) declare('form', f.id);
  for (const r of ast.registers) declare('register', r.id);
  for (const o of ast.outcomes) declare('outcome', o.id);
  for (const e of ast.exits) declare('exit', e.id);
  for (const p of ast.principles) if (p.id) declare('principle', p.id);
  for (const p of ast.phases) declare('phase', p.id);

  const visit = (decl: StateDecl, parent: StateInfo | null, index: number) => {
    const info: StateInfo = { decl, parent, index, order: scope.states.length, children: [] };
    declare(decl.kind, decl.id);
    if (!scope.stateById.has(decl.id.name)) scope.stateById.set(decl.id.name, info);
    scope.states.push(info);
    decl.levels.forEach((level, i) => {
      const child = visit(level, info, i + 1);
      info.children.push(child);
    });
    return info;
  };
  ast.stages.forEach((stage, i) => visit(stage, null, i + 1));
  // Steps are named so that a later step can count from them ("of respond"); after the stages, so
  // a clash is reported on the step.
  for (const state of scope.states) for (const step of state.decl.steps) declare('step', step.id);
  for (const outcome of ast.outcomes) for (const step of outcome.steps) declare('step', step.id);
  for (const route of [...scope.states.flatMap((s) => s.decl.routes), ...ast.routes]) for (const step of route.steps) declare('step', step.id);

  for (const form of ast.forms) {
    const seen = new Map<string, Name>();
    for (const field of form.fields) {
      const first = seen.get(field.id.name);
      if (first) {
        report(ctx, 'duplicate_name', field.id.span, { name: field.id.name, kind: `field of '${form.id.name}'` }, {
          related: [{ message: 'First declared here.', span: first.span }],
        });
      } else seen.set(field.id.name, field.id);
    }
  }
  return scope;
}

/** Acknowledgements in scope for a state: its own, then each enclosing stage's, then the protocol's. */
export function ackChain(ast: ProtocolDecl, state: StateInfo | null, ...inner: Acknowledgement[][]): Acknowledgement[][] {
  const chain: Acknowledgement[][] = [...inner];
  for (let s = state; s; s = s.parent) chain.push(s.decl.acknowledgements);
  chain.push(ast.acknowledgements);
  return chain;
}

/** Leaves are where a case actually sits: levels, and stages without levels. */
export function leaves(scope: Scope): StateInfo[] {
  return scope.states.filter((s) => s.children.length === 0);
}

export function kindLabel(state: StateInfo): string {
  return state.decl.kind;
}
