// The emitters, in the order the build runs them. Adding an output is a folder plus a line here.
import { jsonEmitter } from './json/json-emitter.ts';
import { flowTextEmitter, mermaidEmitter } from './mermaid/mermaid-emitter.ts';
import type { Emitter } from './types.ts';

export const emitters: Emitter[] = [
  jsonEmitter,
  mermaidEmitter,
  flowTextEmitter,
];
