// Issue 17, defect 5: over Mermaid's text limit, Mermaid does not throw: it draws a picture of the words
// "Maximum text size in diagram exceeded". In the real Chromium, such a chart comes back as too large,
// with no SVG or PNG, so the build publishes no picture (W0503) instead of that message.
import { describe, expect, it } from 'vitest';
import { noCache } from '../../render/cache.ts';
import { MERMAID_MAX_TEXT_SIZE, renderFlowcharts } from '../../render/flowchart-renderer.ts';
import { useBrowser } from '../helpers/use-browser.ts';

/** A chain of `stages` boxes, each with a label as long as a real stage title. */
function chain(stages: number): string {
  const lines = ['flowchart TD'];
  for (let i = 1; i < stages; i += 1) lines.push(`  s${i}["Step ${i} – discussion between the named people at this level"] --> s${i + 1}`);
  return `${lines.join('\n')}\n`;
}

const browser = useBrowser();

describe('a flowchart over Mermaid\'s text limit', () => {
  it('comes back as too large, with no picture, while one under the limit is drawn', async () => {
    const large = chain(800);
    const small = chain(10);
    expect(large.length).toBeGreaterThan(MERMAID_MAX_TEXT_SIZE);
    const [tooLarge, fine] = await renderFlowcharts(browser(), [{ key: 'large', source: large }, { key: 'small', source: small }], noCache());
    expect(tooLarge).toMatchObject({ key: 'large', tooLarge: { size: large.length, limit: MERMAID_MAX_TEXT_SIZE } });
    expect(tooLarge?.svg).toBeUndefined();
    expect(tooLarge?.png).toBeUndefined();
    expect(fine?.svg).toMatch(/^<svg\b/);
    expect(fine?.svg).not.toContain('Maximum text size');
  }, 120_000);
});
