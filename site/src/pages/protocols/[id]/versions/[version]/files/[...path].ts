// Serves the files of an earlier version of a protocol under /protocols/<id>/versions/<version>/files/,
// so links to them keep working after a new version is published.
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse } from '../../../../../../utils/file-response.ts';
import settings from 'virtual:stepladder/settings';
import config from 'virtual:stepladder/config';
import type { EmittedFile } from '../../../../../../../../compiler/emitters/types.ts';
import { publishedProtocols } from '../../../../../../utils/published-protocols.ts';
import { earlierVersionPages, versionSlug } from '../../../../../../utils/versions.ts';

export const getStaticPaths: GetStaticPaths = () =>
  publishedProtocols(settings, config).flatMap((protocol) =>
    earlierVersionPages(protocol).flatMap(({ version }) =>
      version.files.map((file) => ({ params: { id: protocol.id, version: versionSlug(version.machine), path: file.path }, props: { file } })),
    ),
  );

export const GET: APIRoute = ({ props }) => fileResponse((props as { file: EmittedFile }).file);
