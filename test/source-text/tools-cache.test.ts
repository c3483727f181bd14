// The compiler tools keep each source text normalised and split once, by the object the reader
// returned (CompilerTools.sourceTexts). A cache must never change what a check says: the same
// reading gives the same result as fresh tools, a new reading of an edited text is checked afresh,
// and one reading named as Markdown in one protocol and as plain text in another is read each way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools, type SourceTextFile } from '../../compiler/index.ts';

const root = join(import.meta.dirname, '..', '..');
const file = 'protocols/lincolnshire.protocol';
const source = readFileSync(join(root, file), 'utf8');
const published: SourceTextFile = { text: readFileSync(join(root, 'protocols/lincolnshire.source.txt'), 'utf8') };

const codes = (result: ReturnType<typeof compileSource>) => result.diagnostics.map((d) => `${d.code} ${d.message}`);

describe('source texts cached in the compiler tools', () => {
  it('give the same result on every compile as fresh tools do', () => {
    const tools = createCompilerTools();
    const first = compileSource(source, file, tools, { readSourceText: () => published });
    const again = compileSource(source, file, tools, { readSourceText: () => published });
    const fresh = compileSource(source, file, createCompilerTools(), { readSourceText: () => published });
    expect(first.machine).not.toBeNull();
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
    expect(first.coverage?.percent).toBe(100);
  });

  it('check an edited text afresh: a new reading is a new entry', () => {
    const tools = createCompilerTools();
    compileSource(source, file, tools, { readSourceText: () => published });
    // The first passage's wording no longer appears in the text the reader now returns.
    const edited: SourceTextFile = { text: published.text.replace(/Step 1/g, 'Stage one') };
    const result = compileSource(source, file, tools, { readSourceText: () => edited });
    const expected = compileSource(source, file, createCompilerTools(), { readSourceText: () => edited });
    expect(codes(result)).toEqual(codes(expected));
    expect(codes(result).some((c) => c.startsWith('E0150'))).toBe(true);
    expect(result.machine).toBeNull();
  });

  it('read one reading by the name each protocol gives it (Markdown or plain text)', () => {
    const tools = createCompilerTools();
    const markdown: SourceTextFile = { text: '# Step 1\n\nTalk to the **other** worker first.\n' };
    const protocol = (name: string) =>
      `protocol lincolnshire {\n  title "T"\n  partnership "P"\n  nation england\n  source { text "${name}" passage talk "Talk to the other worker first." }\n  role worker "Worker"\n  stage s "S" { meets worker cite talk on resolved -> done }\n  outcome done "Done" { kind resolved }\n}\n`;
    const asMarkdown = compileSource(protocol('x.md'), 'lincolnshire.protocol', tools, { readSourceText: () => markdown });
    const asText = compileSource(protocol('x.txt'), 'lincolnshire.protocol', tools, { readSourceText: () => markdown });
    // As plain text the bold markers stay, so the passage is not in it; as Markdown it is.
    expect(codes(asMarkdown).some((c) => c.startsWith('E0150'))).toBe(false);
    expect(codes(asText).some((c) => c.startsWith('E0150'))).toBe(true);
    expect(codes(asText)).toEqual(codes(compileSource(protocol('x.txt'), 'lincolnshire.protocol', createCompilerTools(), { readSourceText: () => markdown })));
  });
});
