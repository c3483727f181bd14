// `stepladder schema`: print the published JSON Schema of machine.json.
import type { Command } from 'commander';
import { configJsonSchema } from '../../compiler/config/schema.ts';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';

export function registerSchema(program: Command, io: CliIO, _setExit: SetExit): void {
  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of the compiled machine.json.')
    .option('--config', 'print the JSON Schema of stepladder.yaml, the partnership configuration, instead')
    .action((options: { config?: boolean }) => io.out(stableStringify(options.config ? configJsonSchema() : machineJsonSchema())));
}
