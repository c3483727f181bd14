// The Content-Security-Policy written into every page: inline scripts and styles are allowed by their
// hashes only, data blocks are not hashed, nothing comes from another origin, and the tag comes
// first in <head> so it governs every element after it. The real pages are checked in Chromium by
// test/site/hostile.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from '../../site/integration/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.split(' ')[0] === name)?.split(' ').slice(1) ?? [];

describe('content security policy', () => {
  const page = [
    '<!doctype html><html><head><meta charset="utf-8">',
    '<script>window.theme = 1;</script>',
    '<script type="module">import "./a.js";</script>',
    '<script type="application/json" data-machine>{"a":1}</script>',
    '<script type="module" src="/_astro/x.js"></script>',
    '<style>body{color:red}</style>',
    '</head><body><svg><style>.a&gt;*{fill:red}</style></svg></body></html>',
  ].join('');

  it('allows exactly the inline scripts that run, by hash', () => {
    const scripts = directive(policyFor(page), 'script-src');
    expect(scripts).toEqual(expect.arrayContaining([sha('window.theme = 1;'), sha('import "./a.js";')]));
    expect(scripts).not.toContain(sha('{"a":1}'));
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((s) => s.startsWith("'sha256-"))).toHaveLength(2);
  });

  it('allows style elements by hash, an SVG style also as the browser decodes it', () => {
    const styles = directive(policyFor(page), 'style-src-elem');
    expect(styles).toEqual(expect.arrayContaining([sha('body{color:red}'), sha('.a&gt;*{fill:red}'), sha('.a>*{fill:red}')]));
    expect(styles).not.toContain("'unsafe-inline'");
  });

  it('names no other origin and no scheme but data: for pictures and fonts', () => {
    const policy = policyFor(page);
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).not.toMatch(/https?:|\*|blob:/);
    for (const d of policy.split('; ')) for (const source of d.split(' ').slice(1)) expect(source).toMatch(/^'[^']+'$|^data:$/);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'none'"]);
  });

  it('is the first element of <head>, written once however often the page is processed', () => {
    const once = withPolicy(page);
    expect(once.indexOf('<meta http-equiv="content-security-policy"')).toBe(once.indexOf('<head>') + '<head>'.length);
    expect(withPolicy(once)).toBe(once);
  });

  it('lets a page that makes styles as it runs (the editor) keep inline style elements, never inline scripts', () => {
    const editor = page.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="stepladder-csp" content="runtime-styles">');
    const policy = policyFor(editor);
    expect(directive(policy, 'style-src-elem')).toContain("'unsafe-inline'");
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
  });
});
