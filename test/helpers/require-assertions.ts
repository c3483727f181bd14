// Every test must check something: a test whose only assertions sit inside a loop over an empty
// collection (or a callback that never ran) would otherwise pass without checking anything.
import { beforeEach, expect } from 'vitest';

beforeEach(() => {
  expect.hasAssertions();
});
