// W0502: a protocol published without some of its pictures says so, once, with the reason. The build
// never fills the gap with an older picture, so the warning is the only trace of what is missing.
import { makeDiagnostic } from '../../compiler/diagnostics/report.ts';
import type { EmittedProtocol } from './emit-protocol.ts';
import { describeMissing, missingRenderings } from './renderings.ts';

export interface RenderAttempt {
  /** False under --no-render. */
  render: boolean;
  /** Why no browser could be opened, when none could. */
  noBrowser: string | null;
}

function shortfall(p: EmittedProtocol, attempt: RenderAttempt): { reason: string; remedy: string } {
  if (!attempt.render) return { reason: 'rendering was turned off with --no-render', remedy: 'Build without --no-render to publish them.' };
  if (attempt.noBrowser) {
    return { reason: 'no Chromium was found', remedy: 'Install Chromium (apt-get install -y chromium) or set STEPLADDER_CHROMIUM, then build again.' };
  }
  if (p.diagnostics.some((d) => d.name === 'flowchart_too_large')) {
    return { reason: 'its flowchart is too large for Mermaid to draw', remedy: 'The PDFs that show the flowchart are left out with it.' };
  }
  return { reason: 'rendering failed (see the error above)', remedy: 'Build again; if it fails again, report it with the protocol file.' };
}

/** Adds W0502 to a protocol about to be written when any of its pictures or PDFs is missing. */
export function noteMissingRenderings(p: EmittedProtocol, attempt: RenderAttempt): void {
  if (!p.machine) return;
  const missing = missingRenderings(p.files);
  if (missing.length === 0) return;
  const { reason, remedy } = shortfall(p, attempt);
  p.diagnostics.push(makeDiagnostic(p.file, 'not_rendered', { start: 0, end: 0 }, { protocol: p.machine.id, missing: describeMissing(missing), reason, remedy }));
}
