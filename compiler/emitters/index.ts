// The emitters, in the order the build runs them. Adding an output is a folder plus a line here.
import { jsonEmitter } from './json/json-emitter.ts';
import { flowTextEmitter, mermaidEmitter } from './mermaid/mermaid-emitter.ts';
import { briefingEmitter } from './briefing/briefing-emitter.ts';
import { formsEmitter } from './forms/forms-emitter.ts';
import { posterEmitter } from './poster/poster-emitter.ts';
import { xstateEmitter } from './xstate/xstate-emitter.ts';
import type { Emitter } from './types.ts';

export const emitters: Emitter[] = [
  jsonEmitter,
  mermaidEmitter,
  flowTextEmitter,
  briefingEmitter,
  formsEmitter,
  posterEmitter,
  xstateEmitter,
];
