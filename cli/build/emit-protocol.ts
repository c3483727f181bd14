// Compiles one protocol and runs every emitter over it. Pure: returns the files, writes nothing.
import { compileSource, type CompileOptions, type CompilerTools } from '../../compiler/index.ts';
import type { Diagnostic } from '../../compiler/diagnostics/types.ts';
import { emitters } from '../../compiler/emitters/index.ts';
import type { EmittedFile } from '../../compiler/emitters/types.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import type { PartnershipConfig } from '../../compiler/config/types.ts';
import { makeDiagnostic } from '../../compiler/diagnostics/report.ts';

export interface EmittedProtocol {
  file: string;
  source: string;
  machine: Machine | null;
  files: EmittedFile[];
  diagnostics: Diagnostic[];
}

/** `config`: the partnership configuration, handed to the emitters (posters, briefing) as an option. */
export function emitProtocol(file: string, source: string, tools: CompilerTools, options: CompileOptions & { config?: PartnershipConfig } = {}): EmittedProtocol {
  const { machine, diagnostics } = compileSource(source, file, tools, options);
  const result: EmittedProtocol = { file, source, machine, files: [], diagnostics: [...diagnostics] };
  if (!machine) return result;
  for (const emitter of emitters) {
    try {
      const emitted = emitter.emit(machine, { source, file, ...(options.config ? { config: options.config } : {}) });
      result.files.push(...emitted.files);
      result.diagnostics.push(...emitted.diagnostics);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      result.diagnostics.push(makeDiagnostic(file, 'internal_error', { start: 0, end: 0 }, { phase: `the ${emitter.id} emitter`, detail }));
    }
  }
  // The source itself is published next to its outputs, so readers can check every fact.
  result.files.push({ path: `${machine.id}.protocol`, contents: source });
  // And the published text it was checked against (a bare file name: the reader refuses paths).
  const sourceText = machine.meta.source.text ? options.readSourceText?.(machine.meta.source.text) : undefined;
  if (sourceText && 'text' in sourceText) result.files.push({ path: machine.meta.source.text!, contents: sourceText.text });
  return result;
}
