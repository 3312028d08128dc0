const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for HTML element content and quoted attribute values. Every string the
 * status pages interpolate goes through it: the pages never reflect input unescaped.
 *
 * @param text - Any text.
 * @returns The escaped text.
 *
 * @example
 * ```ts
 * import { escapeHtml } from 'statuskit/serve'
 * escapeHtml('<script>') // '&lt;script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string)
}
