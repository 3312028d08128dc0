import { statusInfo, type StatusInfo } from 'statuskit'
import { parseCacheControl } from './cache-control.js'

/**
 * Header fields in any shape a caller holds them: a fetch `Headers` (or anything with
 * `forEach`), a plain object (any key casing; Node's `string[]` for repeated fields), or
 * an array of `[name, value]` pairs.
 *
 * @example
 * ```ts
 * import type { HeaderInput } from 'statuskit/inspect'
 * const pairs: HeaderInput = [['Content-Type', 'application/problem+json']]
 * const object: HeaderInput = { 'cache-control': 'no-store' }
 * ```
 */
export type HeaderInput =
  | Headers
  | Readonly<Record<string, string | readonly string[] | number | undefined>>
  | readonly (readonly [string, string])[]

/** Longest body text looked at (bytes are decoded up to this many, strings cut). */
const MAX_TEXT = 1 << 20

/**
 * One request and its response, normalized for the rules. Internal: header names are
 * lower case, repeated fields joined with `", "` (RFC 9110 §5.3).
 */
export interface Exchange {
  readonly method: string
  readonly url: string
  readonly status: number
  /** Catalog facts, `undefined` when the status is not an integer from 100 to 599. */
  readonly info: StatusInfo | undefined
  readonly request: Readonly<Record<string, string>>
  /** Whether the caller gave the request's headers: without them, "the request had no X" cannot be judged. */
  readonly requestHeadersKnown: boolean
  readonly headers: Readonly<Record<string, string>>
  /** Response media type, lower case, without parameters; `''` when absent. */
  readonly mediaType: string
  readonly hasContent: boolean
  readonly text: string | undefined
  /** Whether the body was longer than the text looked at (a cut JSON text proves nothing). */
  readonly cut: boolean
  /** The body as JSON (parsed text or the object given), `undefined` when it is not JSON. */
  readonly json: unknown
  readonly cacheControl: Readonly<Record<string, string | true>>
  /** The inspection's clock (ms since the epoch), for dates in headers. */
  readonly now: number
}

function stringValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ')
  return undefined
}

/** Reads any {@link HeaderInput} (or junk) into a lower-case dictionary; never throws. */
export function toHeaderRecord(input: unknown): Record<string, string> {
  const out = Object.create(null) as Record<string, string>
  const add = (name: unknown, value: unknown): void => {
    const text = stringValue(value)
    if (typeof name !== 'string' || text === undefined) return
    const key = name.trim().toLowerCase()
    out[key] = key in out ? `${out[key]}, ${text}` : text
  }
  try {
    if (typeof input !== 'object' || input === null) return out
    if (Array.isArray(input)) {
      for (const pair of input as unknown[]) if (Array.isArray(pair)) add(pair[0], pair[1])
    } else if (typeof (input as Headers).forEach === 'function') {
      ;(input as Headers).forEach((value, name) => add(name, value))
    } else {
      for (const name of Object.keys(input)) add(name, (input as Record<string, unknown>)[name])
    }
  } catch {
    // A hostile getter or iterator: keep what was read.
  }
  return out
}

function readBody(body: unknown): { hasContent: boolean; text: string | undefined; object: unknown; cut?: boolean } {
  if (body === undefined || body === null) return { hasContent: false, text: undefined, object: undefined }
  if (typeof body === 'string') return { hasContent: body.length > 0, text: body.slice(0, MAX_TEXT), object: undefined, cut: body.length > MAX_TEXT }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes =
      body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
    const text = new TextDecoder().decode(bytes.subarray(0, MAX_TEXT))
    return { hasContent: bytes.byteLength > 0, text, object: undefined, cut: bytes.byteLength > MAX_TEXT }
  }
  if (typeof body === 'object') return { hasContent: true, text: undefined, object: body }
  return { hasContent: true, text: typeof body === 'symbol' ? undefined : String(body as number), object: undefined }
}

function parseJson(text: string | undefined): unknown {
  // A UTF-8 byte order mark is not JSON, but parseProblem and browsers accept it.
  const json = text?.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (json === undefined || !/^\s*[[{]/.test(json)) return undefined
  try {
    return JSON.parse(json) as unknown
  } catch {
    return undefined
  }
}

/**
 * Normalizes the caller's request and response into an {@link Exchange}; never throws.
 * Internal.
 */
export function toExchange(request: unknown, response: unknown, now: number = Date.now()): Exchange {
  const req = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>
  const res = (typeof response === 'object' && response !== null ? response : {}) as Record<string, unknown>
  const status = typeof res.status === 'number' ? res.status : Number.NaN
  let info: StatusInfo | undefined
  try {
    info = statusInfo(status)
  } catch {
    info = undefined
  }
  const headers = toHeaderRecord(res.headers)
  let body: ReturnType<typeof readBody>
  try {
    body = readBody(res.body)
  } catch {
    // An unreadable body (a revoked Proxy, a throwing getter) is judged as absent; the
    // status and headers read above still count.
    body = { hasContent: false, text: undefined, object: undefined }
  }
  return {
    method: typeof req.method === 'string' && req.method ? req.method.toUpperCase() : 'GET',
    url: typeof req.url === 'string' ? req.url : '',
    status,
    info,
    request: toHeaderRecord(req.headers),
    requestHeadersKnown: typeof req.headers === 'object' && req.headers !== null,
    headers,
    mediaType: (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
    hasContent: body.hasContent,
    text: body.text,
    cut: body.cut === true,
    json: body.object ?? parseJson(body.text),
    cacheControl: parseCacheControl(headers['cache-control']),
    now,
  }
}
