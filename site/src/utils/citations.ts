// Resolves the citation ids a fact carries into the passages of the published text, and the link to
// the published document when the protocol gives one that is safe to follow.
import type { Machine } from '../../../compiler/ir/types.ts';
import { paragraphs } from '../../../compiler/emitters/print-shared/text.ts';
import { safeHttpUrl } from './safe-url.ts';

export interface Passage {
  id: string;
  paragraphs: string[];
}

export interface SourceView {
  title: string | null;
  publisher: string | null;
  url: string | null;
}

/** Passages in the order cited; unknown ids are skipped (the compiler has already reported them). */
export function passages(machine: Machine, ids: readonly string[]): Passage[] {
  return [...new Set(ids)].flatMap((id) => {
    const citation = machine.citations.find((c) => c.id === id);
    return citation ? [{ id, paragraphs: paragraphs(citation.text) }] : [];
  });
}

export function sourceView(machine: Machine): SourceView {
  const { title, publisher, url } = machine.meta.source;
  return { title, publisher, url: safeHttpUrl(url) };
}
