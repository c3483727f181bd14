// The starter template: the made-up "Anytown" protocol of the language reference (its first
// complete example, which the docs tests compile), so a new draft begins from a protocol that
// compiles and shows every main construct, and is plainly marked as made up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function starterProtocol(root: string): string {
  const reference = readFileSync(join(root, 'docs', 'language.md'), 'utf8');
  const example = /### A first protocol[\s\S]*?```protocol\n([\s\S]*?)```/.exec(reference)?.[1];
  if (!example) throw new Error('docs/language.md has no "A first protocol" example to start drafts from');
  return `// A STARTER TEMPLATE, made up: replace every name and text with your own protocol's published wording.\n${example}`;
}
