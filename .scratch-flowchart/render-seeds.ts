import { readFileSync, writeFileSync } from 'node:fs';
import { scratchBrowser } from './session.ts';
import { noCache } from '../render/cache.ts';
import { renderFlowcharts } from '../render/flowchart-renderer.ts';
import { compileSource } from '../compiler/index.ts';
import { mermaidFlowchart } from '../compiler/emitters/mermaid/mermaid-flowchart.ts';
import { featuresMachine } from '../test/flowchart/fixtures/features.ts';
const ids = process.argv.slice(2).length ? process.argv.slice(2) : ['sefton', 'lincolnshire', 'cumberland', 'warwickshire', 'generic-lscb'];
const diagrams = ids.map((id) => {
  const m = id === 'features' ? featuresMachine() : compileSource(readFileSync(`protocols/${id}.protocol`, 'utf8'), id).machine!;
  const source = mermaidFlowchart(m);
  writeFileSync(`/tmp/${id}.mmd`, source);
  return { key: id, source };
});
const session = await scratchBrowser();
const t0 = Date.now();
const out = await renderFlowcharts(session, diagrams, noCache());
console.log('ms', Date.now() - t0);
for (const r of out) {
  if (r.error) console.log(r.key, r.error);
  if (r.svg) writeFileSync(`/tmp/${r.key}.svg`, r.svg);
  if (r.png) writeFileSync(`/tmp/${r.key}.png`, r.png);
  console.log(r.key, r.svg?.length, r.png?.length);
}
await session.close();
