import { readFileSync } from 'node:fs';
import { compileSource } from '../compiler/index.ts';
import { flowText } from '../compiler/emitters/mermaid/flow-text.ts';
import { featuresMachine } from '../test/flowchart/fixtures/features.ts';
const id = process.argv[2]!;
const m = id === 'features' ? featuresMachine() : compileSource(readFileSync(`protocols/${id}.protocol`, 'utf8'), id).machine!;
process.stdout.write(flowText(m));
