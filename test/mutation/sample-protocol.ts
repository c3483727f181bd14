// The small protocol the mutation tests of cumulative totals compile: one role, one register
// recorded at every stage, one outcome, and the stages each test gives.

/** A protocol with the given stages (and levels), each routed on as written. */
export function sampleProtocol(stages: string): string {
  return `protocol sample {
  title "Sample"
  partnership "Sample Partnership"
  nation england
  version "1"
  effective 2025-01-01
  acknowledge no_urgent_route "The sample has no urgent route."
  source { passage p "The published text." }
  role worker "Worker"
  register file "The case file"
  record file { at every stage }
${stages}
  outcome done "Done" { kind resolved }
}
`;
}
