// The flowchart font subsets the protocol pages share (see utils/flowchart-font.ts), written as
// static files: one per weight, covering every character of every chart the site publishes.
import type { APIRoute, GetStaticPaths } from 'astro';
import settings from 'virtual:stepladder/settings';
import config from 'virtual:stepladder/config';
import { FLOWCHART_FONT_WEIGHTS, type FlowchartFontWeight, flowchartFontSubset } from '../../utils/flowchart-font.ts';
import { publishedProtocols } from '../../utils/published-protocols.ts';

export const getStaticPaths: GetStaticPaths = () => FLOWCHART_FONT_WEIGHTS.map((weight) => ({ params: { weight: String(weight) } }));

export const GET: APIRoute = async ({ params }) => {
  const pages = publishedProtocols(settings, config).flatMap((p) => [p, ...(p.earlier ?? [])]);
  const svgs = pages.flatMap((p) => (p.flowchartSvg ? [p.flowchartSvg] : []));
  const font = await flowchartFontSubset(svgs, Number(params.weight) as FlowchartFontWeight);
  return new Response(new Uint8Array(font), { headers: { 'Content-Type': 'font/woff2' } });
};
