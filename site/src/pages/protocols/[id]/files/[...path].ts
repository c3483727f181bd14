// Serves every file of a protocol under /protocols/<id>/files/: what the compiler emits now, plus the
// flowchart and PDFs `stepladder build` rendered from the same version. Written as static files.
import type { APIRoute, GetStaticPaths } from 'astro';
import settings from 'virtual:stepladder/settings';
import config from 'virtual:stepladder/config';
import { loadProtocols } from '../../../../utils/load-protocols.ts';
import type { EmittedFile } from '../../../../../../compiler/emitters/types.ts';

export const getStaticPaths: GetStaticPaths = () =>
  loadProtocols(settings, config)
    .filter((p) => p.machine)
    .flatMap((p) => p.files.map((file) => ({ params: { id: p.id, path: file.path }, props: { file } })));

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: EmittedFile };
  const extension = file.path.slice(file.path.lastIndexOf('.') + 1);
  const body = typeof file.contents === 'string' ? file.contents : new Uint8Array(file.contents);
  return new Response(body, { headers: { 'Content-Type': TYPES[extension] ?? 'text/plain; charset=utf-8' } });
};
