// `stepladder check [paths...]`: report every problem in the protocols, change nothing.
import type { Command } from 'commander';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { collectInputs } from '../inputs.ts';
import { type CliIO, EXIT } from '../io.ts';
import type { SetExit } from '../main.ts';
import { countBySeverity, parseFormat, printDiagnostics } from '../report-diagnostics.ts';

export function registerCheck(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('check')
    .description('Check protocols and report errors and warnings (default: protocols/).')
    .argument('[paths...]', 'protocol files or folders', ['protocols'])
    .option('--format <format>', 'text (for people) or json (for tools)', 'text')
    .option('--deny-warnings', 'exit 1 when there are warnings too')
    .action((paths: string[], options: { format: string; denyWarnings?: boolean }) => {
      const format = parseFormat(options.format);
      const inputs = collectInputs(paths, io.cwd);
      const tools = createCompilerTools();
      const results = inputs.map((input) => ({ ...input, diagnostics: compileSource(input.source, input.file, tools).diagnostics }));
      printDiagnostics(io, results, format);
      const { errors, warnings } = countBySeverity(results);
      setExit(errors > 0 || (options.denyWarnings && warnings > 0) ? EXIT.errors : EXIT.ok);
    });
}
