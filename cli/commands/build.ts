// `stepladder build [paths...] [--out dir]`: compile protocols and write every output to
// `<out>/<protocol-id>/`. Protocols with errors are not written (their previous outputs stay).
// Only the command's shape is here; its work (cli/run/build.ts) is loaded when it runs.
import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import type { CliServices, SetExit } from '../main.ts';
import type { BuildOptions } from '../run/build.ts';

export function registerBuild(program: Command, io: CliIO, setExit: SetExit, services: CliServices = {}): void {
  program
    .command('build')
    .description('Compile protocols and write machine.json, flowcharts, briefings and forms (default: protocols/ into build/).')
    .argument('[paths...]', 'protocol files or folders (- reads standard input)', ['protocols'])
    .option('--out <dir>', 'output folder', 'build')
    .option('--no-render', 'skip SVG, PNG and PDF rendering (no browser needed)')
    .option('--format <format>', 'diagnostics as text, json or sarif', 'text')
    .option('--config <file>', 'the partnership configuration (default: stepladder.yaml, if there is one)')
    .option('--deny-warnings', 'exit 1 when there are warnings too (for example a picture that could not be made)')
    .action(async (paths: string[], options: BuildOptions) => (await import('../run/build.ts')).runBuild(io, setExit, services, paths, options));
}
