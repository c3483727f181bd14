// The contract every emitter keeps: read only the compiled protocol (the IR) and return files.
// Emitters never touch the disk; the CLI and the site write what they return.
import type { Diagnostic } from '../diagnostics/types.ts';
import type { PartnershipConfig } from '../config/types.ts';
import type { Machine } from '../ir/types.ts';

export interface EmittedFile {
  /** Path relative to the protocol's output folder (`<out>/<protocol-id>/`), with forward slashes. */
  path: string;
  contents: string | Uint8Array;
}

export interface EmitResult {
  files: EmittedFile[];
  diagnostics: Diagnostic[];
}

export interface EmitOptions {
  /** The protocol source text, for views that show it (the site's source download). */
  source?: string;
  /** The source file name as given to the compiler. */
  file?: string;
  /** The partnership configuration (stepladder.yaml): contacts, review dates, the site's address. */
  config?: PartnershipConfig;
}

export interface Emitter {
  id: string;
  description: string;
  emit(machine: Machine, options: EmitOptions): EmitResult;
}
