// `stepladder simulate <file> --start <date-time> [--event <stage>=<event>@<date-time>]...`: the
// timeline of one escalation, with real due dates (docs/simulate.md). Mistakes in the arguments
// are usage errors (exit 2) that name the argument; a protocol with errors prints them (exit 1).
import type { Command } from 'commander';
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

interface SimulateOptions {
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

const collect = (value: string, previous: string[]): string[] => [...previous, value];

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

export function registerSimulate(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('simulate')
    .description('Walk one escalation through a protocol and print each stage with its due date and time.')
    .argument('<file>', 'the protocol file (- reads standard input)')
    .requiredOption('--start <date-time>', 'when the escalation was raised, London time (e.g. 2026-01-05T10:00)')
    .option('--nation <nation>', `bank holidays to use instead of the protocol's (${NATIONS.join(', ')})`)
    .option('--event <stage=event@date-time>', 'something that happened, e.g. step1=unresolved@2026-01-06T15:00 (repeatable; the time may be left out)', collect, [])
    .option('--condition <id>', 'a condition that holds for this case, e.g. child_protection (repeatable)', collect, [])
    .option('--start-at <stage>', 'start at a later stage, where the protocol allows it')
    .option('--closure <YYYY-MM-DD>', 'an extra local closure day (repeatable)', collect, [])
    .option('--holidays <file>', 'bank holidays beyond the built-in years: the official UK bank-holidays JSON file, or a list of {date, name}')
    .option('--format <format>', 'text (for people) or json (for tools)', 'text')
    .action((file: string, options: SimulateOptions) => {
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
    });
}
