import { checkStatus } from './check-status.js'
import { PHRASES, STATUS_CLASS_PHRASES } from './phrases.js'
import type { StatusClass } from './status.js'

/**
 * The current IANA reason phrase of a status: 413 → "Content Too Large", 422 →
 * "Unprocessable Content" (Node's `http.STATUS_CODES` still says "Payload Too Large" and
 * "Unprocessable Entity"; those live on as `statusInfo(code).aliases`). An unregistered
 * code from 100 to 599 answers with its class name ("Client Error" for 471), since
 * RFC 9110 §15 tells recipients to treat it as x00 of its class.
 *
 * Phrases are only recommendations (RFC 9110 §15.1) and HTTP/2 and HTTP/3 carry none:
 * never branch on them.
 *
 * @param code - An integer from 100 to 599.
 * @returns The phrase.
 * @throws RangeError when `code` is not an integer from 100 to 599.
 *
 * @example
 * ```ts
 * import { statusText } from 'statuskit'
 * statusText(409) // 'Conflict'
 * statusText(413) // 'Content Too Large'
 * ```
 */
export function statusText(code: number): string {
  const status = checkStatus(code, 'code')
  return PHRASES[status] ?? STATUS_CLASS_PHRASES[`${String(status)[0]}xx` as StatusClass]
}
