// Small wording helpers for the site: missing metadata, sizes and plural nouns.
import { formatDate } from '../../../compiler/emitters/print-shared/text.ts';

export const NOT_STATED = 'not stated';

export function orNotStated(value: string | null | undefined): string {
  return value && value.trim() !== '' ? value : NOT_STATED;
}

/** "1 April 2025", or "not stated". */
export function dateOrNotStated(iso: string | null): string {
  return formatDate(iso) ?? NOT_STATED;
}

/** "812 bytes", "12 KB", "1.4 MB" (1 KB = 1024 bytes, as browsers show downloads). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
