// @vitest-environment happy-dom
// The simulator refuses to guess: when the protocol's state machine and the engine's timeline part
// ways, it shows an error, never the engine's dates. The engine and the XState export agree on every
// protocol we know of (machine-agreement.test.ts), so this file stands in an export bug: in
// Cumberland's Level One, 'unresolved' goes to Stage Three in the machine and to Level Two in the engine.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import type { XStateMachineConfig } from '../../runtime/xstate/config.ts';
import { caseView } from '../../site/src/simulator/case-view.ts';
import { mountSimulator } from '../../site/src/simulator/island.ts';
import type { Scenario } from '../../site/src/simulator/scenario.ts';
import { MachineDisagreement } from '../../site/src/simulator/walk.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';
import { START } from './routes.ts';

// The island imports toXStateConfig from config.ts itself (not the runtime's index, which brings the validator).
vi.mock('../../runtime/xstate/config.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../runtime/xstate/config.ts')>();
  return {
    ...real,
    toXStateConfig(machine: Machine): XStateMachineConfig {
      const config = real.toXStateConfig(machine);
      const route = config.states.stage1?.states?.level1?.on?.unresolved?.[0];
      if (machine.id === 'cumberland' && route) route.target = '#cumberland.stage3';
      return config;
    },
  };
});

const cumberland = compileProtocol(protocolFiles().find((f) => f.name === 'cumberland')!);

afterEach(() => {
  document.body.replaceChildren();
  window.location.hash = '';
});

describe('when the machine and the engine disagree', () => {
  it('throws rather than show the engine’s dates', () => {
    const scenario: Scenario = { start: START, nation: null, conditions: [], startAt: null, steps: [{ state: 'level1', event: 'unresolved', at: null }] };
    expect(() => caseView(cumberland, scenario)).toThrow(MachineDisagreement);
    expect(() => caseView(cumberland, scenario)).toThrow(/After step 1/);
    // A step both read the same way still works in that protocol.
    const agreed = caseView(cumberland, { ...scenario, steps: [{ state: 'level1', event: 'resolved', at: null }] });
    expect(agreed.end?.id).toBe('resolved');
  });

  it('shows an error in the island, not dates, and lets the reader start again', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#simulator?v=1&start=2026-12-18T16:30&steps=level1.unresolved';
    const root = document.createElement('div');
    root.setAttribute('data-simulator', '');
    document.body.append(root);
    mountSimulator(root, cumberland, { win: window, now: () => new Date('2026-12-18T16:40:00Z'), idPrefix: 'sim' });
    expect(root.querySelector('h3')?.textContent).toBe('The simulator cannot show this case');
    expect(document.activeElement).toBe(root.querySelector('h3'));
    expect(root.querySelector('[data-simulator-disagreement] [role="alert"]')?.textContent).toMatch(/disagree about this case.*After step 1/);
    expect(root.querySelector('.sp-sim-due, .sp-sim-path, .sp-sim-choice')).toBeNull();
    expect(logged).toHaveBeenCalled();
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Start again'))!.click();
    expect(root.querySelector('h3')?.textContent).toMatch(/^Now: /);
    expect(root.querySelector('.sp-sim-path')).not.toBeNull();
    logged.mockRestore();
  });
});
