// `stepladder init`: writes a commented starter stepladder.yaml (and its JSON Schema beside it, for
// editors) listing the protocols found, with every partnership fact left for the partnership to fill.
import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configJsonSchema, starterConfig } from '../../compiler/config/index.ts';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { CONFIG_FILE } from '../config-file.ts';
import { collectInputs } from '../inputs.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { SetExit } from '../main.ts';

export const SCHEMA_FILE = 'stepladder.schema.json';

export function registerInit(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('init')
    .description(`Write a commented starter ${CONFIG_FILE} for the partnership (and ${SCHEMA_FILE} for editors).`)
    .argument('[protocols]', 'the protocols folder to list', 'protocols')
    .option('--force', `replace an existing ${CONFIG_FILE}`)
    .action((protocolsDir: string, options: { force?: boolean }) => {
      const target = resolve(io.cwd, CONFIG_FILE);
      if (existsSync(target) && !options.force) throw new UsageError(`${CONFIG_FILE} already exists; edit it, or run \`stepladder init --force\` to replace it.`);
      const tools = createCompilerTools();
      const found = existsSync(resolve(io.cwd, protocolsDir)) ? collectInputs([protocolsDir], io.cwd) : [];
      const protocols = found.flatMap((input) => {
        const { machine } = compileSource(input.source, input.file, tools);
        return machine ? [{ id: machine.id, partnership: machine.meta.partnership.name }] : [];
      });
      writeFileSync(target, starterConfig(protocols));
      writeFileSync(join(io.cwd, SCHEMA_FILE), stableStringify(configJsonSchema()));
      io.err(`Wrote ${CONFIG_FILE} (${protocols.length === 1 ? '1 protocol' : `${protocols.length} protocols`}) and ${SCHEMA_FILE}. Fill in what your partnership publishes, then run \`stepladder check\`.\n`);
      setExit(EXIT.ok);
    });
}
