import { featuresMachine } from '/work/main/test/flowchart/fixtures/features.ts';
import { mermaidFlowchart } from '/work/main/compiler/emitters/mermaid/mermaid-flowchart.ts';
process.stdout.write(mermaidFlowchart(featuresMachine()));
