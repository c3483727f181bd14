// Finds and reads the partnership configuration for a command: `--config <file>` when given, else
// STEPLADDER_CONFIG, else stepladder.yaml in the working directory. Without one, commands run with
// neutral defaults (nothing stated); a file named explicitly that cannot be read is a usage error.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyConfig, londonDate, parseConfig, type PartnershipConfig } from '../compiler/config/index.ts';
import type { Diagnostic } from '../compiler/diagnostics/types.ts';
import { display } from './inputs.ts';
import { CONFIG_FILE } from './file-names.ts';
import { type CliIO, UsageError } from './io.ts';

export const CONFIG_ENV = 'STEPLADDER_CONFIG';

export interface LoadedConfig {
  /** Null when the file has errors. */
  config: PartnershipConfig | null;
  /** The file as shown to the user and its text, for code frames; null without a file. */
  file: string | null;
  source: string;
  diagnostics: Diagnostic[];
}

/** `protocolIds`: when given, names in `protocols:` that are not among them are errors. */
export function readConfigFile(io: Pick<CliIO, 'cwd' | 'env'>, given: string | undefined, protocolIds?: string[]): LoadedConfig {
  const explicit = given ?? (io.env[CONFIG_ENV] || undefined);
  const path = resolve(io.cwd, explicit ?? CONFIG_FILE);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) {
    if (explicit) throw new UsageError(`cannot read the configuration '${explicit}'.`);
    return { config: emptyConfig(), file: null, source: '', diagnostics: [] };
  }
  const file = display(io.cwd, path);
  const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const { config, diagnostics } = parseConfig(source, file, protocolIds ? { protocolIds } : {});
  return { config, file, source, diagnostics };
}

/** Today in England, or STEPLADDER_TODAY (YYYY-MM-DD) so tests and CI can fix the date of review checks. */
export function configToday(env: Record<string, string | undefined>): string {
  const fixed = env.STEPLADDER_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return londonDate(new Date());
}
