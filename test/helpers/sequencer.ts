// The order test files start in. Vitest starts the longest files first (on a fresh clone, which has
// no timings yet, the largest). The files that share the run's fixture site (test/site/shared-site.ts)
// are among the largest: the first to start builds the site, which takes minutes on a two-core
// machine, and a second one started alongside it would hold a worker idle until that build is
// done. So only the first of them starts early, and the others go last, when the site is long built.
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Whether a test file asks for the run's shared fixture site: a line `const x = useServedSite(…, { …, shared: true });`. */
export function sharesFixtureSite(source: string): boolean {
  return /^const \w+ = useServedSite\([^\n]*\bshared: true\b/m.test(source);
}

/** `sorted` with every file that shares the site, except the first, moved to the end (in order). */
export function sharedSiteLast<T>(sorted: readonly T[], shares: (file: T) => boolean): T[] {
  const shared = sorted.filter(shares);
  return [...shared.slice(0, 1), ...sorted.filter((file) => !shares(file)), ...shared.slice(1)];
}

export class SharedSiteLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const shares = new Map(sorted.map((spec) => [spec, sharesFixtureSite(readFileSync(spec.moduleId, 'utf8'))]));
    return sharedSiteLast(sorted, (spec) => shares.get(spec) === true);
  }
}
