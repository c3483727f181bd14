// A protocol's source texts, read and checked against its passages: which passages are not in the
// text, and which sentences of the text no cited passage and no `not encoded` mark accounts for.
import type { SourceBlock } from '../../dsl/ast.ts';
import type { CompileContext } from '../context.ts';
import type { Analysis } from '../phases/2-analyze/analysis.ts';
import { allCitations } from '../phases/2-analyze/walk.ts';
import { coverage, locate, type TextRange } from './locate.ts';
import { readSourceText, type SourceText } from './normalise.ts';

export interface ProtocolCoverage {
  /** The source text files, as named in the protocol. */
  files: string[];
  sentences: number;
  covered: number;
  /** Whole percent, rounded down: 100 only when every sentence is accounted for. */
  percent: number;
  uncovered: string[];
}

/** The readable source text of a source block, or null (none named, none read, or unreadable). */
export function sourceTextOf(ctx: CompileContext, source: SourceBlock): SourceText | null {
  const name = source.file?.value;
  const read = name === undefined ? undefined : ctx.sourceTexts?.get(name);
  if (!read || !('text' in read)) return null;
  const known = ctx.memo.sourceTexts.get(name!);
  if (known) return known;
  let byName = ctx.sourceTextCache?.get(read);
  if (ctx.sourceTextCache && !byName) ctx.sourceTextCache.set(read, (byName = new Map()));
  const text = byName?.get(name!) ?? readSourceText(read.text, name!);
  byName?.set(name!, text);
  ctx.memo.sourceTexts.set(name!, text);
  return text;
}

/** Where the passage is in the source text (locate), searched for once per compile. */
export function locateOnce(ctx: CompileContext, text: SourceText, passage: string): TextRange[] {
  let byPassage = ctx.memo.located.get(text);
  if (!byPassage) ctx.memo.located.set(text, (byPassage = new Map()));
  let found = byPassage.get(passage);
  if (!found) byPassage.set(passage, (found = locate(text, passage)));
  return found;
}

/** Worked out once per compile: the source-coverage rule and the compile result both need it. */
export function protocolCoverage(analysis: Analysis, ctx: CompileContext): ProtocolCoverage | null {
  if (ctx.memo.coverage === undefined) ctx.memo.coverage = workOutCoverage(analysis, ctx);
  return ctx.memo.coverage;
}

function workOutCoverage({ ast, scope }: Analysis, ctx: CompileContext): ProtocolCoverage | null {
  const cites = allCitations(ast, scope);
  const cited = new Set(cites.flatMap((c) => c.passages.map((p) => p.name)));
  const inline = cites.flatMap((c) => (c.inline ? [c.inline.value] : []));
  const total: ProtocolCoverage = { files: [], sentences: 0, covered: 0, percent: 100, uncovered: [] };
  for (const source of ast.sources) {
    const text = sourceTextOf(ctx, source);
    if (!text) continue;
    const accounted = source.passages.filter((p) => cited.has(p.id.name) || p.notEncoded).map((p) => p.text.value);
    const result = coverage(text, [...accounted, ...inline], (t, passage) => locateOnce(ctx, t, passage));
    total.files.push(source.file!.value);
    total.sentences += result.sentences;
    total.covered += result.covered;
    total.uncovered.push(...result.uncovered);
  }
  if (total.files.length === 0) return null;
  total.percent = total.sentences === 0 ? 100 : Math.floor((total.covered * 100) / total.sentences);
  return total;
}
