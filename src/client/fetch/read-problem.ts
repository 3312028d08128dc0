import { parseProblem, type ParsedProblem } from 'statuskit'
import { readBodyBytes } from './read-body-bytes.js'
import { redactUrl } from './redact-url.js'
import { statusPhrase } from './status-phrase.js'

/** `T` with its `readonly` modifiers removed. */
/**
 * Options of {@link readProblem}.
 *
 * @example
 * ```ts
 * import { readProblem, type ReadProblemOptions } from 'statuskit/fetch'
 * const options: ReadProblemOptions = { maxBytes: 16_384, baseUrl: 'https://api.example.com/' }
 * const problem = await readProblem(await fetch('https://api.example.com/orders/7'), options)
 * ```
 */
export interface ReadProblemOptions {
  /**
   * The most bytes of the body read; the rest is never downloaded (the stream is cancelled).
   *
   * @default 65536
   */
  readonly maxBytes?: number | undefined
  /**
   * Base URL that resolves a relative `type` or `instance` (RFC 9457 §3.1.1).
   *
   * @default response.url without its query string, fragment and user-info (they can
   *   carry tokens)
   */
  readonly baseUrl?: string | URL | undefined
}

/**
 * The problem a response describes: the parsed Problem Details document, or, when the
 * body was something else, a problem made from the status and its phrase.
 *
 * @example
 * ```ts
 * import { readProblem, type ResponseProblem } from 'statuskit/fetch'
 * const problem: ResponseProblem = await readProblem(await fetch('https://api.example.com/'))
 * if (!problem.valid) console.log(problem.raw) // e.g. the text of an HTML 502 page
 * ```
 */
export interface ResponseProblem extends ParsedProblem {
  /** The response status, which wins over a `status` member (RFC 9457 §3.1.2). */
  readonly status: number
  /** The body text when it was not a problem document (at most `maxBytes` bytes), else `undefined`. */
  readonly raw: string | undefined
  /** `true` when the body was longer than `maxBytes` and was cut off. */
  readonly truncated: boolean
}

/**
 * Reads the Problem Details (RFC 9457) a response carries. The consumer side of
 * `application/problem+json`: never throws on the body. When the body is not a problem
 * document (an HTML error page from a proxy, an empty body, plain JSON without problem
 * members, invalid or cut-off JSON) the result is a problem synthesised from the status
 * and its phrase (`type: 'about:blank'`, `valid: false`), with the text kept in `raw`.
 *
 * It reads at most `maxBytes` bytes and then cancels the stream. Call it on an error
 * response you would otherwise discard; it consumes the body.
 *
 * @param response - A fetch `Response`, usually one that is not `ok`.
 * @param options - `maxBytes` (default 65536) and `baseUrl` (default `response.url`
 *   without its query string); `null` counts as none.
 * @returns The problem: `type`, `title`, `status`, `detail`, `instance`, `extensions`,
 *   `valid`, `statusMismatch`, `raw` and `truncated`.
 * @throws RangeError (as a rejection) when `maxBytes` is not a non-negative integer (a
 *   TypeError when it is not a number).
 *
 * @example
 * ```ts
 * import { readProblem } from 'statuskit/fetch'
 * const response = await fetch('https://api.example.com/orders/7', { method: 'PUT', body: '{}' })
 * if (!response.ok) {
 *   const problem = await readProblem(response)
 *   if (problem.type === 'https://example.com/probs/version-conflict') {
 *     // re-read the order, reapply the change, send it again with If-Match
 *   }
 * }
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
 */
export async function readProblem(response: Response, options?: ReadProblemOptions): Promise<ResponseProblem> {
  const { status, headers } = response
  // The response URL without its query string, fragment and user-info: a relative `type`
  // or `instance` resolved against it would otherwise carry the request's tokens.
  const context = { status, baseUrl: String(options?.baseUrl ?? redactUrl(response.url)) || undefined }
  // readBodyBytes checks maxBytes (and rejects a bad one) before it reads anything.
  const { bytes, truncated } = await readBodyBytes(response, options?.maxBytes)
  // With `stream: true` a multi-byte character cut by the limit is dropped, not mangled.
  const text = new TextDecoder().decode(bytes, { stream: truncated })
  const problemJson = headers.get('content-type')?.toLowerCase().startsWith('application/problem+json')
  // A cut-off body is never parsed. The body is parsed here, not by parseProblem, whose
  // own 64 KiB cap would refuse a larger one that `maxBytes` allowed.
  let json: unknown
  try {
    json = truncated ? undefined : JSON.parse(text)
  } catch {
    // not JSON: synthesised below
  }
  const parsed = parseProblem(typeof json === 'object' ? json : undefined, context)
  const { type, title, detail, instance } = parsed
  const hasMembers = type !== 'about:blank' || title !== undefined || detail !== undefined || instance !== undefined
  if (parsed.valid && (problemJson || hasMembers || parsed.statusMismatch)) {
    return {
      ...parsed,
      // RFC 9457 §4.2.1: with about:blank, the title is the status phrase.
      title: title === undefined && type === 'about:blank' ? statusPhrase(response) : title,
      status,
      raw: undefined,
      truncated,
    }
  }
  return {
    ...parseProblem(undefined, context),
    type: 'about:blank',
    title: statusPhrase(response),
    status,
    valid: false,
    raw: text,
    truncated,
  }
}
