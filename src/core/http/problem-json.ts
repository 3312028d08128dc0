/**
 * The media type of a Problem Details document in JSON (RFC 9457 §3, registered in §6.1).
 * Send it as `Content-Type`; list it in `Accept` to ask a server for problem details.
 *
 * @example
 * ```ts
 * import { PROBLEM_JSON } from 'statuskit'
 * new Response('{"title":"Conflict","status":409}', {
 *   status: 409,
 *   headers: { 'content-type': PROBLEM_JSON },
 * })
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-6.1 | RFC 9457 §6.1}
 */
export const PROBLEM_JSON = 'application/problem+json'
