// The work of `stepladder simulate` (registered in cli/commands/simulate.ts, loaded only when it runs).
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CalendarError, NATIONS, isNation, parseBankHolidays, type Nation, type SuppliedHolidays } from '../../runtime/calendar/index.ts';
import {
  SimulationError,
  formatSimulationText,
  parseDateTime,
  parseEventSpec,
  simulate,
  simulationToJson,
  type TimelineEvent,
} from '../../runtime/engine/index.ts';
import { collectInputsOrStdin } from '../stdin-input.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { SetExit } from '../main.ts';
import { parseFormat, printDiagnostics } from '../report-diagnostics.ts';

export interface SimulateOptions {
  start: string;
  nation?: string;
  event: string[];
  condition: string[];
  startAt?: string;
  closure: string[];
  holidays?: string;
  format: string;
}

/** `--holidays <file>`: the official UK bank-holidays JSON or a list, added to the built-in table. */
function readHolidays(io: CliIO, file: string | undefined): SuppliedHolidays | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`--holidays ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
  try {
    return { lists: parseBankHolidays(text) };
  } catch (error) {
    if (error instanceof CalendarError) throw new UsageError(`--holidays ${file}: ${error.message}.`);
    throw error;
  }
}

/** Runs `read`, turning a SimulationError into a usage error that starts with the argument's name. */
function argument<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SimulationError) throw new UsageError(`${name}: ${error.message}.`);
    throw error;
  }
}

function parseNation(value: string | undefined): Nation | undefined {
  if (value === undefined || isNation(value)) return value;
  throw new UsageError(`--nation must be one of ${NATIONS.join(', ')}, not '${value}'.`);
}

/** The argument a SimulationError is about, as the user typed it. */
function flagFor(error: SimulationError, options: SimulateOptions, file: string): string {
  switch (error.argument) {
    case 'start':
      return `--start ${options.start}`;
    case 'event':
      return `--event ${error.eventIndex === null ? error.value : (options.event[error.eventIndex] ?? error.value)}`;
    case 'condition':
      return `--condition ${error.value}`;
    case 'startAt':
      return `--start-at ${error.value}`;
    case 'calendar':
      return options.closure.length > 0 ? '--closure' : options.holidays !== undefined ? `--holidays ${options.holidays}` : '--nation';
    case 'protocol':
      return file;
  }
}

export function runSimulate(io: CliIO, setExit: SetExit, file: string, options: SimulateOptions): void {
  const format = parseFormat(options.format);
  const nation = parseNation(options.nation);
  const bankHolidays = readHolidays(io, options.holidays);
  const start = argument(`--start ${options.start}`, () => parseDateTime(options.start, 'start'));
  const events: TimelineEvent[] = options.event.map((text, i) => argument(`--event ${text}`, () => parseEventSpec(text, i)));
  const inputs = collectInputsOrStdin([file], io);
  if (inputs.length !== 1) throw new UsageError(`simulate takes one protocol file; '${file}' holds ${inputs.length}.`);
  const input = inputs[0]!;
  const { machine, diagnostics } = compileSource(input.source, input.file, createCompilerTools());
  if (machine === null) {
    printDiagnostics(io, [{ ...input, diagnostics }], format);
    setExit(EXIT.errors);
    return;
  }
  let simulation;
  try {
    simulation = simulate(machine, {
      start,
      events,
      conditions: Object.fromEntries(options.condition.map((id) => [id, true])),
      startAt: options.startAt,
      nation,
      closureDays: options.closure,
      bankHolidays,
    });
  } catch (error) {
    if (!(error instanceof SimulationError)) throw error;
    if (error.argument === 'protocol') {
      io.err(`stepladder: ${input.file}: ${error.message}.\n`);
      setExit(EXIT.errors);
      return;
    }
    throw new UsageError(`${flagFor(error, options, input.file)}: ${error.message}.`);
  }
  io.out(format === 'json' ? stableStringify(simulationToJson(simulation)) : formatSimulationText(simulation));
  setExit(EXIT.ok);
}
