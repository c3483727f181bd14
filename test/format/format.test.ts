// The formatter: golden layouts (samples/<case>/input.protocol → formatted.protocol), the seeds are
// already formatted, and for any source that parses, formatting keeps its meaning and comments (the
// formatter checks that itself and throws otherwise) and formatting twice changes nothing.
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProtocol } from '../../dsl/format/index.ts';
import { createLanguageTools } from '../../dsl/index.ts';
import { apply, mutation } from '../fuzz/mutate.ts';
import { protocolFiles, runCli } from '../helpers/protocols.ts';

const SAMPLES = join(import.meta.dirname, 'samples');
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// `npm run fuzz` runs many more cases: give them time (about 5 ms a case here).
const TIMEOUT = Math.max(60_000, RUNS * 20);
const tools = createLanguageTools();

function format(source: string): string {
  const result = formatProtocol(source, tools);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.text;
}

describe.each(readdirSync(SAMPLES).sort())('sample %s', (name) => {
  it('formats to the golden layout, and formatting that changes nothing', async () => {
    const formatted = format(readFileSync(join(SAMPLES, name, 'input.protocol'), 'utf8'));
    await expect(formatted).toMatchFileSnapshot(join(SAMPLES, name, 'formatted.protocol'));
    expect(format(formatted)).toBe(formatted);
  });
});

describe.each(protocolFiles().map((p) => [p.name, p.source] as const))('protocols/%s.protocol', (_name, source) => {
  it('is already formatted', () => {
    expect(format(source)).toBe(source);
  });
});

// Layout edits: whitespace, line breaks and comments between and inside anything.
const layout = fc.record({
  at: fc.nat(),
  text: fc.constantFrom(' ', '  ', '\n', '\n\n\n', '\t', '\r\n', '// note\n', '/* note */', '/* two\n lines */', '\n  // own line\n'),
});

const seeds = protocolFiles().map((p) => p.source);

describe('any source that parses', () => {
  it('keeps its meaning and comments, and formats the same the second time (layout edits)', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(layout, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        const source = edits.reduce((s, e) => {
          const at = e.at % (s.length + 1);
          return s.slice(0, at) + e.text + s.slice(at);
        }, seeds[seed]!);
        const result = formatProtocol(source, tools);
        if (!result.ok) return;
        expect(format(result.text)).toBe(result.text);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('keeps its meaning and comments, and formats the same the second time (any edits)', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
        const result = formatProtocol(mutations.reduce(apply, seeds[seed]!), tools);
        if (!result.ok) return;
        expect(format(result.text)).toBe(result.text);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('stepladder fmt', () => {
  const messy = () => readFileSync(join(SAMPLES, 'messy', 'input.protocol'), 'utf8');

  it('--check passes the seeds and changes nothing', async () => {
    const { code, stderr } = await runCli(['fmt', '--check', 'protocols']);
    expect(code).toBe(0);
    expect(stderr).toContain('Every file is formatted.');
  });

  it('--check lists a file that would change, exits 1 and leaves it alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-fmt-'));
    writeFileSync(join(dir, 'messy.protocol'), messy());
    const { code, stdout } = await runCli(['fmt', '--check', '.'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('messy.protocol\n');
    expect(readFileSync(join(dir, 'messy.protocol'), 'utf8')).toBe(messy());
  });

  it('rewrites a file in place to the canonical layout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-fmt-'));
    writeFileSync(join(dir, 'messy.protocol'), messy());
    const { code, stderr } = await runCli(['fmt', 'messy.protocol'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain('Formatted 1 file(s).');
    expect(readFileSync(join(dir, 'messy.protocol'), 'utf8')).toBe(readFileSync(join(SAMPLES, 'messy', 'formatted.protocol'), 'utf8'));
  });

  it('leaves a file with syntax errors untouched and shows them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-fmt-'));
    const broken = 'protocol broken {\n  title "Broken\n}\n';
    writeFileSync(join(dir, 'broken.protocol'), broken);
    const { code, stderr } = await runCli(['fmt', 'broken.protocol'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('error[E0004]');
    expect(readFileSync(join(dir, 'broken.protocol'), 'utf8')).toBe(broken);
  });
});
