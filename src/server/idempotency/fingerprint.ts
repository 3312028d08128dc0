/**
 * Internal to statuskit/idempotency (used by `createIdempotency`).
 * The fingerprint of a request (draft-ietf-httpapi-idempotency-key-header §2.4): the
 * SHA-256 of its method, target (path and query) and body. Two requests with one key and
 * different fingerprints are a key reused by mistake (422). The body counts as its bytes
 * when it is a string or a `Uint8Array` (a `Buffer`), as its `JSON.stringify` text when a
 * body parser made it an object (`String(body)` when that throws), as nothing when
 * `undefined` or `null`. Uses Web Crypto (`crypto.subtle`: Node 19+, Node 18 with
 * `--experimental-global-webcrypto`, Bun, Deno, browsers, workers).
 *
 * @param method - The request method, any case.
 * @param target - The path and query, e.g. `/orders?dry=1`.
 * @param body - The raw or parsed body.
 * @returns The fingerprint: the digest in base64 (44 characters).
 */
export async function fingerprintOf(method: string, target: string, body: unknown): Promise<string> {
  let part: BlobPart | undefined
  if (typeof body === 'string' || body instanceof Uint8Array) part = body as BlobPart
  else if (body !== undefined && body !== null) {
    try {
      part = JSON.stringify(body)
    } catch {
      // A value JSON refuses (a cycle, a BigInt): its String() below.
    }
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- intended, see above
    part ??= String(body)
  }
  const material = await new Blob([`${method.toUpperCase()} ${target}\n`, part ?? '']).arrayBuffer()
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', material))))
}
