// The immediate-risk notice shown above every protocol (index, protocol page, poster). It is never
// part of a protocol: either the partnership's own words from stepladder.yaml (`site.immediate_risk`)
// or, when it gives none, the general advice, and both are printed with a label saying whose words
// they are, so no practitioner reads them as the protocol's procedure.
import type { PartnershipConfig } from './types.ts';

export const GENERAL_IMMEDIATE_RISK_ADVICE = 'If a child is at immediate risk of harm, contact the police (999) or children’s social care now.';

export interface ImmediateRiskNotice {
  text: string;
  /** Who says it, printed beside it: "Site notice, not part of this protocol." */
  label: string;
  from: 'partnership' | 'general';
}

export function immediateRiskNotice(config: PartnershipConfig | undefined): ImmediateRiskNotice {
  const own = config?.site.immediateRisk ?? null;
  return own
    ? { text: own, label: 'Site notice from the partnership, not part of this protocol.', from: 'partnership' }
    : { text: GENERAL_IMMEDIATE_RISK_ADVICE, label: 'General advice, not part of this protocol.', from: 'general' };
}
