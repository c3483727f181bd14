// Serves the files of an earlier version of a protocol under /protocols/<id>/versions/<version>/files/,
// so links to them keep working after a new version is published.
import type { APIRoute, GetStaticPaths } from 'astro';
import settings from 'virtual:stepladder/settings';
import type { EmittedFile } from '../../../../../../../../compiler/emitters/types.ts';
import { loadProtocols } from '../../../../../../utils/load-protocols.ts';
import { earlierVersionPages, versionSlug } from '../../../../../../utils/versions.ts';

export const getStaticPaths: GetStaticPaths = () =>
  loadProtocols(settings).flatMap((protocol) =>
    earlierVersionPages(protocol).flatMap(({ version }) =>
      version.files.map((file) => ({ params: { id: protocol.id, version: versionSlug(version.machine), path: file.path }, props: { file } })),
    ),
  );

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
