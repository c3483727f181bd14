// Many distinct, realistic protocols for the scale benches and the "edit 1 of 100" test: the five
// seeds in turn (stages with levels, urgent routes, records that become forms, notifications), each
// copy under its own id and title so every copy has its own flowchart, PDFs and pages. The seeds'
// published texts are copied beside them once, under their own names, as the copies cite them.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { seedFiles } from '../site/fixture-site.ts';

export interface Variant {
  id: string;
  file: string;
}

function seedId(path: string): string {
  return basename(path).replace(/\.protocol$/, '');
}

/** The `i`th copy of `seed`'s source: its own id and title, everything else as published. */
export function variantSource(seed: { id: string; source: string }, i: number): { id: string; source: string } {
  const id = `${seed.id}-v${String(i).padStart(3, '0')}`;
  const source = seed.source
    .replace(new RegExp(`protocol ${seed.id} \\{`), `protocol ${id} {`)
    .replace(/title "([^"]*)"/, (_, title: string) => `title "${title} (variant ${i})"`);
  return { id, source };
}

/** Writes `count` copies of the seeds into `dir` (with the seeds' source texts) and returns them. */
export function writeVariants(dir: string, count: number): Variant[] {
  const seeds = seedFiles().map((path) => ({ id: seedId(path), source: readFileSync(path, 'utf8'), path }));
  for (const seed of seeds) {
    for (const sibling of readdirSync(dirname(seed.path)).filter((f) => f.startsWith(`${seed.id}.source.`))) {
      copyFileSync(join(dirname(seed.path), sibling), join(dir, sibling));
    }
  }
  return Array.from({ length: count }, (_, i) => {
    const { id, source } = variantSource(seeds[i % seeds.length]!, i);
    const file = join(dir, `${id}.protocol`);
    writeFileSync(file, source);
    return { id, file };
  });
}

/** An edit a policy officer might make: the protocol's title changes, so all of its outputs do. */
export function editVariant(variant: Variant): void {
  const source = readFileSync(variant.file, 'utf8');
  writeFileSync(variant.file, source.replace(/title "([^"]*)"/, (_, title: string) => `title "${title}, revised"`));
}
