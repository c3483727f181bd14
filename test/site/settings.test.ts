// Folders come from the environment when set, relative to the repository root otherwise.
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../site/src/utils/site-settings.ts';
import { routes, withBase } from '../../site/src/utils/href.ts';
import { dateOrNotStated, fileSize, orNotStated } from '../../site/src/utils/format.ts';
import { docsPath } from '../../compiler/diagnostics/registry.ts';

describe('site settings', () => {
  it('defaults to protocols/ and build/ under the root', () => {
    const s = resolveSettings('/repo', {});
    expect(s).toEqual({ root: '/repo', protocolsDir: '/repo/protocols', buildDir: '/repo/build', samplesDir: '/repo/test/diagnostics/samples', docsBaseUrl: undefined });
  });

  it('takes folders and the docs address from the environment', () => {
    const s = resolveSettings('/repo', { STEPLADDER_PROTOCOLS: 'fixtures/p', STEPLADDER_BUILD: '/tmp/b', STEPLADDER_DOCS_URL: 'http://localhost:4321' });
    expect([s.protocolsDir, s.buildDir, s.docsBaseUrl]).toEqual(['/repo/fixtures/p', '/tmp/b', 'http://localhost:4321']);
  });
});

describe('addresses and wording', () => {
  it('puts diagnostic pages where the CLI links to them', () => {
    expect(routes.diagnostic('E0101')).toBe(docsPath('E0101'));
  });

  it('encodes file paths and honours a base path', () => {
    expect(routes.file('a b', 'forms/x y.pdf')).toBe('/protocols/a%20b/files/forms/x%20y.pdf');
    expect(withBase('/procedures/', '/protocols/x/')).toBe('/procedures/protocols/x/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('says "not stated" for missing metadata', () => {
    expect(orNotStated(null)).toBe('not stated');
    expect(orNotStated('  ')).toBe('not stated');
    expect(dateOrNotStated(null)).toBe('not stated');
    expect(dateOrNotStated('2025-04-01')).toBe('1 April 2025');
    expect([fileSize(900), fileSize(70_000), fileSize(3_500_000)]).toEqual(['900 bytes', '68 KB', '3.3 MB']);
  });
});
