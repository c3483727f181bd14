// Builds the protocol AST from the CST: stages and levels, entry points and every top-level item.
import type { CstNode } from 'chevrotain';
import type { PhaseDecl, ProtocolDecl, StartDecl, StateDecl, Timescale } from '../ast.ts';
import { annotationsOf, buildDuration, buildNotification, buildQualifier, buildRecordDuty, buildRoute, buildStep } from './build-common.ts';
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
import {
  type BuildContext,
  has,
  nameAt,
  nameList,
  node,
  nodeSpan,
  nodes,
  requiredName,
  singleNameAt,
  textAt,
  textOf,
  textsAt,
  token,
  tokenSpan,
  tokens,
} from './read.ts';

function buildTimescale(n: CstNode, ctx: BuildContext): Timescale {
  const c = n.children;
  const items = nodes(c, 'timescaleItem');
  const ts: Timescale = {
    ...annotationsOf({ annotation: items.flatMap((i) => nodes(i.children, 'annotation')) }, nodeSpan(n), ctx),
    primary: has(c, 'Deadline'),
    duration: buildDuration(node(c, 'duration')!),
    anchor: nameAt(c, 'anchor'),
    condition: nameAt(c, 'condition'),
    purpose: null,
    wording: null,
    total: null,
    binding: null,
    qualifier: null,
  };
  const once = <T>(previous: T | null, next: T | null, item: CstNode, property: string): T | null => {
    if (previous !== null && next !== null) ctx.repeated(nodeSpan(item), property);
    return next ?? previous;
  };
  for (const item of items) {
    const ic = item.children;
    ts.purpose = once(ts.purpose, textAt(ic, 'purpose', ctx), item, 'for');
    ts.wording = once(ts.wording, textAt(ic, 'wording', ctx), item, 'wording');
    if (has(ic, 'Binding')) ts.binding = true;
    if (has(ic, 'Indicative')) ts.binding = false;
    const qualifier = node(ic, 'qualifier');
    if (qualifier && ts.qualifier) ctx.repeated(nodeSpan(qualifier), 'or sooner/or later');
    if (qualifier) ts.qualifier = buildQualifier(qualifier, ctx);
    const total = token(ic, 'total');
    const unit = node(ic, 'totalUnit');
    if (total && unit) {
      if (ts.total) ctx.repeated(nodeSpan(item), 'total');
      const unitNames = tokens(unit.children, 'Identifier').map((t) => ({ name: t.image, span: tokenSpan(t) }));
      ts.total = { immediately: false, further: false, amount: { value: Number(total.image), span: tokenSpan(total) }, unit: unitNames, span: nodeSpan(item) };
    }
  }
  return ts;
}

