/**
 * A Problem Details document as sent on the wire (RFC 9457 §3): the standard members in
 * their order, then the extension members.
 *
 * @example
 * ```ts
 * import { conflict, type ProblemDocument } from 'statuskit'
 * const doc: ProblemDocument = conflict('Order 7 changed.').toJSON()
 * // { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order 7 changed.' }
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
 */
export interface ProblemDocument {
  /** URI reference of the problem type; `about:blank` when none was given. */
  type: string
  /** Short summary of the problem type. */
  title: string
  /** The HTTP status (advisory: the response status line is authoritative). */
  status: number
  /** Explanation of this occurrence; absent when not exposed. */
  detail?: string
  /** URI reference of this occurrence. */
  instance?: string
  /** Extension members. */
  [member: string]: unknown
}
