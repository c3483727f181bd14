// Reads stepladder.yaml: YAML (the `yaml` package, which keeps every node's position) checked with
// ajv against the published schema, then the checks a schema cannot make (real dates, protocols
// that exist). Every problem is a registry diagnostic pointing into the file; throws only on bugs.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { type Document, isPair, isScalar, parseDocument, visit } from 'yaml';
import { makeDiagnostic, suggestion } from '../diagnostics/report.ts';
import { closest } from '../diagnostics/suggest.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import { CONFIG_CHECK_OPTIONS, configCheckFingerprint } from './config-check-options.ts';
import * as precompiled from './config-validator.generated.js';
import { type PrecompiledCheck, precompiledOr } from '../ir/precompiled-check.ts';
import { configSchema, type RawConfig } from './schema.ts';
import { emptyConfig, type PartnershipConfig, type ProtocolSettings } from './types.ts';
import { locate, pointerSegments } from './yaml-spans.ts';

export interface ConfigResult {
  /** Null when the file has errors: nothing may be built from a configuration that is wrong. */
  config: PartnershipConfig | null;
  diagnostics: Diagnostic[];
}

export interface ParseConfigOptions {
  /** Ids of the protocols being built; names the config gives that are not among them are errors. */
  protocolIds?: string[];
}

const VALUE_HINTS: Record<string, [expected: string, hint: string]> = {
  last_reviewed: ['a date like 2026-04-01', 'Write dates as YYYY-MM-DD.'],
  next_review: ['a date like 2027-04-01', 'Write dates as YYYY-MM-DD.'],
  url: ['a web address starting with https://', 'Write the full address, for example https://procedures.example.org.'],
  feedback: ['an https:// or mailto: link', 'For example https://example.org/feedback or mailto:team@example.org.'],
  accent: ['a hex colour such as #0f5c8c', 'Write six hex digits after #.'],
  accent_on_dark: ['a hex colour such as #8fc9ef', 'Write six hex digits after #.'],
  kind: ['a kind of contact', 'Use one of: front_door, out_of_hours, lado, business_unit, other.'],
};

const TYPE_WORDS: Record<string, string> = { string: 'text', boolean: 'true or false', array: 'a list (lines starting with -)', object: 'a group of settings (indented lines)' };

/** "the file", "'site'", "contacts item 2", "the protocol 'sefton'": where a problem is, in words. */
function describe(segments: string[]): string {
  if (segments.length === 0) return 'the file';
  if (segments[0] === 'protocols' && segments.length >= 2) return `the protocol '${segments[1]}'${segments.length > 2 ? ` (${segments.slice(2).join('.')})` : ''}`;
  if (segments[0] === 'contacts' && segments.length >= 2) return `contact ${Number(segments[1]) + 1}`;
  return `'${segments.join('.')}'`;
}

type ConfigCheck = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The schema check: precompiled by `npm run generate:validators` (compiling it took about 100 ms,
 * twice in a `stepladder check` of the whole folder), or, if the schema or options changed since,
 * compiled here as before. ajv's check keeps its last errors on itself; they are read at once, in the
 * same synchronous call, so no parse can see another's.
 */
export function configCheck(generated: PrecompiledCheck<ConfigCheck> = precompiled): { check: ConfigCheck; precompiled: boolean } {
  return precompiledOr(generated, configCheckFingerprint(configSchema), () => new Ajv2020(CONFIG_CHECK_OPTIONS).compile(configSchema));
}

function schemaDiagnostic(file: string, doc: Document, error: ErrorObject): Diagnostic | null {
  const segments = pointerSegments(error.instancePath);
  const last = segments.at(-1) ?? '';
  const at = locate(doc, segments);
  const value = String(error.data ?? '');
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const span = locate(doc, [...segments, key]).key;
      if (segments.length === 1 && segments[0] === 'protocols') {
        return makeDiagnostic(file, 'config_bad_value', span, { value: key, expected: 'a protocol name', hint: 'Use the name written after `protocol` in the protocol file.' });
      }
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return makeDiagnostic(file, 'config_unknown_key', span, { key, where: describe(segments), suggestion: suggestion(closest(key, allowed)), allowed: allowed.join(', ') });
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const where = describe(segments);
      return makeDiagnostic(file, 'config_missing_key', at.key, { key, where: where[0]!.toUpperCase() + where.slice(1) });
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type);
      return makeDiagnostic(file, 'config_wrong_type', at.value, { key: last || 'The file', expected: TYPE_WORDS[expected] ?? expected });
    }
    case 'minLength':
      return makeDiagnostic(file, 'config_wrong_type', at.value, { key: last, expected: 'text that is not empty' });
    case 'pattern':
    case 'enum': {
      if (last === 'phone') return makeDiagnostic(file, 'config_bad_phone', at.value, { value });
      if (last === 'email') return makeDiagnostic(file, 'config_bad_email', at.value, { value });
      const [expected, hint] = VALUE_HINTS[last] ?? ['allowed here', 'See the schema printed by `stepladder schema --config`.'];
      return makeDiagnostic(file, 'config_bad_value', at.value, { value, expected, hint });
    }
    default:
      return makeDiagnostic(file, 'config_wrong_type', at.value, { key: last || 'The file', expected: error.message ?? 'valid' });
  }
}

