import { writeFileSync } from 'node:fs';
import { scratchBrowser as openBrowser } from './session.ts';
import { noCache } from '/work/main/render/cache.ts';
import { renderFlowcharts } from '/work/main/render/flowchart-renderer.ts';
import { featuresMachine } from '/work/main/test/flowchart/fixtures/features.ts';
import { mermaidFlowchart } from '/work/main/compiler/emitters/mermaid/mermaid-flowchart.ts';
const session = await openBrowser();
const t0 = Date.now();
const out = await renderFlowcharts(session, [{ key: 'features', source: mermaidFlowchart(featuresMachine()) }], noCache());
console.log('ms', Date.now() - t0);
for (const r of out) {
  if (r.error) console.log(r.key, r.error);
  if (r.svg) writeFileSync(`/tmp/${r.key}.svg`, r.svg);
  if (r.png) writeFileSync(`/tmp/${r.key}.png`, r.png);
  console.log(r.key, r.svg?.length, r.png?.length);
}
await session.close();
