// A large protocol as dense as a real one, for bench/compiler-scale.ts: a seed as published, then its
// own top-level stage blocks copied again and again under new ids until the text reaches the size
// asked for. Every copy keeps the seed's wording, quoted text, routes, deadlines and citations; only
// the names its stages declare (stage, level and step ids) get a suffix (`_c7`), in the copy's
// declarations and in every reference to them inside the copy, so a copy routes and counts its
// deadlines within itself. Roles, passages and outcomes stay the seed's own, declared once. No route
// leads from the seed's stages to a copy, so one made-up condition (labelled as such) lets a case
// start at each copy's first stage. Stage blocks are denser than a seed as a whole (bench/seed-copies.ts
// grows a seed with its own make-up).
import type { IToken } from 'chevrotain';
import { createLanguageTools } from '../dsl/index.ts';
import { parseProtocol } from '../dsl/index.ts';
import type { StateDecl } from '../dsl/ast.ts';

/** Every id a stage declares: its own, its levels', its steps'. */
function declaredIds(state: StateDecl, into: Set<string>): void {
  into.add(state.id.name);
  for (const step of state.steps) into.add(step.id.name);
  for (const level of state.levels) declaredIds(level, into);
}

/** The tokens that name a stage, level or step: in `ids`, and not in a `cite a, b` list (passages may share a stage's name). */
function stageNameTokens(tokens: IToken[], ids: Set<string>): IToken[] {
  const found: IToken[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.tokenType.name === 'Cite') {
      // `cite a, b, c`: skip the names (and the commas between them), which are passages.
      i += 1;
      while (tokens[i + 1]?.tokenType.name === 'Comma') i += 2;
      continue;
    }
    if (ids.has(t.image)) found.push(t);
  }
  return found;
}

/** The text of `source` from `start` to `end` with each of `names` renamed to `name + suffix`. */
function renamed(source: string, names: IToken[], start: number, end: number, suffix: string): string {
  let out = '';
  let at = start;
  for (const t of names) {
    if (t.startOffset < start || t.startOffset >= end) continue;
    out += source.slice(at, t.startOffset) + t.image + suffix;
    at = t.startOffset + t.image.length;
  }
  return out + source.slice(at, end);
}

/**
 * The seed with copies of its stages appended until the text is at least `bytes` long. Throws if
 * the seed has no stages or does not parse.
 */
export function seedWithCopiedStages(seed: string, bytes: number): { source: string; copies: number } {
  const language = createLanguageTools();
  const { ast } = parseProtocol(seed, language);
  if (!ast || ast.stages.length === 0) throw new Error('the seed does not parse or has no stages');
  const ids = new Set<string>();
  for (const stage of ast.stages) declaredIds(stage, ids);
  const start = ast.stages[0]!.span.start;
  const end = ast.stages[ast.stages.length - 1]!.span.end;
  const names = stageNameTokens(language.lexer.tokenize(seed).tokens, ids);
  // The copies go where the seed's own stages end, inside the protocol block.
  const parts: string[] = [seed.slice(0, end)];
  let length = seed.length;
  let copies = 0;
  while (length < bytes) {
    copies += 1;
    const copy = `\n\n  ${renamed(seed, names, start, end, `_c${copies}`)}`;
    parts.push(copy);
    length += copy.length;
  }
  // A stage no route or start leads to is an error: unless the seed already lets a case start at any
  // stage, one made-up condition (labelled as such) lets a case start at each copy's first stage.
  if (!ast.starts.some((s) => s.anyStage)) {
    const passage = ast.sources.flatMap((s) => s.passages)[0];
    const first = ast.stages[0]!.id.name;
    const targets = Array.from({ length: copies }, (_, i) => `${first}_c${i + 1}`).join(', ');
    parts.push(`\n\n  // Benchmark only: not in any source.\n  condition copied_stages "the case is in a benchmark's copy of the stages"${passage ? ` { cite ${passage.id.name} }` : ''}\n  start at ${targets} when copied_stages`);
  }
  parts.push(seed.slice(end));
  return { source: parts.join(''), copies };
}