export function buildState(n: CstNode, ctx: BuildContext): StateDecl {
  const c = n.children;
  const state: StateDecl = {
    ...annotationsOf({}, nodeSpan(n), ctx),
    kind: has(c, 'Level') ? 'level' : 'stage',
    id: requiredName(c, 'Identifier'),
    title: textOf(node(c, 'text')!, ctx),
    levels: [],
    meetings: [],
    owner: null,
    renamedFrom: null,
    consultations: [],
    convenes: [],
    actions: [],
    results: [],
    descriptions: [],
    notes: [],
    timescales: [],
    routes: [],
    records: [],
    steps: [],
    notifications: [],
    requiredForms: [],
  };
  for (const item of nodes(c, 'stageItem')) {
    const ic = item.children;
    for (const level of nodes(ic, 'stage')) state.levels.push(buildState(level, ctx));
    const meets = nameAt(ic, 'meets');
    if (meets) state.meetings.push({ role: meets, with: nameAt(ic, 'meetsWith'), span: nodeSpan(item) });
    const owner = nameAt(ic, 'owner');
    if (owner && state.owner) ctx.repeated(owner.span, 'owner');
    state.owner = owner ?? state.owner;
    const renamedFrom = nameAt(ic, 'renamedFrom');
    if (renamedFrom && state.renamedFrom) ctx.repeated(renamedFrom.span, 'renamed from');
    state.renamedFrom = renamedFrom ?? state.renamedFrom;
    for (const consult of nodes(ic, 'consultation')) {
      state.consultations.push({
        ...annotationsOf(consult.children, nodeSpan(consult), ctx),
        modality: has(consult.children, 'May') ? 'may' : 'should',
        roles: nameList(node(consult.children, 'nameList')),
        when: textAt(consult.children, 'when', ctx),
      });
    }
    state.convenes.push(...nameList(node(ic, 'convenes')));
    state.actions.push(...textsAt(ic, 'action', ctx));
    state.results.push(...textsAt(ic, 'result', ctx));
    for (const description of textsAt(ic, 'description', ctx)) {
      if (state.descriptions.length > 0) ctx.repeated(description.span, 'description');
      state.descriptions.push(description);
    }
    state.notes.push(...textsAt(ic, 'note', ctx));
    for (const t of nodes(ic, 'timescale')) state.timescales.push(buildTimescale(t, ctx));
    for (const r of nodes(ic, 'route')) state.routes.push(buildRoute(r, false, ctx));
    for (const r of nodes(ic, 'recordDuty')) state.records.push(buildRecordDuty(r, ctx));
    for (const s of nodes(ic, 'step')) state.steps.push(buildStep(s, ctx));
    for (const x of nodes(ic, 'notification')) state.notifications.push(buildNotification(x, ctx));
    for (const r of nodes(ic, 'requiredForm')) {
      state.requiredForms.push({ ...annotationsOf(r.children, nodeSpan(r), ctx), form: requiredName(r.children, 'Identifier') });
    }
    const annotated = annotationsOf(ic, state.span, ctx);
    state.cites.push(...annotated.cites);
    state.acknowledgements.push(...annotated.acknowledgements);
  }
  return state;
}

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
  const p: ProtocolDecl = {
    ...annotationsOf({}, nodeSpan(n), ctx),
    id: nameAt(n.children, 'Identifier'),
    title: [], partnership: [], version: [], effective: [], supersedes: [], nation: [], appliesTo: [], closures: [],
    sources: [], agencies: [], roles: [], bodies: [], conditions: [], channels: [], forms: [], registers: [],
    records: [], starts: [], routes: [], stages: [], phases: [], outcomes: [], exits: [], principles: [], notes: [], quotes: [],
    briefings: [],
    indicative: [],
  };
  for (const item of nodes(n.children, 'protocolItem')) {
    const c = item.children;
    p.title.push(...textsAt(c, 'title', ctx));
    const partnership = textAt(c, 'partnership', ctx);
    if (partnership) p.partnership.push({ name: partnership, abbreviation: textAt(c, 'abbreviation', ctx), span: nodeSpan(item) });
    p.version.push(...textsAt(c, 'version', ctx));
    p.supersedes.push(...textsAt(c, 'supersedes', ctx));
    const effective = token(c, 'effective');
    if (effective) p.effective.push({ value: effective.image, span: tokenSpan(effective) });
    const nation = nameAt(c, 'nation');
    if (nation) p.nation.push(nation);
    if (has(c, 'appliesTo')) p.appliesTo.push(nameList(node(c, 'appliesTo')));
    const closure = token(c, 'closure');
    if (closure) p.closures.push({ date: { value: closure.image, span: tokenSpan(closure) }, reason: textAt(c, 'closureReason', ctx), span: nodeSpan(item) });
    for (const s of nodes(c, 'source')) p.sources.push(buildSource(s, ctx));
    for (const r of nodes(c, 'role')) p.roles.push(buildRole(r, ctx));
    for (const b of nodes(c, 'body')) p.bodies.push(buildBody(b, ctx));
    for (const d of nodes(c, 'simpleDeclaration')) {
      const kind = simpleKind(d);
      const decl = buildSimple(d, ctx);
      ({ agency: p.agencies, condition: p.conditions, register: p.registers, exit: p.exits })[kind].push(decl);
    }
    for (const ch of nodes(c, 'channel')) p.channels.push(buildChannel(ch, ctx));
    for (const f of nodes(c, 'form')) p.forms.push(buildForm(f, ctx));
    for (const r of nodes(c, 'recordDuty')) p.records.push(buildRecordDuty(r, ctx));
    for (const s of nodes(c, 'start')) p.starts.push(buildStart(s, ctx));
    for (const r of nodes(c, 'route')) p.routes.push(buildRoute(r, true, ctx));
    for (const s of nodes(c, 'stage')) p.stages.push(buildState(s, ctx));
    for (const ph of nodes(c, 'phase')) p.phases.push(buildPhase(ph, ctx));
    for (const o of nodes(c, 'outcome')) p.outcomes.push(buildOutcome(o, ctx));
    for (const pr of nodes(c, 'prose')) {
      const kind = proseKind(pr);
      ({ principle: p.principles, note: p.notes, quote: p.quotes })[kind].push(buildProse(pr, ctx));
    }
    for (const b of nodes(c, 'briefing')) p.briefings.push(buildBriefing(b, ctx));
    for (const t of nodes(c, 'indicativeTimescales')) p.indicative.push(annotationsOf(t.children, nodeSpan(t), ctx));
    const annotated = annotationsOf(c, p.span, ctx);
    p.cites.push(...annotated.cites);
    p.acknowledgements.push(...annotated.acknowledgements);
  }
  return p;
}
