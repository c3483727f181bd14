// The work of `stepladder fmt` (registered in cli/commands/fmt.ts, loaded only when it runs).
import { resolve } from 'node:path';
import { createLanguageTools } from '../../dsl/index.ts';
import { formatProtocol } from '../../dsl/format/index.ts';
import { compileSource } from '../../compiler/index.ts';
import { writeFileAtomic } from '../build/write-output.ts';
import { collectInputsOrStdin, isStdinInput } from '../stdin-input.ts';
import { type CliIO, EXIT } from '../io.ts';
import type { SetExit } from '../main.ts';
import { printDiagnostics } from '../report-diagnostics.ts';

export interface FmtOptions {
  check?: boolean;
}

export function runFmt(io: CliIO, setExit: SetExit, paths: string[], options: FmtOptions): void {
  const tools = createLanguageTools();
  const unformatted: string[] = [];
  let failed = false;
  for (const input of collectInputsOrStdin(paths, io, { diagnose: true })) {
    if (input.problem) {
      // Not read (a link, too large, not UTF-8): nothing to lay out, and the file is not touched.
      printDiagnostics(io, [{ ...input, diagnostics: [input.problem] }], 'text');
      failed = true;
      continue;
    }
    let result: ReturnType<typeof formatProtocol>;
    try {
      // The byte order mark was dropped when the file was read; it is written back as it was.
      result = formatProtocol(input.bom ? `\uFEFF${input.source}` : input.source, tools);
    } catch (error) {
      // The formatter refused its own output (a bug in it): the file is left exactly as it was.
      io.err(`stepladder: ${input.file}: ${error instanceof Error ? error.message : String(error)}. Please report this with the file.\n`);
      failed = true;
      continue;
    }
    if (!result.ok) {
      // A file that does not parse cannot be laid out: show why, as `check` would.
      const { diagnostics } = compileSource(input.source, input.file);
      printDiagnostics(io, [{ ...input, diagnostics: diagnostics.filter((d) => d.severity === 'error') }], 'text');
      failed = true;
      continue;
    }
    // Standard input has no file to rewrite: the formatted text goes to standard output, as gofmt does.
    if (isStdinInput(input) && !options.check) io.out(result.text);
    if (!result.changed) continue;
    unformatted.push(input.file);
    if (!options.check && !isStdinInput(input)) writeFileAtomic(resolve(io.cwd, input.file), result.text);
  }
  if (options.check) {
    for (const file of unformatted) io.out(`${file}\n`);
    io.err(unformatted.length === 0 ? 'Every file is formatted.\n' : `${unformatted.length} file(s) need formatting: run \`stepladder fmt\`.\n`);
  } else {
    io.err(`Formatted ${unformatted.length} file(s).\n`);
  }
  setExit(failed || (options.check && unformatted.length > 0) ? EXIT.errors : EXIT.ok);
}
