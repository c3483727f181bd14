// Serves every file of a protocol under /protocols/<id>/files/: what the compiler emits now, plus the
// flowchart and PDFs `stepladder build` rendered from the same version. Written as static files.
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse } from '../../../../utils/file-response.ts';
import settings from 'virtual:stepladder/settings';
import config from 'virtual:stepladder/config';
import { publishedProtocols } from '../../../../utils/published-protocols.ts';
import type { EmittedFile } from '../../../../../../compiler/emitters/types.ts';

export const getStaticPaths: GetStaticPaths = () =>
  publishedProtocols(settings, config)
    .filter((p) => p.machine)
    .flatMap((p) => p.files.map((file) => ({ params: { id: p.id, path: file.path }, props: { file } })));

export const GET: APIRoute = ({ props }) => fileResponse((props as { file: EmittedFile }).file);
