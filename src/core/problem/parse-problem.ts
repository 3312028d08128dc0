import { isStatusInRange } from '../catalog/status-range.js'
import { isHttpProblem } from './is-http-problem.js'
import { copyJson, isPlainObject, NOT_JSON, PROTOTYPE_KEYS } from './json-value.js'

/**
 * Largest body `parseProblem()` reads: 65,536 bytes for bytes, 65,536 UTF-16 code units
 * for a string. A problem document is a few hundred bytes; anything larger is treated as
 * not a problem rather than parsed (hostile or broken server).
 */
export const MAX_PROBLEM_BODY = 65_536

/**
 * What `parseProblem()` found. Members with the wrong JSON type are `undefined` (or
 * `about:blank` for `type`), as RFC 9457 §3.1 tells consumers to ignore them.
 *
 * @example
 * ```ts
 * import { parseProblem, type ParsedProblem } from 'statuskit'
 * const parsed: ParsedProblem = parseProblem('{"title":"Conflict","status":409}', { status: 409 })
 * parsed.type // 'about:blank'
 * ```
 */
export interface ParsedProblem {
  /** The problem type, resolved against `baseUrl` when relative; `about:blank` when absent. */
  readonly type: string
  /** The `title` member, if it was a string. */
  readonly title: string | undefined
  /** The HTTP status when given (authoritative), else the `status` member if it was valid. */
  readonly status: number | undefined
  /** The `detail` member, if it was a string. */
  readonly detail: string | undefined
  /** The `instance` member, resolved against `baseUrl` when relative. */
  readonly instance: string | undefined
  /** Every other member, copied without prototype keys, in an object without a prototype. */
  readonly extensions: Readonly<Record<string, unknown>>
  /** `true` when the body was a JSON object (all problem members are optional). */
  readonly valid: boolean
  /** Set when the `status` member differs from the HTTP status (the member is not trusted). */
  readonly statusMismatch:
    | {
        /** The body's `status` member. */
        readonly member: number
        /** The HTTP status the response carried. */
        readonly http: number
      }
    | undefined
}

/**
 * Options of `parseProblem()`.
 *
 * @example
 * ```ts
 * import { parseProblem, type ParseProblemOptions } from 'statuskit'
 * const options: ParseProblemOptions = { status: 409, baseUrl: 'https://api.example.com/orders/7' }
 * parseProblem('{"type":"/probs/version-conflict"}', options).type
 * // 'https://api.example.com/probs/version-conflict'
 * ```
 */
export interface ParseProblemOptions {
  /** The HTTP status of the response, which wins over the `status` member. */
  readonly status?: number | undefined
  /** Base URL (usually the response URL) that relative `type` and `instance` resolve against. */
  readonly baseUrl?: string | URL | undefined
}

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i

function resolve(reference: string, baseUrl: string | URL | undefined): string {
  if (baseUrl === undefined || ABSOLUTE.test(reference)) return reference
  try {
    return new URL(reference, baseUrl).href
  } catch {
    return reference
  }
}

function decode(body: unknown): unknown {
  if (isHttpProblem(body)) return body.toJSON()
  let text = body
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    if (body.byteLength > MAX_PROBLEM_BODY) return undefined
    text = new TextDecoder().decode(body)
  }
  if (typeof text !== 'string') return body
  if (text.length > MAX_PROBLEM_BODY) return undefined
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
}

/**
 * Reads a Problem Details body the way RFC 9457 §3 tells consumers to, and never
 * throws, whatever it is given: a string, bytes (`Uint8Array`, `ArrayBuffer`), an
 * already parsed value, invalid JSON, an array, `null`, hostile objects. Bodies over
 * {@link MAX_PROBLEM_BODY} are not parsed. Members with the wrong type are ignored; a
 * missing `type` means `about:blank`; unknown members become `extensions` (without any
 * `__proto__` / `constructor` / `prototype` key, and extension values nested deeper than
 * 32 levels are dropped); a `status` member that differs from the HTTP status is reported
 * in `statusMismatch`.
 *
 * @param body - The response body, as text, bytes or parsed JSON.
 * @param options - The HTTP `status` and the `baseUrl` for relative references.
 * @returns A {@link ParsedProblem}; `valid: false` when the body was not a JSON object.
 *
 * @example
 * ```ts
 * import { parseProblem } from 'statuskit'
 * const response = await fetch('https://api.example.com/orders/7', { method: 'PUT' })
 * const parsed = parseProblem(await response.text(), { status: response.status, baseUrl: response.url })
 * if (parsed.valid) console.log(parsed.title, parsed.extensions)
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
 */
export function parseProblem(body: unknown, options?: ParseProblemOptions): ParsedProblem {
  let http: number | undefined
  let baseUrl: string | URL | undefined
  try {
    http = isStatusInRange(options?.status) ? options?.status : undefined
    const base = options?.baseUrl
    baseUrl = typeof base === 'string' || base instanceof URL ? base : undefined
  } catch {
    // unreadable options: parse without them
  }
  // The result before any member is read; `valid` says whether the body was an object.
  const blank = (valid: boolean) => ({
    type: 'about:blank',
    title: undefined as string | undefined,
    status: http,
    detail: undefined as string | undefined,
    instance: undefined as string | undefined,
    extensions: Object.create(null) as Record<string, unknown>,
    valid,
    statusMismatch: undefined as ParsedProblem['statusMismatch'],
  })
  try {
    const doc = decode(body)
    if (!isPlainObject(doc)) return blank(false)
    const result = blank(true)
    const { extensions } = result
    for (const key of Object.keys(doc)) {
      const value = doc[key]
      if (key === 'status') {
        if (!isStatusInRange(value)) continue
        if (http === undefined) result.status = value
        else if (value !== http) result.statusMismatch = { member: value, http }
      } else if (key === 'type' || key === 'instance') {
        if (typeof value === 'string') result[key] = resolve(value, baseUrl)
      } else if (key === 'title' || key === 'detail') {
        if (typeof value === 'string') result[key] = value
      } else if (!PROTOTYPE_KEYS.has(key)) {
        try {
          extensions[key] = copyJson(value)
        } catch (error) {
          if (error !== NOT_JSON) throw error
        }
      }
    }
    return result
  } catch {
    return blank(false)
  }
}
