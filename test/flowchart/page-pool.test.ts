// The work sharing behind the flowchart renderer's page pool: every item done once, by whichever
// worker is free; a serial queue that keeps order and survives a failed job; page counts that follow
// the cores but never exceed the diagrams; a failed open closes what did open.
import { describe, expect, it } from 'vitest';
import { dealTo, defaultRenderPages, openAll, renderPageCount, workerQueue } from '../../render/page-pool.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('renderPageCount', () => {
  it('opens one render page per two cores by default, at least one', () => {
    expect([1, 2, 3, 4, 8].map((cores) => defaultRenderPages(cores))).toEqual([1, 1, 1, 2, 4]);
  });

  it('opens the pages asked for, no more pages than diagrams, and at least one', () => {
    expect(renderPageCount(20, 2)).toBe(2);
    expect(renderPageCount(1, 8)).toBe(1);
    expect(renderPageCount(3, 8)).toBe(3);
    expect(renderPageCount(5, 0)).toBe(1);
    expect(renderPageCount(0, 4)).toBe(1);
  });
});

describe('dealTo', () => {
  it('does every item exactly once, a slow worker taking fewer', async () => {
    const done: Array<[string, number]> = [];
    const items = Array.from({ length: 12 }, (_, i) => i);
    await dealTo(['slow', 'fast'], items, async (worker, item) => {
      await tick(worker === 'slow' ? 12 : 1);
      done.push([worker, item]);
    });
    expect(done.map(([, item]) => item).sort((a, b) => a - b)).toEqual(items);
    const slow = done.filter(([w]) => w === 'slow').length;
    expect(slow).toBeGreaterThan(0);
    expect(slow).toBeLessThan(done.length - slow);
  });

  it('passes a failure on', async () => {
    await expect(dealTo([1], [1, 2], async (_, item) => {
      if (item === 2) throw new Error('item 2 failed');
    })).rejects.toThrow('item 2 failed');
  });
});

describe('workerQueue', () => {
  it('with one worker runs jobs one at a time in the order given, and goes on after a failure', async () => {
    const queue = workerQueue(['only']);
    const log: string[] = [];
    let running = 0;
    const job = (name: string, ms: number, fail = false) => async (worker: string) => {
      expect(worker).toBe('only');
      running += 1;
      expect(running).toBe(1);
      await tick(ms);
      log.push(name);
      running -= 1;
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue(job('a', 10)), queue(job('b', 1, true)), queue(job('c', 1))]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('keeps every worker busy, never gives one worker two jobs at once, and starts jobs in order', async () => {
    const queue = workerQueue(['x', 'y']);
    const busy = new Set<string>();
    const started: number[] = [];
    let most = 0;
    const results = await Promise.all(
      [5, 1, 3, 1, 2, 1].map((ms, i) =>
        queue(async (worker) => {
          expect(busy.has(worker)).toBe(false);
          busy.add(worker);
          started.push(i);
          most = Math.max(most, busy.size);
          await tick(ms);
          busy.delete(worker);
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('refuses an empty pool rather than waiting for ever', () => {
    expect(() => workerQueue([])).toThrow('at least one worker');
  });
});

describe('openAll', () => {
  it('closes the resources that opened when one fails to open', async () => {
    const closed: number[] = [];
    let n = 0;
    const open = async () => {
      const id = n++;
      if (id === 1) throw new Error('no page');
      return { id, close: async () => void closed.push(id) };
    };
    await expect(openAll(3, open)).rejects.toThrow('no page');
    expect(closed.sort()).toEqual([0, 2]);
  });
});
