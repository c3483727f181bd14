// `stepladder schema`: print the published JSON Schema of machine.json.
// Only the command's shape is here; its work (cli/run/schema.ts) is loaded when it runs.
import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';
import type { SchemaOptions } from '../run/schema.ts';

export function registerSchema(program: Command, io: CliIO, _setExit: SetExit): void {
  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of the compiled machine.json.')
    .option('--config', 'print the JSON Schema of stepladder.yaml, the partnership configuration, instead')
    .action(async (options: SchemaOptions) => (await import('../run/schema.ts')).runSchema(io, options));
}
