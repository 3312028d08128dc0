/** Longest pointer kept; deeper segments are left off (the pointer then names an ancestor). */
export const MAX_POINTER_LENGTH = 1024

/**
 * One JSON Pointer reference token (RFC 6901 §3): `~` as `~0`, `/` as `~1`. Internal.
 */
export function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1')
}

/**
 * A JSON Pointer in its URI fragment form (RFC 6901 §6): `#` then the pointer with every
 * character a fragment may not hold percent-encoded as UTF-8 (`#/a%20b` for the member
 * `"a b"`). The form RFC 9457 §3's example uses (`#/age`); statuskit writes every
 * validation pointer this way. Internal.
 *
 * @param pointer - A JSON Pointer string (`''` or starting with `/`), tokens escaped.
 */
export function pointerFragment(pointer: string): string {
  // encodeURI keeps exactly the characters a fragment may hold (RFC 3986 §3.5), and "#",
  // which it may not. A lone surrogate (no UTF-8 form) becomes U+FFFD first.
  const wellFormed = pointer.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  return `#${encodeURI(wellFormed).replaceAll('#', '%23')}`
}
