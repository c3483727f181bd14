// The partnership configuration as the rest of Stepladder reads it: stepladder.yaml after parsing and
// checking, with every optional setting made explicit (null or a neutral default), so no consumer
// has to know which keys the file may leave out.
import type { ContactKind } from './schema.ts';

export interface Contact {
  kind: ContactKind;
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  hours: string | null;
  note: string | null;
}

export interface ProtocolSettings {
  /** The area practitioners look for ("Sefton"); null when the config names none. */
  area: string | null;
  lastReviewed: string | null;
  nextReview: string | null;
  feedback: string | null;
  /** False for a protocol kept for reference but no longer in force. */
  current: boolean;
  acknowledged: { reviewOverdue: string | null; reviewDatesMissing: string | null };
}

export interface SiteSettingsFromConfig {
  name: string | null;
  description: string | null;
  url: string | null;
  logo: { src: string; alt: string } | null;
  colours: { accent: string | null; accentOnDark: string | null };
  footer: string | null;
  /** The partnership's own immediate-risk notice; null: the general advice is shown, marked as such. */
  immediateRisk: string | null;
}

export interface PartnershipConfig {
  /** The file it was read from, or null when there is none (neutral defaults). */
  file: string | null;
  partnership: string | null;
  site: SiteSettingsFromConfig;
  contacts: Contact[];
  protocols: Record<string, ProtocolSettings>;
}

export const NO_PROTOCOL_SETTINGS: ProtocolSettings = {
  area: null,
  lastReviewed: null,
  nextReview: null,
  feedback: null,
  current: true,
  acknowledged: { reviewOverdue: null, reviewDatesMissing: null },
};

/** The configuration used when there is no stepladder.yaml: nothing stated, nothing invented. */
export function emptyConfig(): PartnershipConfig {
  return {
    file: null,
    partnership: null,
    site: { name: null, description: null, url: null, logo: null, colours: { accent: null, accentOnDark: null }, footer: null, immediateRisk: null },
    contacts: [],
    protocols: {},
  };
}

export function settingsFor(config: PartnershipConfig, protocolId: string): ProtocolSettings {
  return config.protocols[protocolId] ?? NO_PROTOCOL_SETTINGS;
}
