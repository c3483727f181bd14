// Only http(s) addresses from a protocol become links.
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../site/src/utils/safe-url.ts';

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.seftonscp.org.uk', 'https://www.seftonscp.org.uk/'],
    [' http://example.org/a?b=1 ', 'http://example.org/a?b=1'],
  ])('keeps %s', (url, expected) => expect(safeHttpUrl(url)).toBe(expected));

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', 'www.example.org', 'https://', '', null, undefined])(
    'refuses %s',
    (url) => expect(safeHttpUrl(url)).toBeNull(),
  );
});
