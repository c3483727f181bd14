// What the editor page and its compiler worker say to each other. Only plain data crosses.
import type { Machine } from '../../../compiler/ir/types.ts';

export interface CompileRequest {
  seq: number;
  text: string;
}

export interface DraftDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  help: string | null;
}

export interface CompileResponse {
  seq: number;
  /** The file name the draft would have: `<protocol id>.protocol`, so W0111 does not fire on drafts. */
  fileName: string;
  diagnostics: DraftDiagnostic[];
  machine: Machine | null;
  /** The flowchart in Mermaid's language, and the briefing's HTML, when the draft compiles. */
  mermaid: string | null;
  briefing: string | null;
  /** A bug in the compiler (never a problem with the draft): shown, and the page goes on. */
  failure: string | null;
}
