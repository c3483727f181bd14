// One real Chromium for the tests of a file (or of the describe block that calls this): launched
// before them, closed after them, whatever they did. Register it before any hook that uses it:
// vitest runs `beforeAll` hooks in order and `afterAll` hooks in reverse, so the browser is open for
// the file's own setup and still open for its own clean-up.
import { afterAll, beforeAll } from 'vitest';
import { type BrowserSession, openBrowser } from '../../render/browser.ts';

/** Returns the open session; calling it before the browser is launched is a bug in the test. */
export function useBrowser(launchTimeoutMs = 60_000): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowser();
  }, launchTimeoutMs);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('useBrowser: the browser is used before it was launched (call it from a test or a later hook)');
    return session;
  };
}
