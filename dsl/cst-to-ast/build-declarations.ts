// Builders for declarations: source, roles, bodies, simple declarations, channels, forms,
// outcomes, prose and briefing.
import type { CstNode } from 'chevrotain';
import type { BodyDecl, Briefing, ChannelDecl, FieldDecl, FormDecl, OutcomeDecl, Prose, RoleDecl, SimpleDecl, SourceBlock } from '../ast.ts';
import { annotationsOf, buildNotification, buildRecordDuty, buildStep } from './build-common.ts';
import {
  type BuildContext,
  has,
  nameAt,
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
  toName,
} from './read.ts';

function requiredText(n: CstNode, ctx: BuildContext) {
  const text = node(n.children, 'text');
  if (!text) throw new Error(`internal: '${n.name}' without text`);
  return textOf(text, ctx);
}

export function buildSource(n: CstNode, ctx: BuildContext): SourceBlock {
  return {
    title: textAt(n.children, 'title', ctx),
    url: textAt(n.children, 'url', ctx),
    publisher: textAt(n.children, 'publisher', ctx),
    retrieved: textAt(n.children, 'retrieved', ctx),
    file: textAt(n.children, 'file', ctx),
    fullProcedure: textAt(n.children, 'fullProcedure', ctx),
    passages: nodes(n.children, 'passage').map((p) => ({
      id: requiredName(p.children, 'Identifier'),
      text: requiredText(p, ctx),
      notEncoded: has(p.children, 'Not') ? { reason: textAt(p.children, 'reason', ctx), span: tokenSpan(token(p.children, 'Not')!) } : null,
    })),
    span: nodeSpan(n),
  };
}

export function buildRole(n: CstNode, ctx: BuildContext): RoleDecl {
  const c = n.children;
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    id: requiredName(c, 'Identifier'),
    title: requiredText(n, ctx),
    description: textAt(c, 'description', ctx),
    equivalents: nodes(c, 'equivalent').map((e) => ({ text: requiredText(e, ctx), agency: nameAt(e.children, 'Identifier') })),
    examples: textsAt(c, 'example', ctx),
    side: singleNameAt(c, 'side', ctx),
  };
}

export function buildBody(n: CstNode, ctx: BuildContext): BodyDecl {
  const c = n.children;
  const members = token(c, 'members');
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    id: requiredName(c, 'Identifier'),
    title: requiredText(n, ctx),
    kind: singleNameAt(c, 'kind', ctx),
    partOf: singleNameAt(c, 'partOf', ctx),
    composition: textAt(c, 'composition', ctx),
    members: members ? { value: Number(members.image), span: tokenSpan(members) } : null,
    chair: textAt(c, 'chair', ctx),
    description: textAt(c, 'description', ctx),
  };
}

export function buildSimple(n: CstNode, ctx: BuildContext): SimpleDecl {
  const c = n.children;
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    id: requiredName(c, 'Identifier'),
    title: requiredText(n, ctx),
    description: textAt(c, 'description', ctx),
  };
}

export function simpleKind(n: CstNode): 'agency' | 'condition' | 'register' | 'exit' {
  if (has(n.children, 'Agency')) return 'agency';
  if (has(n.children, 'Condition')) return 'condition';
  if (has(n.children, 'Register')) return 'register';
  return 'exit';
}

export function buildChannel(n: CstNode, ctx: BuildContext): ChannelDecl {
  const c = n.children;
  const discouraged = token(c, 'Discouraged');
  return {
    ...buildSimple(n, ctx),
    discouraged: discouraged ? { reason: textAt(c, 'reason', ctx), span: tokenSpan(discouraged) } : null,
  };
}

function buildField(n: CstNode, ctx: BuildContext): FieldDecl {
  const c = n.children;
  return {
    id: requiredName(c, 'Identifier'),
    label: requiredText(n, ctx),
    type: singleNameAt(c, 'type', ctx),
    required: has(c, 'Required'),
    help: textAt(c, 'help', ctx),
    options: nodes(c, 'options').flatMap((list) => nodes(list.children, 'text').map((t) => textOf(t, ctx))),
    monitoring: has(c, 'Monitoring'),
    span: nodeSpan(n),
  };
}

export function buildForm(n: CstNode, ctx: BuildContext): FormDecl {
  const c = n.children;
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    id: requiredName(c, 'Identifier'),
    title: requiredText(n, ctx),
    appendix: textAt(c, 'appendix', ctx),
    description: textAt(c, 'description', ctx),
    perStage: has(c, 'perStage'),
    log: has(c, 'Log'),
    fields: nodes(c, 'field').map((f) => buildField(f, ctx)),
  };
}

export function buildOutcome(n: CstNode, ctx: BuildContext): OutcomeDecl {
  const c = n.children;
  return {
    ...buildSimple(n, ctx),
    kind: singleNameAt(c, 'kind', ctx),
    binding: has(c, 'Binding'),
    body: singleNameAt(c, 'body', ctx),
    records: nodes(c, 'recordDuty').map((r) => buildRecordDuty(r, ctx)),
    steps: nodes(c, 'step').map((s) => buildStep(s, ctx)),
    notifications: nodes(c, 'notification').map((x) => buildNotification(x, ctx)),
  };
}

export function proseKind(n: CstNode): 'principle' | 'note' | 'quote' {
  if (has(n.children, 'Principle')) return 'principle';
  if (has(n.children, 'Note')) return 'note';
  return 'quote';
}

export function buildProse(n: CstNode, ctx: BuildContext): Prose {
  const c = n.children;
  return {
    ...annotationsOf(c, nodeSpan(n), ctx),
    id: nameAt(c, 'Identifier'),
    text: requiredText(n, ctx),
    attribution: textAt(c, 'attribution', ctx),
  };
}

export function buildBriefing(n: CstNode, ctx: BuildContext): Briefing {
  const c = n.children;
  const names = tokens(c, 'Identifier').map(toName);
  return {
    sections: textsAt(c, 'section', ctx).map((text, i) => ({ name: names[i]!, text })),
    remember: textsAt(c, 'remember', ctx),
    actions: textsAt(c, 'action', ctx),
    questions: textsAt(c, 'question', ctx),
    span: nodeSpan(n),
  };
}
