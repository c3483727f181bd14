// Pages and a browser kept between builds (`stepladder dev`), with stand-in pages and browsers: a
// kept page is reused only while it is open, only after a call that went well, and only for the
// font set it loaded; a failed open leaves nothing open; the keeper launches one browser, and
// another only when that one has gone. The real renderers on kept pages are covered end to end by
// test/flowchart/dev-rebuild.test.ts.
import { describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../render/browser.ts';
import { browserKeeper } from '../../render/browser-keeper.ts';
import type { RenderPage } from '../../render/flowchart-page.ts';
import type { RasterPage } from '../../render/flowchart-raster.ts';
import { keptPages, leasePages } from '../../render/kept-pages.ts';

interface FakePage {
  name: string;
  open: boolean;
  alive(): boolean;
  close(): Promise<void>;
}

/** Opens numbered stand-in pages of one kind and remembers every page it opened. */
function opener(kind: string, failAt?: number) {
  const opened: FakePage[] = [];
  const open = async (): Promise<FakePage> => {
    if (opened.length + 1 === failAt) throw new Error(`${kind} ${failAt} did not open`);
    const page: FakePage = {
      name: `${kind}${opened.length + 1}`,
      open: true,
      alive() {
        return this.open;
      },
      async close() {
        this.open = false;
      },
    };
    opened.push(page);
    return page;
  };
  return { opened, open };
}

function request(count: number, fontVersion = 'fonts-1', failRasterAt?: number) {
  const render = opener('render');
  const raster = opener('raster', failRasterAt);
  return {
    render,
    raster,
    lease: (keep?: ReturnType<typeof keptPages>) =>
      leasePages({
        count,
        fontVersion,
        keep,
        openRender: render.open as unknown as () => Promise<RenderPage>,
        openRaster: raster.open as unknown as () => Promise<RasterPage>,
      }),
  };
}

const names = (pages: Array<RenderPage | RasterPage>) => (pages as unknown as FakePage[]).map((p) => p.name);

describe('leasePages', () => {
  it('without a keeper, opens the pages and closes them all when the call ends', async () => {
    const r = request(2);
    const lease = await r.lease();
    expect(names(lease.render)).toEqual(['render1', 'render2']);
    expect(names(lease.raster)).toEqual(['raster1', 'raster2']);
    await lease.release(true);
    expect([...r.render.opened, ...r.raster.opened].every((p) => !p.open)).toBe(true);
  });

  it('with a keeper, puts the pages back after a call that went well, and the next call opens none', async () => {
    const keep = keptPages();
    const r = request(1);
    await (await r.lease(keep)).release(true);
    expect(r.render.opened.every((p) => p.open)).toBe(true);
    const again = await r.lease(keep);
    expect(names(again.render)).toEqual(['render1']);
    expect(names(again.raster)).toEqual(['raster1']);
    expect(r.render.opened).toHaveLength(1);
    expect(r.raster.opened).toHaveLength(1);
    // Taken out while in use: two calls never share a page.
    expect(keep.render).toEqual([]);
  });

  it('closes the pages, and keeps none, after a call that failed', async () => {
    const keep = keptPages();
    const r = request(1);
    await (await r.lease(keep)).release(false);
    expect(keep.render).toEqual([]);
    expect(keep.raster).toEqual([]);
    expect([...r.render.opened, ...r.raster.opened].every((p) => !p.open)).toBe(true);
  });

  it('replaces a kept page that has closed (a crashed page) with a new one', async () => {
    const keep = keptPages();
    const r = request(1);
    await (await r.lease(keep)).release(true);
    r.render.opened[0]!.open = false;
    const again = await r.lease(keep);
    expect(names(again.render)).toEqual(['render2']);
    expect(names(again.raster)).toEqual(['raster1']);
  });

  it('does not reuse render pages that loaded another font set; raster pages need no font', async () => {
    const keep = keptPages();
    const first = request(1, 'fonts-1');
    await (await first.lease(keep)).release(true);
    const second = request(1, 'fonts-2');
    second.raster.opened.push(...first.raster.opened);
    const lease = await second.lease(keep);
    expect(names(lease.render)).toEqual(['render1']);
    expect(lease.render[0]).not.toBe(first.render.opened[0]);
    expect(first.render.opened[0]!.open).toBe(false);
    expect(lease.raster[0]).toBe(first.raster.opened[0]);
    await lease.release(true);
    expect(keep.fontVersion).toBe('fonts-2');
  });

  it('keeps no more pages than the call asks for, and closes the rest', async () => {
    const keep = keptPages();
    const two = request(2);
    await (await two.lease(keep)).release(true);
    const one = request(1);
    const lease = await one.lease(keep);
    expect(lease.render).toHaveLength(1);
    expect(two.render.opened.filter((p) => p.open)).toHaveLength(1);
  });

  it('when a page fails to open, closes every page it had (kept ones too) and passes the failure on', async () => {
    const keep = keptPages();
    const r = request(2);
    await (await r.lease(keep)).release(true);
    keep.raster[1]!.close();
    const failing = request(2, 'fonts-1', 1);
    await expect(failing.lease(keep)).rejects.toThrow('raster 1 did not open');
    expect([...r.render.opened, ...r.raster.opened].every((p) => !p.open)).toBe(true);
    expect(keep.render).toEqual([]);
  });
});

/** A keeper over stand-in browsers, each of which can be made to go away; `sessions` are the launches. */
function fakeKeeper() {
  const sessions: Array<{ session: BrowserSession; state: { connected: boolean; closed: number } }> = [];
  const keeper = browserKeeper({}, async () => {
    const state = { connected: true, closed: 0 };
    const session = {
      browser: { isConnected: () => state.connected },
      executablePath: '/fake/chromium',
      close: async () => {
        state.closed += 1;
        state.connected = false;
      },
    } as unknown as BrowserSession;
    sessions.push({ session, state });
    return session;
  });
  return { keeper, sessions };
}

describe('browserKeeper', () => {
  it('launches one browser for every build, and says so only when it launches', async () => {
    const { keeper, sessions } = fakeKeeper();
    const said: string[] = [];
    const first = await keeper.use(() => said.push('starting'));
    const second = await keeper.use(() => said.push('starting'));
    expect(sessions).toHaveLength(1);
    expect(said).toEqual(['starting']);
    expect(second).toBe(first);
    expect(second.pages).toBe(first.pages);
    await keeper.close();
    expect(sessions[0]!.state.closed).toBe(1);
  });

  it('launches again, with nothing kept, when the browser has gone between builds', async () => {
    const { keeper, sessions } = fakeKeeper();
    const first = await keeper.use();
    first.pages.fontVersion = 'fonts-1';
    sessions[0]!.state.connected = false;
    const second = await keeper.use();
    expect(sessions).toHaveLength(2);
    expect(second.session).not.toBe(first.session);
    expect(second.pages).toEqual(keptPages());
    await keeper.close();
  });

  it('two builds asking at once share one launch; a failed launch is tried again next time', async () => {
    let launches = 0;
    const keeper = browserKeeper({}, async () => {
      launches += 1;
      if (launches === 1) throw new Error('no Chromium');
      return { browser: { isConnected: () => true }, executablePath: '/fake/chromium', close: async () => {} } as unknown as BrowserSession;
    });
    await expect(keeper.use()).rejects.toThrow('no Chromium');
    const [a, b] = await Promise.all([keeper.use(), keeper.use()]);
    expect(a).toBe(b);
    expect(launches).toBe(2);
    await keeper.close();
  });

  it('closes nothing when it never launched', async () => {
    const keeper = browserKeeper({}, async () => {
      throw new Error('never called');
    });
    await expect(keeper.close()).resolves.toBeUndefined();
  });
});
