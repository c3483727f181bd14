// The work of `stepladder schema` (registered in cli/commands/schema.ts, loaded only when it runs).
import { configJsonSchema } from '../../compiler/config/schema.ts';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import type { CliIO } from '../io.ts';

export interface SchemaOptions {
  config?: boolean;
}

export function runSchema(io: CliIO, options: SchemaOptions): void {
  io.out(stableStringify(options.config ? configJsonSchema() : machineJsonSchema()));
}
