// The partnership configuration (stepladder.yaml): schema, parsing, review dates, starter file.
export { configJsonSchema, configSchema, CONTACT_KINDS, type ContactKind } from './schema.ts';
export { parseConfig, type ConfigResult, type ParseConfigOptions } from './parse-config.ts';
export { londonDate, reviewDiagnostics, reviewState, type ReviewState } from './review.ts';
export { starterConfig } from './starter.ts';
export { emptyConfig, settingsFor, type Contact, type PartnershipConfig, type ProtocolSettings } from './types.ts';
export { GENERAL_IMMEDIATE_RISK_ADVICE, immediateRiskNotice, type ImmediateRiskNotice } from './immediate-risk.ts';
