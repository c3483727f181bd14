// A static server for a built site, on 127.0.0.1 only, for the page-weight and first-paint benches:
// it answers like an ordinary host (gzip for text types, the file's type, 404 otherwise) and counts
// the bytes it sends for each path, so a bench knows exactly what a page cost on the wire. It serves
// regular files inside the folder and nothing else (no links followed, no `..`).
import { lstatSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../test/site/static-server.ts';

const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.wasm']);

export interface Sent {
  path: string;
  type: string;
  /** Bytes of the body as sent (gzipped where the type is compressible). */
  bytes: number;
}

export interface DistServer {
  url: string;
  /** Every response since the last `reset()`, in order. */
  sent(): Sent[];
  reset(): void;
  close(): Promise<void>;
}

/** The file for a URL path, or null: `/a/` is `/a/index.html`; only regular files inside `root`. */
function fileFor(root: string, pathname: string): string | null {
  let path = decodeURIComponent(pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return null;
  try {
    const stat = lstatSync(file);
    if (stat.isDirectory()) return fileFor(root, `${pathname}/`);
    return stat.isFile() ? file : null;
  } catch {
    return null;
  }
}

export async function serveDist(root: string): Promise<DistServer> {
  const base = normalize(root);
  let log: Sent[] = [];
  // Each file is compressed once: the benches load the same page many times.
  const bodies = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = fileFor(base, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      log.push({ path: pathname, type: '404', bytes: 9 });
      return;
    }
    const ext = extname(file);
    const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body = bodies.get(`${gzip}:${file}`);
    if (!body) {
      body = gzip ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file);
      bodies.set(`${gzip}:${file}`, body);
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
    log.push({ path: pathname, type: ext.slice(1) || 'html', bytes: body.length });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent: () => [...log],
    reset: () => {
      log = [];
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
