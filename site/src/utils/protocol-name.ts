// What a protocol is called on the site: its area first ("Sefton – Escalating Concerns …"), because
// practitioners look for their area, not for a document title. The area is the one stepladder.yaml
// gives, else the partnership the protocol itself names.
import type { Machine } from '../../../compiler/ir/types.ts';
import { oneLine } from '../../../compiler/emitters/print-shared/text.ts';
import { settingsFor, type PartnershipConfig } from '../../../compiler/config/types.ts';

export function areaOf(machine: Machine, config: PartnershipConfig): string {
  return settingsFor(config, machine.id).area ?? oneLine(machine.meta.partnership.name);
}

export function protocolName(machine: Machine, config: PartnershipConfig): string {
  return `${areaOf(machine, config)} – ${oneLine(machine.meta.title)}`;
}

export function isCurrent(machine: Machine, config: PartnershipConfig): boolean {
  return settingsFor(config, machine.id).current;
}

/** Protocols in the order practitioners scan them: current ones by area, then those no longer in force. */
export function byArea<T extends { machine: Machine | null; id: string }>(protocols: T[], config: PartnershipConfig): T[] {
  const key = (p: T) => (p.machine ? `${isCurrent(p.machine, config) ? 0 : 1} ${areaOf(p.machine, config).toLowerCase()} ${p.id}` : `2 ${p.id}`);
  return [...protocols].sort((a, b) => key(a).localeCompare(key(b)));
}
