// One Chromium kept open across builds, for `stepladder dev`, which rebuilds a protocol each time it
// is saved: launching a browser, opening pages and loading Mermaid again on every save cost most of
// a one-protocol rebuild. Opened at the first build that renders (so `dev --no-render` and a folder
// of broken protocols never start one), opened again if Chromium has gone, closed by its owner.
// The flowchart pages it keeps belong to its current browser and go with it.
import { type BrowserSession, openBrowser } from './browser.ts';
import { type KeptPages, keptPages } from './kept-pages.ts';

/** The kept browser and the flowchart pages it keeps (render/kept-pages.ts). */
export interface KeptBrowser {
  session: BrowserSession;
  pages: KeptPages;
}

export interface BrowserKeeper {
  /** The kept browser, launched (after `onLaunch`) on first use; throws BrowserNotFoundError as openBrowser does. */
  use(onLaunch?: () => void): Promise<KeptBrowser>;
  /** Closes the browser, if one was opened. */
  close(): Promise<void>;
}

export function browserKeeper(env: NodeJS.ProcessEnv = process.env, open: typeof openBrowser = openBrowser): BrowserKeeper {
  let current: KeptBrowser | null = null;
  let opening: Promise<KeptBrowser> | null = null;
  return {
    async use(onLaunch) {
      if (current?.session.browser.isConnected()) return current;
      // A browser that crashed or was killed between builds: start again with nothing kept.
      current = null;
      if (!opening) onLaunch?.();
      opening ??= open(env).then(
        (session) => {
          current = { session, pages: keptPages() };
          opening = null;
          return current;
        },
        (error: unknown) => {
          opening = null;
          throw error;
        },
      );
      return opening;
    },
    async close() {
      await opening?.catch(() => undefined);
      const closing = current;
      current = null;
      if (closing) await closing.session.close();
    },
  };
}
