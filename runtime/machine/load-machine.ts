// loadMachine: the one door a machine.json comes in by. It checks the format and version, the
// published schema (the TypeBox definition itself, checked by TypeBox's interpreter: no code
// generation, so it runs under a strict Content-Security-Policy) and every reference, and throws
// one InvalidMachineError listing everything wrong before anything runs. simulate() and
// createProtocolMachine() call it, so a typo'd key is a clear error, not a TypeError half-way.

import { Check } from '@sinclair/typebox/value';
import { Errors, ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { FORMAT_VERSION, MachineSchema } from '../../compiler/ir/schema.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { InvalidMachineError } from './errors.ts';
import { referenceProblems } from './references.ts';

/** The machine.json format versions this runtime runs. */
export const SUPPORTED_FORMAT_VERSIONS: readonly number[] = [FORMAT_VERSION];

const MAX_SCHEMA_PROBLEMS = 50;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems of the envelope, reported alone: with the wrong format, field-by-field errors are noise. */
function envelopeProblems(value: unknown): string[] {
  if (!isRecord(value)) return [`/: expected a JSON object (the contents of machine.json), got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`];
  if (value.format !== 'stepladder.machine') {
    return [`/format: expected "stepladder.machine", got ${JSON.stringify(value.format) ?? 'nothing'}; load the machine.json that \`stepladder build\` writes, not xstate.json or another file`];
  }
  if (!SUPPORTED_FORMAT_VERSIONS.includes(value.formatVersion as number)) {
    return [
      `/formatVersion: format version ${JSON.stringify(value.formatVersion) ?? '(missing)'} is not supported; this runtime reads ${SUPPORTED_FORMAT_VERSIONS.join(', ')}. Install the @stepladder/runtime release that matches the compiler that built it, or rebuild the protocol with this release's compiler`,
    ];
  }
  return [];
}

/** TypeBox's message, with what to do where the cause is usually clear. */
function describe(error: ValueError): string {
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'is missing; every compiled protocol has it (was the file edited by hand, or cut short?)';
    case ValueErrorType.ObjectAdditionalProperties:
      return 'is not a field of this format: a misspelt name, or a machine from a newer compiler (rebuild it with this release, or update the runtime)';
    default:
      return error.message;
  }
}

function schemaProblems(value: unknown): string[] {
  if (Check(MachineSchema, value)) return [];
  const problems: string[] = [];
  for (const error of Errors(MachineSchema, value)) {
    // A union reports each branch it tried; the first message at a path is the useful one.
    const line = `${error.path || '/'}: ${describe(error)}`;
    if (!problems.some((p) => p.startsWith(`${error.path || '/'}: `))) problems.push(line);
    if (problems.length >= MAX_SCHEMA_PROBLEMS) break;
  }
  return problems;
}

/** The problems with `value` as a machine.json, or an empty list when it can run. */
export function machineProblems(value: unknown): string[] {
  const envelope = envelopeProblems(value);
  if (envelope.length > 0) return envelope;
  const schema = schemaProblems(value);
  if (schema.length > 0) return schema;
  return referenceProblems(value as Machine);
}

/**
 * Checks a compiled protocol and returns it typed, or throws one InvalidMachineError listing every
 * problem. Accepts the parsed object or the JSON text of machine.json.
 */
export function loadMachine(json: unknown, what = 'machine.json'): Machine {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new InvalidMachineError([`/: not valid JSON (${error instanceof Error ? error.message : String(error)})`], what);
    }
  }
  const problems = machineProblems(value);
  if (problems.length > 0) throw new InvalidMachineError(problems, what);
  return value as Machine;
}
