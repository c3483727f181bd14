// Reads the flowchart's text version (flowchart.md, written by the mermaid emitter) into a small tree
// the page renders with normal escaping. Only the subset that emitter writes is understood: headings,
// paragraphs, nested "1." and "-" lists and **bold**; anything else is kept as plain text. Nothing in
// it ever becomes markup, so protocol text stays text whatever it contains.

export interface Inline {
  text: string;
  strong: boolean;
}

export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] };

export interface ListItem {
  content: Inline[];
  children: Block[];
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e]!);
}

/** Splits on unescaped `**` and removes backslash escapes. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let current = '';
  let strong = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += text[i + 1];
      i += 1;
    } else if (c === '*' && text[i + 1] === '*') {
      if (current) parts.push({ text: decodeEntities(current), strong });
      current = '';
      strong = !strong;
      i += 1;
    } else current += c;
  }
  if (current) parts.push({ text: decodeEntities(current), strong });
  return parts;
}

interface Line {
  indent: number;
  marker: 'ordered' | 'bullet' | null;
  text: string;
}

function readLine(raw: string): Line {
  const indent = raw.length - raw.trimStart().length;
  const rest = raw.trim();
  const ordered = /^\d+\.\s+(.*)$/.exec(rest);
  if (ordered) return { indent, marker: 'ordered', text: ordered[1]! };
  const bullet = /^[-*]\s+(.*)$/.exec(rest);
  if (bullet) return { indent, marker: 'bullet', text: bullet[1]! };
  return { indent, marker: null, text: rest };
}

export function parseFlowText(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n').map(readLine);
  let position = 0;

  // Items at `indent` and deeper; consecutive items of the same kind form one list.
  const listAt = (indent: number): Block[] => {
    const blocks: Block[] = [];
    while (position < lines.length) {
      const line = lines[position]!;
      if (line.marker === null || line.indent < indent) break;
      const ordered = line.marker === 'ordered';
      let list = blocks[blocks.length - 1];
      if (!list || list.kind !== 'list' || list.ordered !== ordered) {
        list = { kind: 'list', ordered, items: [] };
        blocks.push(list);
      }
      position += 1;
      const next = lines[position];
      const children = next && next.marker !== null && next.indent > line.indent ? listAt(next.indent) : [];
      list.items.push({ content: parseInline(line.text), children });
    }
    return blocks;
  };

  const blocks: Block[] = [];
  while (position < lines.length) {
    const line = lines[position]!;
    if (line.text === '') {
      position += 1;
      continue;
    }
    if (line.marker !== null) {
      blocks.push(...listAt(line.indent));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line.text);
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, content: parseInline(heading[2]!) });
    else blocks.push({ kind: 'paragraph', content: parseInline(line.text) });
    position += 1;
  }
  return blocks;
}
