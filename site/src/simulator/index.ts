// The simulator island's entry point (bundled by Astro from Simulator.astro's <script>): finds each
// `[data-simulator]` mount point, takes its protocol from the JSON inlined next to it (or, failing
// that, from machine.json on this same site) and starts it. It fetches nothing from anywhere else.

import type { Machine } from '../../../compiler/ir/types.ts';
import { mountSimulator } from './island.ts';

export const MACHINE_SCRIPT = 'script[type="application/json"][data-simulator-machine]';

/** The protocol for one mount point. Refuses any address that is not on this site. */
export async function loadMachine(root: HTMLElement, win: Window): Promise<Machine> {
  const inline = root.querySelector(MACHINE_SCRIPT);
  if (inline?.textContent) return JSON.parse(inline.textContent) as Machine;
  const url = new URL(root.dataset.machineUrl ?? '', win.location.href);
  if (url.origin !== win.location.origin) throw new Error(`the protocol must come from this site, not ${url.origin}`);
  const response = await win.fetch(url, { credentials: 'omit', cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return (await response.json()) as Machine;
}

function showFailure(root: HTMLElement): void {
  const message = root.ownerDocument.createElement('p');
  message.className = 'sp-sim-error';
  message.textContent = 'The simulator could not start. The stages and timescales above say the same.';
  root.replaceChildren(message);
}

export async function mountAll(doc: Document, win: Window): Promise<void> {
  const roots = [...doc.querySelectorAll<HTMLElement>('[data-simulator]')];
  await Promise.all(
    roots.map(async (root, i) => {
      try {
        mountSimulator(root, await loadMachine(root, win), { win, now: () => new Date(), idPrefix: `sp-sim-${i}` });
      } catch (error) {
        showFailure(root);
        // Shown to whoever looks at the console; the page itself says what to do instead.
        console.error('Stepladder simulator:', error);
      }
    }),
  );
}
