// @vitest-environment happy-dom
// The island's DOM wiring in a simulated document (the real browser is in browser.test.ts): protocol
// text stays text, a step moves focus to the new stage and announces it, a link restores a case, a
// refused time is explained and nothing is stored. A case the state machine and the timeline
// disagree about is in disagreement.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { mountSimulator } from '../../site/src/simulator/island.ts';
import { loadMachine } from '../../site/src/simulator/index.ts';
import { compileProtocol, protocolFiles, ROOT } from '../helpers/protocols.ts';

let sefton: Machine;
let hostile: Machine;
beforeAll(() => {
  sefton = compileProtocol(protocolFiles().find((f) => f.name === 'sefton')!);
  const file = join(ROOT, 'test', 'site', 'fixtures', 'protocols', 'hostile.protocol');
  hostile = compileProtocol({ name: 'hostile', file, source: readFileSync(file, 'utf8') });
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  window.location.hash = '';
});

const NOW = () => new Date('2026-12-18T16:40:00Z');

function mount(machine: Machine): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-simulator', '');
  document.body.append(root);
  mountSimulator(root, machine, { win: window, now: NOW, idPrefix: 'sim' });
  return root;
}

const button = (root: HTMLElement, text: string): HTMLButtonElement =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) ?? (() => { throw new Error(`no button '${text}'`); })();

describe('the island', () => {
  it('starts now (rounded), at the first stage, with its due date', () => {
    const root = mount(sefton);
    expect((root.querySelector('#sim-start') as HTMLInputElement).value).toBe('18/12/2026');
    expect((root.querySelector('#sim-start-time') as HTMLInputElement).value).toBe('16:30');
    expect(root.querySelector('#sim-start-echo')?.textContent).toBe('Friday 18 December 2026, 16:30');
    expect(root.querySelector('h3')?.textContent).toBe('Now: Step 1 – Direct Professional to Professional Discussion');
    expect(root.querySelector('.sp-sim-due')?.textContent).toContain('Tue 22 Dec 2026 17:00');
    expect(root.dataset.simulatorReady).toBe('true');
  });

  it('moves focus to the new stage and announces it after a step', async () => {
    vi.useFakeTimers();
    const root = mount(sefton);
    button(root, 'Not resolved').click();
    expect(document.activeElement?.textContent).toBe('Now: Step 2 – Direct Manager to Manager Discussion');
    await vi.advanceTimersByTimeAsync(100);
    // Taken now (the default), and the time said back in words.
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toMatch(
      /^Not resolved, Friday 18 December 2026, 16:40\. Now at Step 2 – Direct Manager to Manager Discussion, due /,
    );
  });

  it('takes a step now by default, and says the time back in words', async () => {
    vi.useFakeTimers();
    const root = mount(hostile);
    expect((root.querySelector('#sim-when-now') as HTMLInputElement).checked).toBe(true);
    expect(root.querySelector('label[for="sim-when-now"]')?.textContent).toBe('Now (Friday 18 December 2026, 16:40)');
    expect(root.querySelector('label[for="sim-when-deadline"]')?.textContent).toBe('At the deadline (Tuesday 22 December 2026, 17:00)');
    button(root, 'Not resolved').click();
    await vi.advanceTimersByTimeAsync(100);
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Not resolved, Friday 18 December 2026, 16:40\. Now at Step 2 /);
    expect(root.querySelector('.sp-sim-path')?.textContent).toContain('Ended: Not resolved, Fri 18 Dec 2026 16:40');
  });

  it('reads a chosen time in British order, and refuses one before the stage began', () => {
    const root = mount(hostile);
    (root.querySelector('#sim-when-other') as HTMLInputElement).click();
    const date = root.querySelector('#sim-when-at') as HTMLInputElement;
    const time = root.querySelector('#sim-when-at-time') as HTMLInputElement;
    date.value = '3/12/2026';
    time.value = '9:05';
    date.dispatchEvent(new Event('input'));
    expect(root.querySelector('#sim-when-at-echo')?.textContent).toBe('Thursday 3 December 2026, 09:05');
    button(root, 'Not resolved').click();
    expect(root.querySelector('.sp-sim-next [role="alert"]')?.textContent).toBe(
      'That time is before Fri 18 Dec 2026 16:30, when this stage began. Choose a later time, or “At the deadline”.',
    );
    expect(root.querySelector('h3')?.textContent).toContain('Step 1');
    expect(root.querySelector('#sim-when-at[aria-invalid]')).toBeNull();
  });

  it('restores a case from a link, and settles what it cannot follow', () => {
    window.location.hash = '#simulator?v=1&start=2026-12-18T16:30&nation=wales&steps=step1.unresolved,step7.resolved';
    const root = mount(sefton);
    expect(root.querySelector('h3')?.textContent).toBe('Now: Step 2 – Direct Manager to Manager Discussion');
    expect((root.querySelector('#sim-nation') as HTMLSelectElement).value).toBe('wales');
    expect(root.querySelector('.sp-sim-notice')?.textContent).toContain('Steps from step 2 on could not be followed');
  });

  it('shows the link on request and stores nothing', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const root = mount(sefton);
    button(root, 'Not resolved').click();
    button(root, 'Copy a link').click();
    const link = root.querySelector('.sp-sim-link') as HTMLInputElement;
    // The step was taken now (the default), so the link records its time.
    expect(link.value).toMatch(/#simulator\?v=1&start=2026-12-18T16:30&steps=step1\.unresolved@2026-12-18T16:40$/);
    expect(setItem).not.toHaveBeenCalled();
    expect(document.cookie).toBe('');
    expect(window.location.hash).toBe('');
  });

  it('keeps hostile protocol text as text', () => {
    const root = mount(hostile);
    button(root, 'Not resolved').click();
    button(root, 'Not resolved').click();
    expect(root.querySelectorAll('script, img, iframe, style, b, i, q, svg').length).toBe(0);
    expect([...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')))).toEqual([]);
    expect(root.textContent).toContain('Step 1 <script>alert(15)</script>');
    expect(root.textContent).toContain('Agreed <style>body{display:none}</style>');
  });

  it('reads the inlined protocol, and refuses one from another site', async () => {
    const root = document.createElement('div');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.setAttribute('data-simulator-machine', '');
    script.textContent = JSON.stringify({ id: 'inline' });
    root.append(script);
    expect(await loadMachine(root, window)).toEqual({ id: 'inline' });
    const remote = document.createElement('div');
    remote.dataset.machineUrl = 'https://elsewhere.example/machine.json';
    await expect(loadMachine(remote, window)).rejects.toThrow(/must come from this site/);
  });
});
