// `stepladder init`: writes a commented starter stepladder.yaml (and its JSON Schema beside it, for
// editors) listing the protocols found, with every partnership fact left for the partnership to fill.
// Only the command's shape is here; its work (cli/run/init.ts) is loaded when it runs.
import type { Command } from 'commander';
import { CONFIG_FILE, SCHEMA_FILE } from '../file-names.ts';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';
import type { InitOptions } from '../run/init.ts';

export function registerInit(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('init')
    .description(`Write a commented starter ${CONFIG_FILE} for the partnership (and ${SCHEMA_FILE} for editors).`)
    .argument('[protocols]', 'the protocols folder to list', 'protocols')
    .option('--force', `replace an existing ${CONFIG_FILE}`)
    .action(async (protocolsDir: string, options: InitOptions) => (await import('../run/init.ts')).runInit(io, setExit, protocolsDir, options));
}
