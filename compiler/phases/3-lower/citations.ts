// Citations in the IR: every passage of the source keeps its name as its id; an inline quotation
// gets a stable id from its position (`quote-1`, `quote-2`, …), so ids never depend on a run.
import type { Citation as CiteDecl } from '../../../dsl/ast.ts';
import type { Citation } from '../../ir/types.ts';
import type { Analysis } from '../2-analyze/analysis.ts';
import { allCitations } from '../2-analyze/walk.ts';

export interface CitationTable {
  citations: Citation[];
  idsOf(cites: CiteDecl[]): string[];
}

export function buildCitationTable({ ast, scope }: Analysis): CitationTable {
  const citations: Citation[] = [];
  for (const source of ast.sources) for (const p of source.passages) citations.push({ id: p.id.name, text: p.text.value, inline: false });
  const inlineIds = new Map<CiteDecl, string>();
  const passageNames = new Set(citations.map((c) => c.id));
  const ordered = [...allCitations(ast, scope)].sort((a, b) => a.span.start - b.span.start);
  for (const cite of ordered) {
    if (!cite.inline) continue;
    // Skip numbers a passage already uses as its name, so ids stay unique.
    let n = inlineIds.size + 1;
    while (passageNames.has(`quote-${n}`)) n += 1;
    const id = `quote-${n}`;
    inlineIds.set(cite, id);
    citations.push({ id, text: cite.inline.value, inline: true });
  }
  return {
    citations,
    idsOf(cites) {
      const ids = cites.flatMap((c) => (c.inline ? [inlineIds.get(c)!] : c.passages.map((p) => p.name)));
      return [...new Set(ids)];
    },
  };
}
