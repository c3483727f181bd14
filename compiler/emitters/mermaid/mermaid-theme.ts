// The look of every flowchart: one font, one colour scheme, one set of Mermaid settings. The emitter
// writes these into each `.mmd` (front matter) so a hand render with mmdc matches the build, and the
// renderer initialises Mermaid with the same values. Colours are chosen for WCAG AA: text on every fill
// has a contrast ratio of at least 4.5:1 (checked by test/flowchart), and no meaning rests on colour
// alone: shapes, line styles and words carry it too.

/** The family name the renderer loads the font under and the SVG embeds it as. */
export const FONT_NAME = 'DejaVu Sans';
// Mermaid drops a themeVariables value with any character outside [0-9A-Za-z "#%(),.;], so no
// `sans-serif` (hyphen): Verdana, Arial and Helvetica cover the systems that lack the embedded font.
export const FONT_FAMILY = `"${FONT_NAME}", Verdana, Arial, Helvetica`;
export const FONT_SIZE_PX = 15;

/** Characters per label line before we wrap (DejaVu Sans at 15px is about 8.5px a character). */
export const LABEL_WIDTH = 34;
export const EDGE_LABEL_WIDTH = 22;

/** Dotted routes (discretion, leaving the procedure) get long dashes so they read as different in print. */
export const DASHED_LINK_STYLE = 'stroke-dasharray:7 5,stroke-width:1.5px';

export interface NodeColours {
  fill: string;
  stroke: string;
  text: string;
}

/** One class per kind of node. Text colours are dark on light fills, white on the dark start fill. */
export const NODE_CLASSES = {
  stage: { fill: '#E8F0FE', stroke: '#1A4F8B', text: '#0B1F33' },
  outcome: { fill: '#E3F2E6', stroke: '#1E6B34', text: '#0B2A14' },
  exit: { fill: '#FFF1DD', stroke: '#8A4B00', text: '#3A1F00' },
  trigger: { fill: '#FDE7E7', stroke: '#A1262B', text: '#3B0A0C' },
  start: { fill: '#1A4F8B', stroke: '#0B1F33', text: '#FFFFFF' },
} as const satisfies Record<string, NodeColours>;

export type NodeClass = keyof typeof NODE_CLASSES;

/** Colours that are not node classes but still carry text: edge labels and group titles. */
export const THEME_COLOURS = {
  background: '#FFFFFF',
  line: '#33414E',
  edgeLabelBackground: '#FFFFFF',
  edgeLabelText: '#1F2933',
  clusterFill: '#F7F9FB',
  clusterStroke: '#6B7785',
  clusterText: '#1F2933',
} as const;

/** Mermaid settings shared by the `.mmd` front matter and the renderer. Plain data, JSON-safe. */
export const MERMAID_CONFIG = {
  theme: 'base',
  // Shapes are drawn with rough.js even in the classic look; seed 0 means random, which would make
  // the SVG differ on every build.
  handDrawnSeed: 1,
  look: 'classic',
  // Ligature glyphs (fi, ffi) drawn with the embedded subset font have no text mapping in a PDF, so
  // pdftotext, copy-paste and screen readers got "le" for "file" and "O cer" for "Officer".
  themeCSS: 'text, span, div, p { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }',
  themeVariables: {
    fontFamily: FONT_FAMILY,
    fontSize: `${FONT_SIZE_PX}px`,
    background: THEME_COLOURS.background,
    primaryColor: NODE_CLASSES.stage.fill,
    primaryBorderColor: NODE_CLASSES.stage.stroke,
    primaryTextColor: NODE_CLASSES.stage.text,
    lineColor: THEME_COLOURS.line,
    textColor: THEME_COLOURS.edgeLabelText,
    edgeLabelBackground: THEME_COLOURS.edgeLabelBackground,
    clusterBkg: THEME_COLOURS.clusterFill,
    clusterBorder: THEME_COLOURS.clusterStroke,
    titleColor: THEME_COLOURS.clusterText,
  },
  flowchart: {
    htmlLabels: true,
    curve: 'basis',
    nodeSpacing: 40,
    rankSpacing: 50,
    padding: 12,
    wrappingWidth: 400,
  },
} as const;

/** Corner radius that turns a one-line round box into a stadium (its height is about 40px). */
const END_SHAPE_RADIUS = 'rx:20px,ry:20px';

/** `classDef` lines for every node class (colour plus a stroke width, so outlines differ too). */
export function classDefLines(): string[] {
  return Object.entries(NODE_CLASSES).map(
    ([name, c]) =>
      `classDef ${name} fill:${c.fill},stroke:${c.stroke},color:${c.text},stroke-width:2px${name === 'outcome' ? `,${END_SHAPE_RADIUS}` : ''}`,
  );
}

/** Front matter carrying MERMAID_CONFIG, so mmdc and the Mermaid live editor render the same chart. */
export function frontMatterLines(): string[] {
  const lines = ['---', 'config:'];
  const write = (value: unknown, indent: string, key: string) => {
    if (value !== null && typeof value === 'object') {
      lines.push(`${indent}${key}:`);
      for (const [k, v] of Object.entries(value)) write(v, `${indent}  `, k);
    } else {
      lines.push(`${indent}${key}: ${JSON.stringify(value)}`);
    }
  };
  for (const [k, v] of Object.entries(MERMAID_CONFIG)) write(v, '  ', k);
  lines.push('---');
  return lines;
}
