// The key of a flowchart: one sample of each shape and line style the chart actually uses, so a reader
// never has to guess what a hexagon or a dashed line means. Only our own fixed words appear here.
export interface LegendNeeds {
  urgent: boolean;
  exit: boolean;
  trigger: boolean;
}

export const LEGEND_ID = 'key';

export function legendLines(needs: LegendNeeds): string[] {
  const lines = [
    'direction LR',
    'k1["<b>Stage</b><br/>who meets<br/>◷ timescale<br/>✎ what to record"]:::stage',
    'k2("<b>End:</b> outcome"):::outcome',
    'k1 -->|"Route: when it applies"| k2',
  ];
  if (needs.urgent) lines.push('k3["Stage"]:::stage', 'k4["Stage"]:::stage', 'k3 ==>|"Thick: urgent route"| k4');
  if (needs.trigger) lines.push('k5{{"Start at discretion,<br/>or at any stage"}}:::trigger', 'k6["Stage"]:::stage', 'k5 -.->|"Dashed: optional"| k6');
  if (needs.exit) lines.push('k7["Stage"]:::stage', 'k8>"Leave this procedure"]:::exit', 'k7 -.->|"Dashed: leaves"| k8');
  return [`subgraph ${LEGEND_ID}["Key"]`, ...lines.map((l) => `  ${l}`), 'end'];
}
