// Builders for the pieces many declarations share: citations, acknowledgements, durations, routes
// and recording duties.
import type { CstNode } from 'chevrotain';
import type { Acknowledgement, Annotated, Citation, Duration, Notification, Qualifier, RecordDuty, Route, Span, StepDecl } from '../ast.ts';
import {
  type BuildContext,
  type Children,
  has,
  nameAt,
  nameList,
  node,
  nodeSpan,
  nodes,
  requiredName,
  textAt,
  textOf,
  token,
  tokenSpan,
  tokens,
  toName,
} from './read.ts';

export function buildCite(n: CstNode, ctx: BuildContext): Citation {
  const list = node(n.children, 'nameList');
  const text = node(n.children, 'text');
  return { passages: nameList(list), inline: text ? textOf(text, ctx) : null, span: nodeSpan(n) };
}

export function buildAcknowledge(n: CstNode, ctx: BuildContext): Acknowledgement {
  return {
    diagnostic: requiredName(n.children, 'Identifier'),
    reason: textAt(n.children, 'text', ctx),
    span: nodeSpan(n),
  };
}

/** Collects `cite` and `acknowledge` from `annotation` children (and an `annotations` block). */
export function annotationsOf(children: Children, span: Span, ctx: BuildContext): Annotated {
  const annotationNodes = [...nodes(children, 'annotation')];
  for (const block of nodes(children, 'annotations')) annotationNodes.push(...nodes(block.children, 'annotation'));
  const annotated: Annotated = { cites: [], acknowledgements: [], span };
  for (const a of annotationNodes) addAnnotation(annotated, a, ctx);
  return annotated;
}

/** Adds one `annotation` item (a `cite` or an `acknowledge`) to what it annotates. */
export function addAnnotation(target: Annotated, annotation: CstNode, ctx: BuildContext): void {
  const cite = node(annotation.children, 'cite');
  if (cite) target.cites.push(buildCite(cite, ctx));
  const ack = node(annotation.children, 'acknowledge');
  if (ack) target.acknowledgements.push(buildAcknowledge(ack, ctx));
}

export function buildDuration(n: CstNode): Duration {
  const amount = token(n.children, 'NumberLiteral');
  const unit = node(n.children, 'unit');
  return {
    immediately: has(n.children, 'Immediately'),
    further: has(n.children, 'Further'),
    amount: amount ? { value: Number(amount.image), span: tokenSpan(amount) } : null,
    unit: unit ? tokens(unit.children, 'Identifier').map(toName) : [],
    span: nodeSpan(n),
  };
}

export function buildRoute(n: CstNode, anyStage: boolean, ctx: BuildContext): Route {
  const c = n.children;
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    event: requiredName(c, 'event'),
    condition: nameAt(c, 'condition'),
    target: requiredName(c, 'target'),
    anyStage,
    steps: nodes(c, 'step').map((s) => buildStep(s, ctx)),
    notifications: nodes(c, 'notification').map((x) => buildNotification(x, ctx)),
    records: nodes(c, 'recordDuty').map((r) => buildRecordDuty(r, ctx)),
  };
}

export function buildQualifier(n: CstNode, ctx: BuildContext): Qualifier {
  return { kind: has(n.children, 'Later') ? 'later' : 'sooner', text: textOf(node(n.children, 'text')!, ctx), span: nodeSpan(n) };
}

export function buildNotification(n: CstNode, ctx: BuildContext): Notification {
  const c = n.children;
  const duration = node(c, 'duration');
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    kind: has(c, 'Copy') ? 'copy' : has(c, 'Refer') ? 'refer' : 'notify',
    to: nameList(node(c, 'to')),
    what: textAt(c, 'what', ctx),
    duration: duration ? buildDuration(duration) : null,
    condition: nameAt(c, 'condition'),
    by: nodes(c, 'by').flatMap((b) => nameList(b)),
  };
}

export function buildStep(n: CstNode, ctx: BuildContext): StepDecl {
  const c = n.children;
  const duration = node(c, 'duration');
  const items = nodes(c, 'stepItem');
  const step: StepDecl = {
    ...annotationsOf({ annotation: items.flatMap((i) => nodes(i.children, 'annotation')) }, nodeSpan(n), ctx),
    id: requiredName(c, 'Identifier'),
    action: textOf(node(c, 'action')!, ctx),
    duration: duration ? buildDuration(duration) : null,
    anchor: nameAt(c, 'anchor'),
    condition: nameAt(c, 'condition'),
    by: [],
    wording: null,
    binding: null,
    qualifier: null,
    notifications: [],
  };
  for (const item of items) {
    const ic = item.children;
    step.by.push(...nameList(node(ic, 'by')));
    const wording = textAt(ic, 'wording', ctx);
    if (wording && step.wording) ctx.repeated(wording.span, 'wording');
    step.wording = wording ?? step.wording;
    if (has(ic, 'Binding')) step.binding = true;
    if (has(ic, 'Indicative')) step.binding = false;
    const qualifier = node(ic, 'qualifier');
    if (qualifier && step.qualifier) ctx.repeated(nodeSpan(qualifier), 'or sooner/or later');
    if (qualifier) step.qualifier = buildQualifier(qualifier, ctx);
    step.notifications.push(...nodes(ic, 'notification').map((x) => buildNotification(x, ctx)));
  }
  return step;
}

export function buildRecordDuty(n: CstNode, ctx: BuildContext): RecordDuty {
  const duty: RecordDuty = {
    cites: [],
    acknowledgements: [],
    span: nodeSpan(n),
    record: requiredName(n.children, 'Identifier'),
    by: [],
    sharedWith: [],
    everyStage: false,
    atOutcome: false,
    from: null,
    what: null,
    condition: null,
  };
  for (const item of nodes(n.children, 'recordDutyItem')) {
    const c = item.children;
    duty.by.push(...nameList(node(c, 'by')));
    duty.sharedWith.push(...nameList(node(c, 'sharedWith')));
    if (has(c, 'Every')) duty.everyStage = true;
    if (has(c, 'Outcome')) duty.atOutcome = true;
    duty.from = nameAt(c, 'from') ?? duty.from;
    duty.what = textAt(c, 'what', ctx) ?? duty.what;
    const inferred = token(c, 'Inferred');
    if (inferred) duty.inferred = { reason: textAt(c, 'inferred', ctx), span: tokenSpan(inferred) };
    const condition = nameAt(c, 'condition');
    if (condition && duty.condition) ctx.repeated(condition.span, 'when');
    duty.condition = condition ?? duty.condition;
    const annotated = annotationsOf(c, duty.span, ctx);
    duty.cites.push(...annotated.cites);
    duty.acknowledgements.push(...annotated.acknowledgements);
  }
  return duty;
}
