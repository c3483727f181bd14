// One self-overwriting status line on stderr while a long build runs ("Compiling 3 of 5: sefton",
// "Rendering: 5 flowcharts…"), only when stderr is a terminal (CliIO.progress): logs, pipes and CI
// get nothing but the usual messages. Cleared before anything else is printed.

import type { CliIO } from './io.ts';

export interface Progress {
  update(text: string): void;
  clear(): void;
}

const CLEAR_LINE = '\r\u001b[2K';

export function createProgress(io: CliIO): Progress {
  if (!io.progress) return { update: () => {}, clear: () => {} };
  let shown = false;
  return {
    update(text) {
      // One line: a terminal narrower than the text would otherwise wrap and leave lines behind.
      const width = Math.max(20, Number(io.env.COLUMNS) || 80) - 1;
      io.err(`${CLEAR_LINE}${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
      shown = true;
    },
    clear() {
      if (shown) io.err(CLEAR_LINE);
      shown = false;
    },
  };
}
