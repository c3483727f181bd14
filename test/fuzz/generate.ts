// Inputs for the fuzz run beyond random edits of the seeds: protocols generated from the grammar
// (every construct, names that may or may not resolve, amounts and units that may be wrong), byte-level
// corruption of real files (decoded as a reader would, with U+FFFD for broken sequences), and generated
// extremes (thousands of stages, deep nesting, megabyte strings) that find stack and time limits.
import fc from 'fast-check';

const HEADER = (id: string) => `protocol ${id} {
  title "Generated"
  partnership "Generated Partnership"
  nation england
  version "1"
  effective 2025-01-01
  acknowledge no_urgent_route "Generated."
  source { passage p "The published text." }
  role worker "Worker"
  role manager "Manager"
  register file "The case file"
  record file { at every stage }
`;

const name = fc.constantFrom('s0', 's1', 's2', 's3', 's4', 'l0', 'l1', 'done', 'ended', 'worker', 'manager', 'file', 'p', 'missing', 'escalation');
const amount = fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.constantFrom('-1', '2.5', '0', '99999999999999999999'));
const unit = fc.constantFrom('working days', 'days', 'calendar days', 'hours', 'weeks', 'working day', 'fortnights');
const words = fc.oneof(fc.constantFrom('Step', 'Stage', 'within 2 working days', '“quoted”', 'à la', '😀', '\\n', '\\u2019'), fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/["\\\n\r]/g, ' ').trim() || 'x'));
const text = fc.array(words, { minLength: 1, maxLength: 6 }).map((w) => `"${w.join(' ')}"`);

const stageItem = fc.oneof(
  fc.tuple(name, fc.option(name)).map(([a, b]) => `meets ${a}${b ? ` with ${b}` : ''}`),
  name.map((n) => `owner ${n}`),
  fc.tuple(fc.constantFrom('deadline', 'timescale'), fc.boolean(), amount, unit, fc.option(name), fc.option(text)).map(
    ([kw, further, n, u, anchor, wording]) => `${kw} within ${further ? 'a further ' : ''}${n} ${u}${anchor ? ` of ${anchor}` : ''} {${wording ? ` wording ${wording}` : ''} cite p }`,
  ),
  fc.tuple(fc.constantFrom('resolved', 'unresolved', 'urgent', 'decided', 'missing'), name).map(([e, t]) => `on ${e} -> ${t}`),
  text.map((t) => `action ${t}`),
  text.map((t) => `description ${t}`),
  fc.constant('cite p'),
  fc.tuple(name).map(([n]) => `record ${n} { by worker }`),
);

const stage = (depth: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom('stage', 'level'), name, text, fc.array(stageItem, { maxLength: 8 }), depth > 0 ? fc.array(stage(depth - 1), { maxLength: 2 }) : fc.constant([] as string[])).map(
    ([kw, id, title, items, levels]) => `${kw} ${id} ${title} {\n${[...items, ...levels].map((l) => `  ${l}`).join('\n')}\n}`,
  );

/** A protocol made of the language's constructs in random combinations: mostly wrong, sometimes valid. */
export const generatedProtocol: fc.Arbitrary<string> = fc
  .tuple(fc.array(stage(2), { minLength: 0, maxLength: 6 }), fc.array(fc.tuple(fc.constantFrom('done', 'ended', 'resolved'), text), { maxLength: 3 }))
  .map(([stages, outcomes]) => `${HEADER('generated')}${stages.join('\n')}\n${outcomes.map(([id, t]) => `outcome ${id} ${t} { kind resolved }`).join('\n')}\n}\n`);

/** Random byte edits of a file's UTF-8, decoded back the way a reader of the file would. */
export const byteEdits = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  ),
  { minLength: 1, maxLength: 8 },
);

export type ByteEdit = typeof byteEdits extends fc.Arbitrary<Array<infer E>> ? E : never;

export function applyByteEdits(source: string, edits: ByteEdit[]): string {
  let bytes = new TextEncoder().encode(source);
  for (const e of edits) {
    const at = bytes.length === 0 ? 0 : e.at % bytes.length;
    if (e.kind === 'flip' && bytes.length > 0) bytes[at] = bytes[at]! ^ (1 << e.bit);
    else if (e.kind === 'set' && bytes.length > 0) bytes[at] = e.value;
    else if (e.kind === 'delete') bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + e.length)]);
    else if (e.kind === 'insert') bytes = Uint8Array.from([...bytes.subarray(0, at), ...e.bytes, ...bytes.subarray(at)]);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function stageBlock(i: number, routes: string[], deadline: string): string {
  return `  stage s${i} "Stage ${i}" {\n    meets worker with counterpart\n    ${deadline}\n${routes.map((r) => `    ${r}\n`).join('')}    cite p\n  }\n`;
}

/** One stage after another: each escalates to the next, each deadline counts from the one before. */
export function chainOfStages(count: number): string {
  let body = '';
  for (let i = 0; i < count; i++) {
    const next = i + 1 < count ? `s${i + 1}` : 'ended';
    const deadline = i === 0 ? 'deadline within 2 working days { cite p }' : `deadline within a further 2 working days of s${i - 1} { cite p }`;
    body += stageBlock(i, ['on resolved -> done', `on unresolved -> ${next}`], deadline);
  }
  return `${HEADER('chain')}${body}  outcome done "Resolved" { kind resolved }\n  outcome ended "Ended" { kind resolved }\n}\n`;
}

/** Stages that each branch to the next two, so paths multiply. */
export function branchingStages(count: number): string {
  let body = '';
  for (let i = 0; i < count; i++) {
    const a = 2 * i + 1 < count ? `s${2 * i + 1}` : 'done';
    const b = 2 * i + 2 < count ? `s${2 * i + 2}` : 'ended';
    body += stageBlock(i, [`on resolved -> ${a}`, `on unresolved -> ${b}`, 'on urgent -> ended'], 'deadline within 2 working days { cite p }');
  }
  return `${HEADER('branching')}${body}  outcome done "Resolved" { kind resolved }\n  outcome ended "Ended" { kind resolved }\n}\n`;
}

/** Blocks nested far deeper than the language allows. */
export function deepNesting(depth: number): string {
  return `${HEADER('nested')}  stage s0 "S" {\n    on resolved -> done\n    ${'level l "L" { '.repeat(depth)}${'} '.repeat(depth)}\n  }\n  outcome done "Done" { kind resolved }\n}\n`;
}

/** A valid protocol whose texts are each `size` characters long. */
export function megabyteStrings(size: number): string {
  const long = 'x'.repeat(size);
  return `${HEADER('mega')}  stage s0 "${long}" {\n    meets worker with counterpart\n    description "${long}"\n    deadline within 2 working days { wording "${long}" cite p }\n    on resolved -> done\n    cite p\n  }\n  outcome done "${long}" { kind resolved }\n}\n`;
}
