// A strict Content-Security-Policy on every page of the site, as a <meta> tag written after the build.
//
// Astro 7's own `security.csp` hashes only the scripts and styles it bundles: Starlight's `is:inline`
// scripts (theme, sidebar state, search dialog) and the `<style>` inside each inline flowchart SVG are
// left out, so Chromium refused them (measured). Here every inline script and style element of each
// written page is hashed instead, so nothing the build did not write can run, and nothing is loaded
// from any other origin. Style attributes stay allowed (Starlight's table of contents and Mermaid's
// SVG use them; an attribute cannot run script, and all protocol text is escaped before it lands).
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// A page whose scripts make style elements as it runs (the editor: CodeMirror's themes, Mermaid's
// drawing of the draft, the draft's briefing in a sandboxed frame) says so with this tag; its style
// elements are then not pinned to hashes. Its scripts still are.
const RUNTIME_STYLES = /<meta\s+name="stepladder-csp"\s+content="runtime-styles"\s*\/?>/i;
const EXISTING = /<meta\s+http-equiv="content-security-policy"[^>]*>\s*/gi;

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A <style> inside an inline SVG is foreign content: the browser decodes its character references
 * (Mermaid writes `.stage&gt;*`) before hashing, where an HTML <style> is raw text. Both forms of the
 * text are allowed; each is text this page carries.
 */
function styleHashes(text: string): string[] {
  const decoded = text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex: string, dec: string, name: string) => {
    if (hex || dec) return String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
  return decoded === text ? [hash(text)] : [hash(text), hash(decoded)];
}

/** Scripts the browser runs: no `src`, and a JavaScript type (data blocks such as JSON never run). */
function runs(attributes: string): boolean {
  if (/\ssrc\s*=/i.test(attributes)) return false;
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** The policy for one page, from the inline scripts and styles it contains. */
export function policyFor(html: string): string {
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => runs(m[1] ?? '')).map((m) => hash(m[2] ?? ''));
  const styles = RUNTIME_STYLES.test(html) ? ["'unsafe-inline'"] : [...html.matchAll(STYLE)].flatMap((m) => styleHashes(m[1] ?? ''));
  const unique = (list: string[]) => [...new Set(list)].sort();
  return [
    "default-src 'none'",
    // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (it allows no eval of text).
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...unique(scripts)].join(' '),
    ['style-src-elem', "'self'", ...unique(styles)].join(' '),
    "style-src-attr 'unsafe-inline'",
    // Browsers without the -elem/-attr split fall back to this; hashes would switch 'unsafe-inline' off.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element of <head>, so it governs everything after it. */
export function withPolicy(html: string): string {
  const page = html.replace(EXISTING, '');
  const head = /<head\b[^>]*>/i.exec(page);
  if (!head) return html;
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(page)}">`;
  return page.slice(0, at) + meta + page.slice(at);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) return htmlFiles(path);
    return stat.isFile() && name.endsWith('.html') ? [path] : [];
  });
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'stepladder-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
        logger.info(`Content-Security-Policy written into ${files.length} pages.`);
      },
    },
  };
}
