// A changed value in words, as the printed protocol would say it: a deadline as its wording, a route's
// target as the stage's title, a recording duty as a sentence. Each value is read in the protocol it
// comes from, so a renamed stage reads with its old name before and its new name after.
import { recordSentence, routeLabel, targetTitle } from '../emitters/mermaid/flow-describe.ts';
import { deadlineWording, formatAmount, namer, oneLine } from '../emitters/print-shared/text.ts';
import type { Amount, Consultation, Deadline, DiscretionaryStart, Machine, Meeting, RecordingDuty, Transition } from '../ir/types.ts';

type Item = Record<string, unknown>;

const quoted = (s: string): string => `"${oneLine(s)}"`;

function isDeadline(x: unknown): x is Deadline {
  return x !== null && typeof x === 'object' && 'anchor' in x && 'unit' in x && 'further' in x;
}

function isAmount(x: unknown): x is Amount {
  return x !== null && typeof x === 'object' && Object.keys(x).sort().join() === 'amount,unit';
}

function isDuty(x: unknown): x is RecordingDuty {
  return x !== null && typeof x === 'object' && 'record' in x && 'recordKind' in x;
}

function isMeeting(x: unknown): x is Meeting {
  return x !== null && typeof x === 'object' && 'role' in x && 'counterpart' in x;
}

function isConsultation(x: unknown): x is Consultation {
  return x !== null && typeof x === 'object' && 'modality' in x && 'roles' in x;
}

function isStart(x: unknown): x is DiscretionaryStart {
  return x !== null && typeof x === 'object' && 'any' in x && 'targets' in x && 'after' in x;
}

function isAcknowledgement(x: unknown): x is Machine['acknowledgements'][number] {
  return x !== null && typeof x === 'object' && 'code' in x && 'reason' in x;
}

function consultation(machine: Machine, c: Consultation): string {
  const who = namer(machine).rolesInSentence(c.roles);
  return `${c.modality === 'may' ? 'May' : 'Should'} consult ${who}${c.when ? ` ${oneLine(c.when)}` : ''}`;
}

function discretionaryStart(machine: Machine, s: DiscretionaryStart): string {
  const names = namer(machine);
  const where = s.any ? 'any stage' : s.targets.map((t) => names.state(t)).join(' or ');
  const when = s.condition ? ` when ${names.condition(s.condition)}` : '';
  const after = s.after.length > 0 ? `, after consulting ${names.roles(s.after)}` : '';
  return `May start at ${where}${when}${after}`;
}

function meeting(machine: Machine, m: Meeting): string {
  const names = namer(machine);
  if (m.with) return `${names.role(m.role)} meets ${names.role(m.with)}`;
  return m.counterpart ? `${names.role(m.role)} meets their counterpart` : `${names.role(m.role)}`;
}

/** The property a path ends in: `fields[outcome].label` → `label`, `fields[outcome]` → `fields`. */
export const leaf = (property: string | null): string => (property?.split('.').at(-1) ?? '').replace(/\[[^\]]*\]$/, '');

/** Ids that name something else in the protocol, by the property that holds them. */
function named(machine: Machine, property: string, id: string): string {
  const names = namer(machine);
  switch (property) {
    case 'owner':
    case 'role':
    case 'with':
    case 'by':
    case 'sharedWith':
    case 'roles':
    case 'after':
      return names.role(id);
    case 'convenes':
    case 'body':
    case 'partOf':
      return names.body(id);
    case 'parent':
    case 'levels':
    case 'initial':
    case 'targets':
      return names.state(id);
    case 'target':
      return names.target(id);
    case 'source':
      return names.state(id);
    case 'condition':
      return names.condition(id);
    case 'record':
      return names.record(id);
    default:
      return id;
  }
}

/** One value of `property`, in words. */
export function describeValue(machine: Machine, property: string | null, value: unknown): string {
  const key = leaf(property);
  if (value === undefined || value === null) return key === 'source' ? 'any stage' : 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (key === 'citations') return value;
    const name = named(machine, key, value);
    return name === value ? quoted(value) : oneLine(name);
  }
  if (isDeadline(value)) return deadlineWording(value, namer(machine));
  if (isAmount(value)) return formatAmount(value.amount, value.unit);
  if (isDuty(value)) return recordSentence(machine, value);
  if (isMeeting(value)) return meeting(machine, value);
  if (isConsultation(value)) return consultation(machine, value);
  if (isStart(value)) return discretionaryStart(machine, value);
  if (isAcknowledgement(value)) return `${value.code} ${value.name}${value.target ? ` at ${value.target}` : ''}: ${quoted(value.reason)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value.map((v) => describeValue(machine, property, v)).join('; ');
  }
  const item = value as Item;
  // A deadline's anchor: { kind: 'after', state } and the like.
  if (!('anchor' in item) && typeof item.kind === 'string' && Object.keys(item).length <= 2) {
    return item.kind === 'after' ? `after ${named(machine, 'parent', String(item.state))}` : String(item.kind);
  }
  if (typeof item.title === 'string') return quoted(item.title);
  if (typeof item.label === 'string') return quoted(item.label);
  if (typeof item.text === 'string') return quoted(item.text);
  return JSON.stringify(value);
}

/** How a route reads: "Step 3 – …: If not resolved → Step 4 – …". */
export function describeRoute(machine: Machine, t: Transition): string {
  const from = t.source === null ? 'At any stage' : namer(machine).state(t.source);
  return `${oneLine(from)}: ${routeLabel(machine, t)} → ${oneLine(targetTitle(machine, t))}`;
}
