/** Longest pointer kept; deeper segments are left off (the pointer then names an ancestor). */
export const MAX_POINTER_LENGTH = 1024

/** Characters a URI fragment may hold as they are (RFC 3986 §3.5: pchar, "/" and "?"). */
const FRAGMENT_SAFE = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/

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
  let fragment = '#'
  for (const char of pointer) {
    if (FRAGMENT_SAFE.test(char)) fragment += char
    else {
      try {
        fragment += encodeURIComponent(char)
      } catch {
        fragment += '%EF%BF%BD' // a lone surrogate: U+FFFD, as a UTF-8 encoder would write it
      }
    }
  }
  return fragment
}
