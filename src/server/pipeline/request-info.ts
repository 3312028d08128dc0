/**
 * What the server pipeline, `customize` and a `traceId` reader see of the request being
 * answered, the same for every framework: each adapter translates its own request into
 * one (Node's `IncomingMessage` with {@link readNodeRequest}, a web `Request` directly).
 *
 * @example
 * ```ts
 * import type { RequestInfo } from 'statuskit/server'
 * const request: RequestInfo = {
 *   method: 'PUT',
 *   url: '/orders/7',
 *   accept: 'application/json',
 *   header: (name) => (name === 'x-request-id' ? 'req-7' : undefined),
 *   signal: new AbortController().signal,
 * }
 * ```
 */
export interface RequestInfo {
  /** The request method, upper case as received (`GET`, `HEAD`, ...). */
  readonly method: string
  /**
   * The request target: the absolute URL where the framework knows it (a web `Request`),
   * else the path and query as received (`/orders/7?expand=lines`).
   */
  readonly url: string
  /** The `Accept` field value(s), or `undefined` when the request has none. */
  readonly accept: string | readonly string[] | undefined
  /**
   * Reads one request header field (case-insensitive name); repeated fields come joined
   * with `, `.
   *
   * @param name - The field name, e.g. `traceparent`.
   * @returns Its value, or `undefined` when absent.
   */
  header(name: string): string | undefined
  /** Aborted when the client goes away before the response is complete. */
  readonly signal: AbortSignal
}
