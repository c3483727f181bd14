// Passages are located in the source text, not copied by hand: a passage (or an inline citation)
// that is not in the text the protocol names is an error, with the nearest sentence as a
// did-you-mean. Runs only when the caller could read files (not in the browser editor).
import { report } from '../../../diagnostics/report.ts';
import { nearestSentence } from '../../../source-text/locate.ts';
import { locateOnce, sourceTextOf } from '../../../source-text/protocol-coverage.ts';
import type { Text } from '../../../../dsl/ast.ts';
import type { Rule } from '../rule.ts';
import { allCitations } from '../walk.ts';

export const passageLocation: Rule = {
  name: 'passage-location',
  check(ctx, { ast, scope }) {
    const inline = allCitations(ast, scope).flatMap((c) => (c.inline ? [c.inline] : []));
    for (const source of ast.sources) {
      const file = source.file;
      if (!file || !ctx.sourceTexts) continue;
      const read = ctx.sourceTexts.get(file.value);
      if (read && 'error' in read) {
        report(ctx, 'source_text_unreadable', file.span, { file: file.value, reason: read.error });
        continue;
      }
      const text = sourceTextOf(ctx, source);
      if (!text) continue;
      // Inline citations are checked against the first source that has a text.
      const texts: Text[] = [...source.passages.map((p) => p.text), ...(source === ast.sources.find((s) => s.file) ? inline : [])];
      for (const passage of texts) {
        if (locateOnce(ctx, text, passage.value).length > 0) continue;
        const nearest = nearestSentence(text, passage.value);
        report(ctx, 'passage_not_in_source', passage.span, {
          file: file.value,
          suggestion: nearest ? ` The nearest sentence is: "${nearest}"` : '',
        });
      }
    }
  },
};
