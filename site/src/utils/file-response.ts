// One HTTP response for a protocol's file, typed by its extension: used by the pages that serve the
// current version's files and those of earlier versions.
import type { EmittedFile } from '../../../compiler/emitters/types.ts';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export function fileResponse(file: EmittedFile): Response {
  const extension = file.path.slice(file.path.lastIndexOf('.') + 1);
  const body = typeof file.contents === 'string' ? file.contents : new Uint8Array(file.contents);
  return new Response(body, { headers: { 'Content-Type': TYPES[extension] ?? 'text/plain; charset=utf-8' } });
}
