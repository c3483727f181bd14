// Builds the protocol AST from the CST: entry points, phases and every top-level item (stages and
// levels in build-stage.ts).
import type { CstNode } from 'chevrotain';
import type { PhaseDecl, ProtocolDecl, StartDecl } from '../ast.ts';
import { addAnnotation, annotationsOf, buildRecordDuty, buildRoute } from './build-common.ts';
import {
  buildBody,
  buildBriefing,
  buildChannel,
  buildForm,
  buildOutcome,
  buildProse,
  buildRole,
  buildSimple,
  buildSource,
  proseKind,
  simpleKind,
} from './build-declarations.ts';
import { buildState } from './build-stage.ts';
import {
  type BuildContext,
  has,
  itemKind,
  nameAt,
  nameList,
  node,
  nodeSpan,
  nodes,
  requiredName,
  singleNameAt,
  textAt,
  textOf,
  token,
  tokenSpan,
} from './read.ts';

function buildPhase(n: CstNode, ctx: BuildContext): PhaseDecl {
  const c = n.children;
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    id: requiredName(c, 'Identifier'),
    title: textOf(node(c, 'text')!, ctx),
    from: requiredName(c, 'from'),
    to: requiredName(c, 'to'),
  };
}

function buildStart(n: CstNode, ctx: BuildContext): StartDecl {
  const c = n.children;
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    anyStage: has(c, 'Any'),
    targets: nameList(node(c, 'targets')),
    condition: nameAt(c, 'condition'),
    after: nodes(c, 'after').flatMap((a) => nameList(a)),
    kind: singleNameAt(c, 'kind', ctx),
  };
}

export function buildProtocol(n: CstNode, ctx: BuildContext): ProtocolDecl {
  const p = emptyProtocol();
  for (const item of nodes(n.children, 'protocolItem')) addProtocolItem(p, item, ctx);
  return finishProtocol(p, n);
}

/**
 * A protocol with no items yet, for a caller that adds each item as the parser finishes it
 * (parseProtocol): its id and span are set by finishProtocol once the whole protocol is parsed.
 */
export function emptyProtocol(): ProtocolDecl {
  return {
    cites: [],
    acknowledgements: [],
    span: { start: 0, end: 0 },
    id: null,
    title: [], partnership: [], version: [], effective: [], supersedes: [], nation: [], appliesTo: [], closures: [],
    sources: [], agencies: [], roles: [], bodies: [], conditions: [], channels: [], forms: [], registers: [],
    records: [], starts: [], routes: [], stages: [], phases: [], outcomes: [], exits: [], principles: [], notes: [], quotes: [],
    briefings: [],
    indicative: [],
  };
}

/** Sets what only the whole protocol's node knows: its name and its span. */
export function finishProtocol(p: ProtocolDecl, n: CstNode): ProtocolDecl {
  p.span = nodeSpan(n);
  p.id = nameAt(n.children, 'Identifier');
  return p;
}

/** Adds one `protocolItem` (a declaration, a stage, a route at any stage, …) to the protocol. */
export function addProtocolItem(p: ProtocolDecl, item: CstNode, ctx: BuildContext): void {
  const c = item.children;
  switch (itemKind(c)) {
    case 'Title':
      p.title.push(textOf(node(c, 'title')!, ctx));
      break;
    case 'Partnership':
      p.partnership.push({ name: textOf(node(c, 'partnership')!, ctx), abbreviation: textAt(c, 'abbreviation', ctx), span: nodeSpan(item) });
      break;
    case 'Version':
      p.version.push(textOf(node(c, 'version')!, ctx));
      break;
    case 'Supersedes':
      p.supersedes.push(textOf(node(c, 'supersedes')!, ctx));
      break;
    case 'Effective': {
      const effective = token(c, 'effective')!;
      p.effective.push({ value: effective.image, span: tokenSpan(effective) });
      break;
    }
    case 'Nation':
      p.nation.push(requiredName(c, 'nation'));
      break;
    case 'Applies':
      p.appliesTo.push(nameList(node(c, 'appliesTo')));
      break;
    case 'Closure': {
      const closure = token(c, 'closure')!;
      p.closures.push({ date: { value: closure.image, span: tokenSpan(closure) }, reason: textAt(c, 'closureReason', ctx), span: nodeSpan(item) });
      break;
    }
    case 'source':
      p.sources.push(buildSource(node(c, 'source')!, ctx));
      break;
    case 'role':
      p.roles.push(buildRole(node(c, 'role')!, ctx));
      break;
    case 'body':
      p.bodies.push(buildBody(node(c, 'body')!, ctx));
      break;
    case 'simpleDeclaration': {
      const d = node(c, 'simpleDeclaration')!;
      const kind = simpleKind(d);
      const decl = buildSimple(d, ctx);
      ({ agency: p.agencies, condition: p.conditions, register: p.registers, exit: p.exits })[kind].push(decl);
      break;
    }
    case 'channel':
      p.channels.push(buildChannel(node(c, 'channel')!, ctx));
      break;
    case 'form':
      p.forms.push(buildForm(node(c, 'form')!, ctx));
      break;
    case 'recordDuty':
      p.records.push(buildRecordDuty(node(c, 'recordDuty')!, ctx));
      break;
    case 'start':
      p.starts.push(buildStart(node(c, 'start')!, ctx));
      break;
    // `at any stage on … -> …`
    case 'At':
      p.routes.push(buildRoute(node(c, 'route')!, true, ctx));
      break;
    case 'stage':
      p.stages.push(buildState(node(c, 'stage')!, ctx));
      break;
    case 'phase':
      p.phases.push(buildPhase(node(c, 'phase')!, ctx));
      break;
    case 'outcome':
      p.outcomes.push(buildOutcome(node(c, 'outcome')!, ctx));
      break;
    case 'prose': {
      const pr = node(c, 'prose')!;
      const kind = proseKind(pr);
      ({ principle: p.principles, note: p.notes, quote: p.quotes })[kind].push(buildProse(pr, ctx));
      break;
    }
    case 'briefing':
      p.briefings.push(buildBriefing(node(c, 'briefing')!, ctx));
      break;
    case 'indicativeTimescales': {
      const t = node(c, 'indicativeTimescales')!;
      p.indicative.push(annotationsOf(t.children, nodeSpan(t), ctx));
      break;
    }
    case 'annotation':
      addAnnotation(p, node(c, 'annotation')!, ctx);
      break;
    default:
      throw new Error(`internal: unknown protocol item '${itemKind(c)}'`);
  }
}
