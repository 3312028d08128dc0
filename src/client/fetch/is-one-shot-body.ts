/**
 * Tells whether a request body can be read only once: a `ReadableStream` or an async
 * iterable (a Node stream, an async generator). Strings, `Blob`, `FormData`,
 * `URLSearchParams`, `ArrayBuffer` and typed arrays are read afresh by each `fetch`
 * call, so a request with one of them can be sent again. Internal.
 *
 * @param body - `init.body` of a fetch call.
 */
export function isOneShotBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  return typeof (body as ReadableStream).getReader === 'function' || Symbol.asyncIterator in body
}
