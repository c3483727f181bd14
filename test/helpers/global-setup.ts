// Once per test run, before any test file: a folder for what test files share within this run (the
// fixture sites several browser files build the same way, test/site/shared-site.ts), removed when
// the run ends. Its path reaches the test workers through vitest's provide/inject.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's folder for fixtures that several test files share. */
    sharedRunDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'stepladder-test-run-'));
  project.provide('sharedRunDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
