// The <title> of pages whose title comes from a protocol. Starlight writes head entries as raw HTML,
// so the text is escaped here; everything else on the page is escaped by Astro.
import branding from '../../site.config.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function pageTitle(title: string, siteTitle: string = branding.title): string {
  return `${title} | ${siteTitle}`;
}
