import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { compileSource } from '../compiler/index.ts';
for (const id of ['sefton', 'lincolnshire', 'cumberland', 'warwickshire', 'generic-lscb']) {
  const file = `protocols/${id}.protocol`;
  const { machine, diagnostics } = compileSource(readFileSync(file, 'utf8'), file);
  console.log(id, machine ? 'ok' : 'NO MACHINE', diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).slice(0, 3));
  mkdirSync('/tmp/ir', { recursive: true });
  if (machine) writeFileSync(`/tmp/ir/${id}.json`, JSON.stringify(machine, null, 2));
}
