// How a printable's relative asset URLs (e.g. `flowchart.svg`) are served while Chromium prints it:
// the document is loaded from a reserved, unroutable origin and every request under it is answered
// from the document's assets map; anything else is refused, so printing never touches the network.

/** `.invalid` is reserved (RFC 2606): nothing can ever answer it, even if interception failed. */
export const PRINT_ORIGIN = 'https://printables.invalid';
export const DOCUMENT_URL = `${PRINT_ORIGIN}/document.html`;

const CONTENT_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  css: 'text/css; charset=utf-8',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  html: 'text/html; charset=utf-8',
};

export function contentTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/**
 * The asset name a request asks for, or null when it is not under the print origin. Names are
 * relative to the document, without a leading slash: `flowchart.svg`, `images/logo.png`.
 */
export function assetNameOf(url: string): string | null {
  if (!url.startsWith(`${PRINT_ORIGIN}/`)) return null;
  const path = new URL(url).pathname.slice(1);
  return decodeURIComponent(path);
}
