import type { RequestInfo } from './request-info.js'

/**
 * A trace id statuskit reflects: 1 to 128 characters from the set a `traceparent` trace
 * id, a UUID, a ULID, base64 and the common request-id formats use. Nothing that could
 * split a header, a log line or markup.
 */
const SAFE_TRACE_ID = /^[A-Za-z0-9._~:+/=@-]{1,128}$/

/**
 * W3C Trace Context `traceparent` (§3.2): version, trace id, parent id, flags, in lower-case
 * hex. Version 00 has exactly these four fields; a later version may append more after a
 * `-`; version ff is invalid.
 */
const TRACEPARENT = /^([\da-f]{2})-([\da-f]{32})-([\da-f]{16})-[\da-f]{2}(-.*)?$/
const ZEROS = /^0+$/

/**
 * Whether `value` may be reflected as a trace id: a string of 1 to 128 characters from
 * `A-Z a-z 0-9 . _ ~ : + / = @ -`.
 *
 * @param value - Anything.
 * @returns `true` when it is safe to send and log.
 *
 * @example
 * ```ts
 * import { isSafeTraceId } from 'statuskit/server'
 * isSafeTraceId('4bf92f3577b34da6a3ce929d0e0e4736') // true
 * isSafeTraceId('<script>') // false
 * ```
 */
export function isSafeTraceId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_TRACE_ID.test(value)
}

/** The trace id of a valid `traceparent`, or `undefined`. */
function traceparentId(value: string | undefined): string | undefined {
  if (value === undefined || value.length > 512) return undefined
  const match = TRACEPARENT.exec(value)
  if (!match) return undefined
  const [, version, traceId, parentId, rest] = match
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined
  if (ZEROS.test(traceId as string) || ZEROS.test(parentId as string)) return undefined
  return traceId
}

/**
 * The default trace id of a request: the trace id of a valid W3C `traceparent` (32 hex
 * digits), else the `x-request-id` field when it passes {@link isSafeTraceId}, else
 * `undefined`. An invalid value is never returned.
 *
 * @param request - The request.
 * @returns The trace id, or `undefined`.
 *
 * @example
 * ```ts
 * import { readTraceId, type RequestInfo } from 'statuskit/server'
 * const headers: Record<string, string> = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }
 * const request: RequestInfo = {
 *   method: 'GET', url: '/', accept: undefined, signal: new AbortController().signal,
 *   header: (name) => headers[name],
 * }
 * readTraceId(request) // '4bf92f3577b34da6a3ce929d0e0e4736'
 * ```
 * @see {@link https://www.w3.org/TR/trace-context/#traceparent-header | W3C Trace Context §3.2}
 */
export function readTraceId(request: RequestInfo): string | undefined {
  const traced = traceparentId(request.header('traceparent'))
  if (traced !== undefined) return traced
  const requestId = request.header('x-request-id')
  return isSafeTraceId(requestId) ? requestId : undefined
}
