// The key of a flowchart: one sample of each shape and line style the chart actually uses, so a reader
// never has to guess what a hexagon or a dashed line means. Only our own fixed words appear here.
export interface LegendNeeds {
  urgent: boolean;
  dashed: boolean;
  exit: boolean;
  trigger: boolean;
}

export const LEGEND_ID = 'key';

export function legendLines(needs: LegendNeeds): string[] {
  const lines = [
    'direction LR',
    'k1["Stage: who meets, ◷ timescale, ✎ what to record"]:::stage',
    'k2(["End: outcome"]):::outcome',
    'k1 -->|"Route"| k2',
  ];
  if (needs.urgent) lines.push('k3["Stage"]:::stage', 'k4["Stage"]:::stage', 'k3 ==>|"Urgent route (thick)"| k4');
  if (needs.trigger) lines.push('k5{{"At discretion or at any stage"}}:::trigger', 'k6["Stage"]:::stage', 'k5 -.->|"Dashed: optional route"| k6');
  if (needs.exit) lines.push('k7["Any stage"]:::stage', 'k8>"Leave this procedure"]:::exit', 'k7 -.->|"Dashed: leaves"| k8');
  return [`subgraph ${LEGEND_ID}["Key"]`, ...lines.map((l) => `  ${l}`), 'end'];
}
