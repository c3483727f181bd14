// Builders for the pieces many declarations share: citations, acknowledgements, durations, routes
// and recording duties.
import type { CstNode } from 'chevrotain';
import type { Acknowledgement, Annotated, Citation, Duration, RecordDuty, Route, Span } from '../ast.ts';
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
  const cites: Citation[] = [];
  const acknowledgements: Acknowledgement[] = [];
  for (const a of annotationNodes) {
    const cite = node(a.children, 'cite');
    const ack = node(a.children, 'acknowledge');
    if (cite) cites.push(buildCite(cite, ctx));
    if (ack) acknowledgements.push(buildAcknowledge(ack, ctx));
  }
  return { cites, acknowledgements, span };
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
  return {
    ...annotationsOf(n.children, nodeSpan(n), ctx),
    event: requiredName(n.children, 'event'),
    condition: nameAt(n.children, 'condition'),
    target: requiredName(n.children, 'target'),
    anyStage,
  };
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
  };
  for (const item of nodes(n.children, 'recordDutyItem')) {
    const c = item.children;
    duty.by.push(...nameList(node(c, 'by')));
    duty.sharedWith.push(...nameList(node(c, 'sharedWith')));
    if (has(c, 'Every')) duty.everyStage = true;
    if (has(c, 'Outcome')) duty.atOutcome = true;
    duty.from = nameAt(c, 'from') ?? duty.from;
    duty.what = textAt(c, 'what', ctx) ?? duty.what;
    const annotated = annotationsOf(c, duty.span, ctx);
    duty.cites.push(...annotated.cites);
    duty.acknowledgements.push(...annotated.acknowledgements);
  }
  return duty;
}
