// The flowchart SVG lands in the page's DOM: nothing in it may run, and it must have a name.
import { describe, expect, it } from 'vitest';
import { accessibleSvg, compactPaths, inlineFlowchart, naturalWidth, sanitizeSvg } from '../../site/src/utils/inline-svg.ts';

const MERMAID_LIKE =
  '<svg id="f" width="100%" viewBox="4 4 1153.06 1567.5" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="t" aria-describedby="d">' +
  '<title id="t">Flowchart</title><desc id="d">Steps</desc><path d="M-114.5078125 -17.25 C-68.70365794028766 -17.25, 0.04 1, 2 3"/>' +
  '<foreignObject><div><span>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(2)</span></div></foreignObject></svg>';

describe('inline flowchart', () => {
  it('removes scripts, event handlers and script links but keeps escaped text', () => {
    const dirty = '<?xml version="1.0"?><svg onload="alert(1)"><script>alert(2)</script><a xlink:href="javascript:alert(3)" href=\'data:text/html,x\'><text onclick=alert(4)>&lt;b&gt;</text></a><iframe src="x"></iframe></svg>';
    const clean = sanitizeSvg(dirty);
    expect(clean).toBe('<svg><a><text>&lt;b&gt;</text></a></svg>');
    expect(sanitizeSvg(MERMAID_LIKE)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(2)');
  });

  it('rounds path coordinates to one decimal place', () => {
    expect(compactPaths('<path d="M-114.5078125 -17.25 C-0.04 1.96, 3 4"/>')).toBe('<path d="M-114.5 -17.3 C0 2, 3 4"/>');
  });

  it('gives the root role="img" named by its own title, or by the label when it has none', () => {
    const titled = accessibleSvg(MERMAID_LIKE, 'Flowchart: Sefton');
    expect(titled).toMatch(/^<svg role="img" focusable="false" id="f"/);
    expect(titled).toContain('aria-labelledby="t"');
    expect(titled).not.toContain('graphics-document');
    const untitled = accessibleSvg('<svg viewBox="0 0 10 10"><g/></svg>', 'Flowchart: "A" & <B>');
    expect(untitled).toBe('<svg role="img" focusable="false" viewBox="0 0 10 10" aria-label="Flowchart: &quot;A&quot; &amp; &lt;B&gt;"><g/></svg>');
    expect(() => accessibleSvg('<div/>', 'x')).toThrow(/not an SVG/);
  });

  it('reads the natural width from the viewBox', () => {
    expect(naturalWidth(inlineFlowchart(MERMAID_LIKE, 'x'))).toBe(1153);
    expect(naturalWidth('<svg width="10"></svg>')).toBeNull();
  });
});
