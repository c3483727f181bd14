// The compiler: source text → diagnostics and, when there are no errors, the compiled protocol
// (the run itself is compile.ts). `compileSource` checks every compiled protocol against the
// published schema (ir/validate.ts) with tools made once and reused.
import { createLanguageTools } from '../dsl/index.ts';
import { type CompileOptions, type CompileResult, type CompilerTools, compileWithTools } from './compile.ts';
import { createMachineValidator } from './ir/validate.ts';

export * from './compile.ts';

export function createCompilerTools(): CompilerTools {
  return { language: createLanguageTools(), validate: createMachineValidator(), sourceTexts: new WeakMap() };
}

export function compileSource(source: string, file: string, tools: CompilerTools = createCompilerTools(), options: CompileOptions = {}): CompileResult {
  return compileWithTools(source, file, tools, options);
}
