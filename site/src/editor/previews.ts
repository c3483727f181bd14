// The tabs beside the editor: the draft's flowchart (Mermaid, loaded only when that tab is first
// opened, with its strict security level), its briefing (in a sandboxed frame: no scripts, no
// access to the page) and the simulator. Each shows the last draft that compiled.
import type { Machine } from '../../../compiler/ir/types.ts';
import { mountSimulator } from '../simulator/island.ts';
import type { CompileResponse } from './messages.ts';

type Mermaid = typeof import('mermaid').default;

export interface Previews {
  show(result: CompileResponse): void;
  /** The flowchart of the last draft that compiled, drawn now if it has not been. */
  flowchartSvg(): Promise<string | null>;
}

export function createPreviews(root: HTMLElement, win: Window): Previews {
  const doc = root.ownerDocument;
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panel = (name: string) => root.querySelector<HTMLElement>(`[data-panel="${name}"]`)!;
  let current: { machine: Machine; mermaid: string | null; briefing: string | null } | null = null;
  let mermaid: Promise<Mermaid> | null = null;
  const drawn = { flowchart: null as string | null, briefing: null as string | null, simulator: null as Machine | null };
  let svg: string | null = null;
  let renders = 0;

  const loadMermaid = () =>
    (mermaid ??= import('mermaid').then(({ default: m }) => {
      // 'strict': Mermaid sanitizes every label and allows no script or click handler in the chart.
      m.initialize({ startOnLoad: false, securityLevel: 'strict' });
      return m;
    }));

  const drawFlowchart = async (): Promise<string | null> => {
    const source = current?.mermaid ?? null;
    if (!source) return null;
    if (drawn.flowchart === source && svg) return svg;
    const m = await loadMermaid();
    renders += 1;
    const result = await m.render(`sp-draft-flowchart-${renders}`, source);
    if (current?.mermaid !== source) return svg; // a newer draft arrived while drawing
    drawn.flowchart = source;
    svg = result.svg;
    return svg;
  };

  const refresh = async (name: string | undefined) => {
    if (!current) return;
    try {
      if (name === 'flowchart') {
        const drawnSvg = await drawFlowchart();
        // Mermaid's output has been through its sanitizer (securityLevel 'strict').
        if (drawnSvg) panel('flowchart').querySelector('[data-flowchart]')!.innerHTML = drawnSvg;
      } else if (name === 'briefing' && drawn.briefing !== current.briefing) {
        drawn.briefing = current.briefing;
        panel('briefing').querySelector('iframe')!.srcdoc = current.briefing ?? '';
      } else if (name === 'simulator' && drawn.simulator !== current.machine) {
        drawn.simulator = current.machine;
        const holder = doc.createElement('div');
        holder.className = 'sp-simulator';
        panel('simulator').querySelector('[data-simulator-host]')!.replaceChildren(holder);
        mountSimulator(holder, current.machine, { win, now: () => new Date(), idPrefix: 'sp-draft-sim' });
      }
    } catch (error) {
      panel(name ?? '').querySelector('[data-preview-error]')!.textContent = `This preview could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    const note = panel(name ?? '').querySelector('[data-preview-error]');
    if (note) note.textContent = '';
  };

  const selected = () => tabs.find((t) => t.getAttribute('aria-selected') === 'true')?.dataset.tab;
  const select = (tab: HTMLButtonElement) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      panel(t.dataset.tab!).hidden = !on;
    }
    void refresh(tab.dataset.tab);
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length]!;
      next.focus();
      select(next);
    });
  });

  return {
    show(result) {
      if (!result.machine) return; // keep showing the last draft that compiled
      current = { machine: result.machine, mermaid: result.mermaid, briefing: result.briefing };
      for (const name of ['flowchart', 'briefing', 'simulator']) panel(name).querySelector('[data-preview-empty]')?.remove();
      void refresh(selected());
    },
    flowchartSvg: drawFlowchart,
  };
}
