import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: [{ find: /^.*\/render\/browser\.ts$/, replacement: fileURLToPath(new URL('./session-open.ts', import.meta.url)) }] },
  test: { include: ['test/flowchart/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000, pool: 'forks' },
});
