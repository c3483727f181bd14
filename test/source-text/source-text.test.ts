// The source text beside a protocol: how it is read (Markdown as a reader sees it, headings apart),
// how passages are located in it (spaces, line breaks and quote styles forgiven, nothing else), the
// did-you-mean for a passage that is not there, and coverage. The seeds are checked against their
// own source texts: every passage is located and every sentence is encoded or set aside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceTextReader } from '../../cli/source-texts.ts';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { coverage, locate, nearestSentence } from '../../compiler/source-text/locate.ts';
import { normalise, readSourceText } from '../../compiler/source-text/normalise.ts';
import { PROTOCOLS_DIR, ROOT, protocolFiles } from '../helpers/protocols.ts';

describe('reading a source text', () => {
  it('counts sentences, not headings; list items count', () => {
    const text = readSourceText('Step 1\nDirect Discussion\nTalk first. Then write it down.\n- Levels of need\n', 'x.txt');
    expect(text.sentences.map((s) => s.text)).toEqual(['Talk first.', 'Then write it down.', '- Levels of need']);
  });

  it('reads Markdown as a reader sees it: no heading marks, bold markers or link targets', () => {
    const text = readSourceText('## Stage One\n\n**Record the outcome.** See the [full protocol](https://x.invalid).\n', 'x.md');
    expect(text.normalised).toBe('Stage One Record the outcome. See the full protocol.');
    expect(text.sentences.map((s) => s.text)).toEqual(['Record the outcome.', 'See the full protocol.']);
  });

  it('splits a sentence run on into a heading without a space ("stated.Step 1") and does not count the heading', () => {
    const text = readSourceText('Any escalation should follow the steps below within the timescales stated.Step 1\n', 'x.txt');
    expect(text.sentences.map((s) => s.text)).toEqual(['Any escalation should follow the steps below within the timescales stated.']);
  });

  it('forgives only spacing, line breaks and quote styles', () => {
    expect(normalise('the  child\u2019s\n  file \u201cnow\u201d')).toBe(`the child's file "now"`);
    const text = readSourceText('The line manager’s review\nmust be recorded.', 'x.txt');
    expect(locate(text, "The line manager's review must be recorded.")).toHaveLength(1);
    expect(locate(text, 'The line managers review must be recorded.')).toEqual([]);
    expect(locate(text, 'The line manager’s review must be Recorded.')).toEqual([]);
  });

  it('finds any stretch of the text, however it is re-spaced', () => {
    const text = readSourceText(readFileSync(join(PROTOCOLS_DIR, 'sefton.source.txt'), 'utf8'), 'sefton.source.txt');
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 10, max: 200 }), fc.constantFrom(' ', '\n', '  \n   '), (at, length, gap) => {
        const start = at % Math.max(1, text.normalised.length - length);
        const piece = text.normalised.slice(start, start + length).trim();
        fc.pre(piece.length > 0);
        expect(locate(text, piece.replace(/ /g, gap)).length).toBeGreaterThan(0);
      }),
    );
  });

  it('suggests the nearest sentence for a passage that is not in the text, and nothing for unrelated text', () => {
    const text = readSourceText('Talk to your manager first. Records are kept on the case file.', 'x.txt');
    expect(nearestSentence(text, 'Records are kept on the case fle.')).toBe('Records are kept on the case file.');
    expect(nearestSentence(text, 'Bananas grow in warm countries')).toBeNull();
  });

  it('measures coverage: a sentence counts when passages hold every letter of it', () => {
    const text = readSourceText('One is here. Two is there. Three is nowhere.', 'x.txt');
    const result = coverage(text, ['One is here. Two', 'is there.']);
    expect(result).toEqual({ sentences: 3, covered: 2, percent: 66, uncovered: ['Three is nowhere.'] });
    expect(coverage(text, []).percent).toBe(0);
  });
});

describe('the seeds against their source texts', () => {
  const tools = createCompilerTools();
  it.each(protocolFiles().map((p) => [p.name, p] as const))('%s: every passage is located and every sentence accounted for', (_, p) => {
    const result = compileSource(p.source, p.file, tools, { readSourceText: sourceTextReader(ROOT, p.file) });
    expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(result.coverage).not.toBeNull();
    expect(result.coverage!.sentences).toBeGreaterThan(15);
    expect(result.coverage!.percent).toBe(100);
    expect(result.coverage!.uncovered).toEqual([]);
  });

  it('a passage changed by one word is an error naming the nearest sentence', () => {
    const p = protocolFiles().find((f) => f.name === 'sefton')!;
    const changed = p.source.replace('Consultation with senior managers within each organisation', 'Consultation with senior managers within every organisation');
    expect(changed).not.toBe(p.source);
    const result = compileSource(changed, p.file, tools, { readSourceText: sourceTextReader(ROOT, p.file) });
    const error = result.diagnostics.find((d) => d.code === 'E0150');
    expect(error?.message).toContain('The nearest sentence is: "Consultation with senior managers within each organisation');
    expect(result.machine).toBeNull();
  });

  it('without a source text reader (the browser) the seeds compile and coverage is not measured', () => {
    for (const p of protocolFiles()) {
      const result = compileSource(p.source, p.file, tools);
      expect(result.machine, p.name).not.toBeNull();
      expect(result.coverage ?? null).toBeNull();
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });
});
