import { contentTooLarge } from 'statuskit'

/** Joins byte chunks into one array. */
export function joinBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}

/**
 * Internal to statuskit/idempotency (used by `createWebIdempotency`).
 * Reads the body of a web `Request` for its fingerprint from a clone, so the request itself
 * stays unread for the handler, and at most `limit` bytes of it.
 *
 * @param request - The request.
 * @param limit - The most bytes read.
 * @returns The body bytes, `undefined` when the request has none.
 * @throws A 413 `contentTooLarge` problem when the body is over `limit`.
 */
export async function readRequestBytes(request: Request, limit: number): Promise<Uint8Array | undefined> {
  if (request.body === null) return undefined
  const reader = request.clone().body!.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  // Bounded: each round adds its chunk to `size`, and the loop stops past `limit`.
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return joinBytes(chunks, size)
    size += value.byteLength
    if (size > limit) {
      void reader.cancel().catch(() => undefined)
      throw contentTooLarge(`A request with an Idempotency-Key has at most ${limit} bytes of body.`)
    }
    chunks.push(value)
  }
}
