// The compiler, run off the page's main thread so typing never waits for it. It is the same
// compiler as the command line (dsl/ and compiler/ have no Node imports); nothing leaves the browser.
import { compileWithTools, type CompilerTools } from '../../../compiler/compile.ts';
import { createLanguageTools } from '../../../dsl/index.ts';
import { briefingEmitter } from '../../../compiler/emitters/briefing/briefing-emitter.ts';
import { mermaidEmitter } from '../../../compiler/emitters/mermaid/mermaid-emitter.ts';
import type { Machine } from '../../../compiler/ir/types.ts';
import type { CompileRequest, CompileResponse } from './messages.ts';

// No schema check: `stepladder build` validates every machine it publishes, and a draft is never
// published from here. Importing compile.ts rather than compiler/index.ts keeps ajv and the
// precompiled check (about 600 KB) out of this worker.
const tools: CompilerTools = { language: createLanguageTools(), validate: () => [] };

function firstFile(machine: Machine, emit: typeof mermaidEmitter.emit): string | null {
  const file = emit(machine, {}).files[0];
  return file && typeof file.contents === 'string' ? file.contents : null;
}

/** The name after the `protocol` keyword, read with the language's lexer (so never from a comment). */
function protocolId(text: string): string | null {
  const tokens = tools.language.lexer.tokenize(text).tokens;
  const at = tokens.findIndex((t) => t.tokenType.name === 'Protocol');
  const name = at >= 0 ? tokens[at + 1] : undefined;
  return name && /^[\p{L}_]/u.test(name.image) ? name.image : null;
}

export function compileDraft(request: CompileRequest): CompileResponse {
  const id = protocolId(request.text) ?? 'draft';
  const fileName = `${id}.protocol`;
  try {
    const { machine, diagnostics } = compileWithTools(request.text, fileName, tools);
    return {
      seq: request.seq,
      fileName,
      diagnostics: diagnostics.map((d) => ({ from: d.span.start, to: d.span.end, severity: d.severity, code: d.code, message: d.message, help: d.help })),
      machine,
      mermaid: machine ? firstFile(machine, mermaidEmitter.emit) : null,
      briefing: machine ? firstFile(machine, briefingEmitter.emit) : null,
      failure: null,
    };
  } catch (error) {
    return { seq: request.seq, fileName, diagnostics: [], machine: null, mermaid: null, briefing: null, failure: error instanceof Error ? error.message : String(error) };
  }
}

// In a worker, answer each request; imported elsewhere (tests), do nothing.
const scope = globalThis as unknown as { onmessage?: unknown; postMessage?: (m: unknown) => void; document?: unknown };
if (typeof scope.postMessage === 'function' && scope.document === undefined) {
  scope.onmessage = (event: MessageEvent<CompileRequest>) => scope.postMessage!(compileDraft(event.data));
}
