import type { RequestInfo } from './request-info.js'

/**
 * Translates a web `Request` (Next.js, Hono, Bun, Deno, Workers) into the pipeline's
 * {@link RequestInfo}: its absolute URL, `Accept`, header fields and signal.
 *
 * @param request - The request being answered.
 * @returns The request as the pipeline sees it.
 *
 * @example
 * ```ts
 * import { readTraceId, readWebRequest } from 'statuskit/server'
 * const request = new Request('http://localhost/orders/7', { headers: { 'x-request-id': 'req-7' } })
 * readTraceId(readWebRequest(request)) // 'req-7'
 * ```
 */
export function readWebRequest(request: Request): RequestInfo {
  return new WebRequestInfo(request)
}

/** One object per request, its methods on the prototype (no closures per error). */
class WebRequestInfo implements RequestInfo {
  readonly method: string
  readonly url: string
  readonly accept: string | undefined

  constructor(readonly request: Request) {
    this.method = request.method
    this.url = request.url
    this.accept = request.headers.get('accept') ?? undefined
  }

  header(name: string): string | undefined {
    return this.request.headers.get(name) ?? undefined
  }

  // Read on demand: most error paths never need it, and Deno warns on first access.
  get signal(): AbortSignal {
    return this.request.signal
  }
}
