// The deadline timeline engine (docs/simulate.md): walk a compiled protocol from the moment an
// escalation is raised and work out who meets whom, when each stage is due, what was missed and
// what must be recorded. Browser-safe: no Node imports, no date library, no compiler.

export { simulate } from './checked-simulate.ts';
export { simulateTrusted } from './simulate.ts';
export { protocolCalendar } from './validate-input.ts';
export { SimulationError, isSimulationError } from './errors.ts';
export type { SimulationArgument, SimulationErrorCode } from './errors.ts';
export type {
  AnchorView,
  CaseFacts,
  DeadlineResult,
  DutiesView,
  ExitTiming,
  MeetingView,
  Named,
  NotificationView,
  RecordView,
  SimulatedEnd,
  SimulatedStep,
  Simulation,
  SimulationOptions,
  StepExit,
  TimedStepResult,
  TimelineEvent,
  TimescaleResult,
} from './types.ts';
export { dutiesAt, markOverdue } from './duties.ts';
export { formatLondonIso, formatLondonShort, parseDateTime } from './date-time.ts';
export { formatEventSpec, parseEventSpec } from './event-spec.ts';
export { SIMULATION_FORMAT, SIMULATION_FORMAT_VERSION, instantJson, simulationToJson } from './json-view.ts';
export type { DeadlineJson, InstantJson, SimulationJson, StepJson, TimescaleJson } from './json-view.ts';
export { formatAmount, formatSimulationText, plain } from './text-view.ts';
export { enumeratePaths } from './paths.ts';
export type { PathStep, ProtocolPath } from './paths.ts';
export { DEFAULT_EVENT_PREFERENCE, applicableRoutes, defaultRoute, routeForEvent } from './routes.ts';
export { elapsedFromStart, evaluateTimescale, resolveAnchor, selectDeadline } from './deadlines.ts';
export type { AnchorTimes } from './deadlines.ts';
export { entryLeaf, indexMachine, selfAndAncestors } from './machine-index.ts';
export type { MachineIndex } from './machine-index.ts';