/** Phone numbers written without quotes are read by YAML as numbers; take them as the digits written. */
function phonesAsWritten(doc: Document): void {
  visit(doc, {
    Pair(_key, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'phone' && isScalar(pair.value) && typeof pair.value.value === 'number') {
        pair.value.value = pair.value.source ?? String(pair.value.value);
      }
    },
  });
}

/** A key written with nothing after it (`name:`) means the setting is left out, as in the starter file. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutEmpty(v)]));
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function laterChecks(file: string, doc: Document, raw: RawConfig, options: ParseConfigOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [id, settings] of Object.entries(raw.protocols ?? {})) {
    if (options.protocolIds && !options.protocolIds.includes(id)) {
      diagnostics.push(makeDiagnostic(file, 'config_unknown_protocol', locate(doc, ['protocols', id]).key, {
        id,
        suggestion: suggestion(closest(id, options.protocolIds)),
        known: options.protocolIds.map((p) => `'${p}'`).join(', ') || 'there are none',
      }));
    }
    for (const key of ['last_reviewed', 'next_review'] as const) {
      const value = settings[key];
      if (value && !isRealDate(value)) {
        diagnostics.push(makeDiagnostic(file, 'config_bad_value', locate(doc, ['protocols', id, key]).value, { value, expected: 'a real date', hint: 'Check the day and the month (YYYY-MM-DD).' }));
      }
    }
  }
  return diagnostics;
}

function normalise(file: string, raw: RawConfig): PartnershipConfig {
  const base = emptyConfig();
  const site = raw.site ?? {};
  const protocols: Record<string, ProtocolSettings> = {};
  for (const [id, p] of Object.entries(raw.protocols ?? {})) {
    protocols[id] = {
      area: p.area ?? null,
      lastReviewed: p.last_reviewed ?? null,
      nextReview: p.next_review ?? null,
      feedback: p.feedback ?? null,
      current: p.current ?? true,
      acknowledged: { reviewOverdue: p.acknowledge?.review_overdue ?? null, reviewDatesMissing: p.acknowledge?.review_dates_missing ?? null },
    };
  }
  return {
    file,
    partnership: raw.partnership?.name ?? null,
    site: {
      ...base.site,
      name: site.name ?? null,
      description: site.description ?? null,
      url: site.url ?? null,
      logo: site.logo ? { src: site.logo.src, alt: site.logo.alt ?? '' } : null,
      colours: { accent: site.colours?.accent ?? null, accentOnDark: site.colours?.accent_on_dark ?? null },
      footer: site.footer ?? null,
      immediateRisk: site.immediate_risk ?? null,
    },
    contacts: (raw.contacts ?? []).map((c) => ({
      kind: c.kind,
      name: c.name,
      phone: c.phone ?? null,
      email: c.email ?? null,
      address: c.address ?? null,
      hours: c.hours ?? null,
      note: c.note ?? null,
    })),
    protocols,
  };
}

export function parseConfig(text: string, file: string, options: ParseConfigOptions = {}): ConfigResult {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const syntax = [...doc.errors, ...doc.warnings].map((e) =>
    makeDiagnostic(file, 'config_syntax', { start: e.pos[0], end: Math.max(e.pos[0], e.pos[1]) }, { detail: `${e.message.split(' at line ')[0]!.replace(/\.?$/, '.')}` }),
  );
  if (syntax.some((d) => d.severity === 'error')) return { config: null, diagnostics: syntax };
  phonesAsWritten(doc);
  const data = withoutEmpty(doc.toJS() ?? {});
  const validate = configCheck().check;
  if (!validate(data)) {
    const diagnostics = (validate.errors ?? []).map((e) => schemaDiagnostic(file, doc, e)).filter((d): d is Diagnostic => d !== null);
    return { config: null, diagnostics: [...syntax, ...diagnostics].sort((a, b) => a.span.start - b.span.start) };
  }
  const raw = data as RawConfig;
  const later = laterChecks(file, doc, raw, options);
  const diagnostics = [...syntax, ...later].sort((a, b) => a.span.start - b.span.start);
  return { config: later.length > 0 ? null : normalise(file, raw), diagnostics };
}
