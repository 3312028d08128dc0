import type { StoredResponse } from './stored-response.js'

/**
 * A stored response as text, for stores that keep strings (Redis): JSON with the body in
 * base64. Internal to the stores.
 */
export function encodeResponse(response: StoredResponse): string {
  return JSON.stringify({ s: response.status, h: response.headers, b: btoa(Array.from(response.body, (byte) => String.fromCharCode(byte)).join('')) })
}

/**
 * The inverse of {@link encodeResponse}. Throws on text that is not JSON (a store failure).
 */
export function decodeResponse(text: string): StoredResponse {
  const { s, h, b } = JSON.parse(text) as { s: number; h: StoredResponse['headers']; b: string }
  return { status: s, headers: h, body: Uint8Array.from(atob(b), (char) => char.charCodeAt(0)) }
}
