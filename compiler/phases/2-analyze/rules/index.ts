// The check rules, in the order they run. Name rules come first so that structural rules can rely
// on names resolving; the unnecessary-acknowledgement rule must be last.
import type { Rule } from '../rule.ts';
import { acknowledgementNames } from './acknowledgement-names.ts';
import { ambiguousUnit } from './ambiguous-unit.ts';
import { anchorOrder } from './anchor-order.ts';
import { choiceOptions } from './choice-options.ts';
import { deadlineCases } from './deadline-cases.ts';
import { duplicateRoute } from './duplicate-route.ts';
import { entryPoints } from './entry-points.ts';
import { formLayoutConflict } from './form-layout-conflict.ts';
import { furtherWithoutAnchor } from './further-without-anchor.ts';
import { invalidAmount } from './invalid-amount.ts';
import { memberCount } from './member-count.ts';
import { metadataValues } from './metadata-values.ts';
import { recordTiming } from './record-timing.ts';
import { missingMetadata } from './missing-metadata.ts';
import { missingOwner } from './missing-owner.ts';
import { missingRecording } from './missing-recording.ts';
import { missingTimescale } from './missing-timescale.ts';
import { noTerminalOutcome } from './no-terminal-outcome.ts';
import { noUrgentRoute } from './no-urgent-route.ts';
import { noWayOut } from './no-way-out.ts';
import { phaseRanges } from './phase-ranges.ts';
import { roleSides } from './role-sides.ts';
import { startKinds } from './start-kinds.ts';
import { stepAnchorOrder } from './step-anchor-order.ts';
import { stepTimescale } from './step-timescale.ts';
import { unreachableDuties } from './unreachable-duties.ts';
import { inferredReason } from './inferred-reason.ts';
import { notEncodedReason } from './not-encoded-reason.ts';
import { passageLocation } from './passage-location.ts';
import { protocolName } from './protocol-name.ts';
import { renamedFrom } from './renamed-from.ts';
import { repeatedBriefingSection } from './repeated-briefing-section.ts';
import { requiredFormDuty } from './required-form-duty.ts';
import { requiredMetadata } from './required-metadata.ts';
import { routeIntoLevels } from './route-into-levels.ts';
import { routeLoop } from './route-loop.ts';
import { statePlacement } from './state-placement.ts';
import { sourceCoverage } from './source-coverage.ts';
import { supersedesItself } from './supersedes-itself.ts';
import { totalMismatch } from './total-mismatch.ts';
import { uncited } from './uncited.ts';
import { undefinedNames } from './undefined-names.ts';
import { unknownValues } from './unknown-values.ts';
import { unnecessaryAcknowledgement } from './unnecessary-acknowledgement.ts';
import { unreachableStage } from './unreachable-stage.ts';
import { unusedDeclarations } from './unused-declarations.ts';
import { unusedPassage } from './unused-passage.ts';

export const rules: Rule[] = [
  acknowledgementNames,
  requiredMetadata,
  metadataValues,
  missingMetadata,
  protocolName,
  supersedesItself,
  undefinedNames,
  renamedFrom,
  unknownValues,
  repeatedBriefingSection,
  memberCount,
  formLayoutConflict,
  choiceOptions,
  recordTiming,
  statePlacement,
  entryPoints,
  duplicateRoute,
  unreachableStage,
  noWayOut,
  routeLoop,
  noTerminalOutcome,
  routeIntoLevels,
  deadlineCases,
  invalidAmount,
  anchorOrder,
  furtherWithoutAnchor,
  stepAnchorOrder,
  stepTimescale,
  startKinds,
  roleSides,
  phaseRanges,
  unreachableDuties,
  totalMismatch,
  ambiguousUnit,
  missingOwner,
  missingTimescale,
  missingRecording,
  requiredFormDuty,
  unusedDeclarations,
  unusedPassage,
  notEncodedReason,
  inferredReason,
  passageLocation,
  sourceCoverage,
  uncited,
  noUrgentRoute,
  unnecessaryAcknowledgement,
];
