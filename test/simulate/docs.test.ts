// The examples in docs/simulate.md are real output: a fenced block after
// `<!-- example: <path> -->` must be exactly that golden file, and the command shown above it must
// be the sample's arguments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/protocols.ts';

const doc = readFileSync(join(ROOT, 'docs', 'simulate.md'), 'utf8');
const examples = [...doc.matchAll(/<!-- example: (\S+) -->\n```\w*\n([\s\S]*?)```/g)].map(([, path, block]) => ({ path: path!, block: block! }));

describe('docs/simulate.md', () => {
  it('has examples', () => expect(examples.length).toBeGreaterThan(0));

  it.each(examples.map((e) => [e.path, e]))('shows %s as it is', (_path, example) => {
    expect(example.block).toBe(readFileSync(join(ROOT, example.path), 'utf8'));
    const args = JSON.parse(readFileSync(join(ROOT, example.path.replace(/expected\.\w+$/, 'args.json')), 'utf8')) as string[];
    const command = doc.slice(0, doc.indexOf(`<!-- example: ${example.path} -->`)).split('```sh').at(-1)!.replace(/\\\n\s*/g, ' ');
    for (const arg of args.filter((a) => a !== '--format' && a !== 'text')) expect(command).toContain(arg);
  });
});
