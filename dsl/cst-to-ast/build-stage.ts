// Builds stages and levels from the CST: every item a stage may hold, and its timescales.
import type { CstNode } from 'chevrotain';
import type { StateDecl, Timescale } from '../ast.ts';
import { addAnnotation, annotationsOf, buildDuration, buildNotification, buildQualifier, buildRecordDuty, buildRoute, buildStep } from './build-common.ts';
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
  textAt,
  textOf,
  token,
  tokenSpan,
  tokens,
  toName,
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
    switch (itemKind(ic)) {
      case 'For':
        ts.purpose = once(ts.purpose, textAt(ic, 'purpose', ctx), item, 'for');
        break;
      case 'Wording':
        ts.wording = once(ts.wording, textAt(ic, 'wording', ctx), item, 'wording');
        break;
      case 'Binding':
        ts.binding = true;
        break;
      case 'Indicative':
        ts.binding = false;
        break;
      case 'qualifier': {
        const qualifier = node(ic, 'qualifier')!;
        if (ts.qualifier) ctx.repeated(nodeSpan(qualifier), 'or sooner/or later');
        ts.qualifier = buildQualifier(qualifier, ctx);
        break;
      }
      case 'Total': {
        const total = token(ic, 'total')!;
        if (ts.total) ctx.repeated(nodeSpan(item), 'total');
        const unitNames = tokens(node(ic, 'totalUnit')!.children, 'Identifier').map(toName);
        ts.total = { immediately: false, further: false, amount: { value: Number(total.image), span: tokenSpan(total) }, unit: unitNames, span: nodeSpan(item) };
        break;
      }
      // Annotations were gathered above, with the timescale's own.
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
    switch (itemKind(ic)) {
      case 'stage':
        state.levels.push(buildState(node(ic, 'stage')!, ctx));
        break;
      case 'Meets':
        state.meetings.push({ role: requiredName(ic, 'meets'), with: nameAt(ic, 'meetsWith'), span: nodeSpan(item) });
        break;
      case 'Owner': {
        const owner = requiredName(ic, 'owner');
        if (state.owner) ctx.repeated(owner.span, 'owner');
        state.owner = owner;
        break;
      }
      case 'Renamed': {
        const renamedFrom = requiredName(ic, 'renamedFrom');
        if (state.renamedFrom) ctx.repeated(renamedFrom.span, 'renamed from');
        state.renamedFrom = renamedFrom;
        break;
      }
      case 'consultation': {
        const consult = node(ic, 'consultation')!;
        state.consultations.push({
          ...annotationsOf(consult.children, nodeSpan(consult), ctx),
          modality: has(consult.children, 'May') ? 'may' : 'should',
          roles: nameList(node(consult.children, 'nameList')),
          when: textAt(consult.children, 'when', ctx),
        });
        break;
      }
      case 'Convenes':
        state.convenes.push(...nameList(node(ic, 'convenes')));
        break;
      case 'Action':
        state.actions.push(textOf(node(ic, 'action')!, ctx));
        break;
      case 'Result':
        state.results.push(textOf(node(ic, 'result')!, ctx));
        break;
      case 'Description': {
        const description = textOf(node(ic, 'description')!, ctx);
        if (state.descriptions.length > 0) ctx.repeated(description.span, 'description');
        state.descriptions.push(description);
        break;
      }
      case 'Note':
        state.notes.push(textOf(node(ic, 'note')!, ctx));
        break;
      case 'timescale':
        state.timescales.push(buildTimescale(node(ic, 'timescale')!, ctx));
        break;
      case 'route':
        state.routes.push(buildRoute(node(ic, 'route')!, false, ctx));
        break;
      case 'recordDuty':
        state.records.push(buildRecordDuty(node(ic, 'recordDuty')!, ctx));
        break;
      case 'step':
        state.steps.push(buildStep(node(ic, 'step')!, ctx));
        break;
      case 'notification':
        state.notifications.push(buildNotification(node(ic, 'notification')!, ctx));
        break;
      case 'requiredForm': {
        const r = node(ic, 'requiredForm')!;
        state.requiredForms.push({ ...annotationsOf(r.children, nodeSpan(r), ctx), form: requiredName(r.children, 'Identifier') });
        break;
      }
      case 'annotation':
        addAnnotation(state, node(ic, 'annotation')!, ctx);
        break;
      default:
        throw new Error(`internal: unknown stage item '${itemKind(ic)}'`);
    }
  }
  return state;
}
