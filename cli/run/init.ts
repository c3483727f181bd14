// The work of `stepladder init` (registered in cli/commands/init.ts, loaded only when it runs).
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configJsonSchema, starterConfig } from '../../compiler/config/index.ts';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { CONFIG_FILE, SCHEMA_FILE } from '../file-names.ts';
import { collectInputs } from '../inputs.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { SetExit } from '../main.ts';

export interface InitOptions {
  force?: boolean;
}

export function runInit(io: CliIO, setExit: SetExit, protocolsDir: string, options: InitOptions): void {
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
}
