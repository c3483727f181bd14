// Links from protocol text: only http(s) addresses become links. Anything else (javascript:, data:,
// relative paths, typos) is shown as text, so a protocol can never make a reader's browser run code.

export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname) return null;
  return parsed.href;
}
