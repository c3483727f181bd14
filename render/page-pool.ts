// Work sharing for the build's browser pages. Mermaid draws one diagram at a time on a page's main
// thread, so a build keeps its render pages busy, each taking the next diagram as soon as it is free;
// finished SVGs queue for pages of their own that draw their PNGs (as many as render pages), so no
// render page ever waits for a picture. All state lives in the call that uses it: two builds at once
// share nothing.
import { availableParallelism } from 'node:os';

/**
 * Render pages to open by default: one per two cores. Each render page comes with a raster page,
 * and Chromium's browser and compositing processes work for both; measured on a quiet two-core
 * machine (docs/benchmarks.md, 2026-12-01 17:58), 20 charts took 640-750 ms a chart on one render
 * page and 920-950 ms on two, and four were slower still.
 */
export function defaultRenderPages(cores: number = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2));
}

/** How many render pages to open: the default or as asked, never more than there are diagrams, at least one. */
export function renderPageCount(pending: number, requested: number = defaultRenderPages()): number {
  return Math.max(1, Math.min(pending, Math.floor(requested)));
}

/**
 * Runs `work` over `items` with one loop per worker; each loop takes the next item when its worker is
 * free. The order of completion varies; callers store results by the item's own index.
 */
export async function dealTo<W, T>(workers: readonly W[], items: readonly T[], work: (worker: W, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    workers.map(async (worker) => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(worker, item);
      }
    }),
  );
}

/**
 * A queue that hands each job the next free worker, in the order given; adding a job does not wait
 * for it. With one worker it runs its jobs one at a time.
 */
export function workerQueue<W>(workers: readonly W[]): <T>(job: (worker: W) => Promise<T>) => Promise<T> {
  if (workers.length === 0) throw new Error('a worker queue needs at least one worker');
  const free = [...workers];
  const waiting: Array<(worker: W) => void> = [];
  const release = (worker: W) => {
    const next = waiting.shift();
    if (next) next(worker);
    else free.push(worker);
  };
  return async <T>(job: (worker: W) => Promise<T>): Promise<T> => {
    const worker = free.shift() ?? (await new Promise<W>((resolve) => waiting.push(resolve)));
    try {
      return await job(worker);
    } finally {
      release(worker);
    }
  };
}

/** Opens `count` resources at once; if any fails, closes those that opened and rethrows. */
export async function openAll<R extends { close(): Promise<void> }>(count: number, open: () => Promise<R>): Promise<R[]> {
  const settled = await Promise.allSettled(Array.from({ length: count }, open));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  const opened = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (failed) {
    await Promise.allSettled(opened.map((r) => r.close()));
    throw failed.reason;
  }
  return opened;
}
