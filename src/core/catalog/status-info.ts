import { checkStatus } from './check-status.js'
import { PHRASES, STATUS_CLASS_PHRASES } from './phrases.js'
import type { StatusClass } from './status.js'
import { ALIASES, DEPRECATED, EXPIRES, FORBIDDEN_HEADERS, HEURISTICALLY_CACHEABLE, NEVER_STORE, NO_CONTENT, OTHER_REFERENCES, REGISTRY_STATES, REQUIRED_HEADERS } from './status-facts.js'

/**
 * State of a code in the IANA registry. `unassigned` is for valid codes the registry
 * does not list (471, 599).
 *
 * @example
 * ```ts
 * import { statusInfo, type RegistryState } from 'statuskit'
 * const s: RegistryState = statusInfo(104).registry // 'temporary'
 * ```
 */
export type RegistryState = 'permanent' | 'temporary' | 'unused' | 'obsolete' | 'unassigned'

/**
 * A header field a status requires or recommends, with the strength of the requirement.
 *
 * @example
 * ```ts
 * import { statusInfo, type RequiredHeader } from 'statuskit'
 * const [allow]: readonly RequiredHeader[] = statusInfo(405).requiredHeaders
 * // { name: 'Allow', level: 'MUST', reference: 'RFC 9110 §15.5.6' }
 * ```
 */
export interface RequiredHeader {
  /** Header field name in its usual casing, e.g. `WWW-Authenticate`. */
  readonly name: string
  /** BCP 14 keyword of the requirement. */
  readonly level: 'MUST' | 'SHOULD' | 'MAY'
  /** Where the requirement is written, e.g. `RFC 9110 §15.5.6`. */
  readonly reference: string
  /** When the requirement applies, if not always. */
  readonly condition?: string
  /** What the field must carry or contain, if that is constrained (451 `Link`: `rel="blocked-by"`). */
  readonly value?: string
}

/**
 * A header field a status must not carry: RFC 9110 §8.6 and RFC 9112 §6.1 forbid
 * Content-Length and Transfer-Encoding in a 1xx and a 204 (and in a 2xx to CONNECT),
 * RFC 9110 §15.3.7.2 a top-level Content-Range in a multipart 206.
 *
 * @example
 * ```ts
 * import { statusInfo, type ForbiddenHeader } from 'statuskit'
 * const [length]: readonly ForbiddenHeader[] = statusInfo(204).forbiddenHeaders
 * // { name: 'Content-Length', level: 'MUST NOT', reference: 'RFC 9110 §8.6' }
 * ```
 */
export interface ForbiddenHeader {
  /** Header field name in its usual casing, e.g. `Content-Length`. */
  readonly name: string
  /** BCP 14 keyword of the prohibition. */
  readonly level: 'MUST NOT' | 'SHOULD NOT'
  /** Where the prohibition is written, e.g. `RFC 9110 §8.6`. */
  readonly reference: string
  /**
   * When it applies, if not always: `in a response to CONNECT`, `in the header section of
   * a multipart response`, `unless it equals the length of the content a 200 to the same
   * request would carry` (304's Content-Length).
   */
  readonly condition?: string
}

/**
 * Everything the catalog knows about one status code.
 *
 * @example
 * ```ts
 * import { statusInfo, type StatusInfo } from 'statuskit'
 * const info: StatusInfo = statusInfo(409)
 * info.phrase // 'Conflict'
 * ```
 */
export interface StatusInfo {
  /** The numeric code. */
  readonly code: number
  /** Current IANA phrase; the class name ("Client Error") for an unregistered code. */
  readonly phrase: string
  /** Legacy phrases other tables still use (413: "Payload Too Large"). */
  readonly aliases: readonly string[]
  /** Status class (RFC 9110 §15). */
  readonly class: StatusClass
  /** `false` for 1xx (interim), `true` for 2xx–5xx (RFC 9110 §15). */
  readonly final: boolean
  /** `true` when the IANA registry lists the code. */
  readonly registered: boolean
  /** Registry state: permanent, temporary (104), unused (306, 418), obsolete (510), unassigned. */
  readonly registry: RegistryState
  /** Expiry date of a temporary registration (104: `2026-11-13`). */
  readonly expires: string | undefined
  /** Code you should not emit: deprecated, legacy, unused or obsolete (102, 305, 306, 418, 510). */
  readonly deprecated: boolean
  /** Registry reference, e.g. `RFC9110 Section 15.5.10`; `undefined` when unassigned. */
  readonly reference: string | undefined
  /** The code a recipient that does not know this one treats it as: x00 of its class (RFC 9110 §15). */
  readonly treatAs: number
  /** Responses with this status carry no content (1xx, 204, 205, 304). */
  readonly noContent: boolean
  /** A cache may store and reuse it without explicit freshness (RFC 9110 §15.1, RFC 7725 §3). */
  readonly heuristicallyCacheable: boolean
  /** No cache may store it, whatever the headers say (428, 429, 431, 511; and 1xx). */
  readonly neverStore: boolean
  /** Header fields this status requires or recommends (RFC 9110 §15 and others). */
  readonly requiredHeaders: readonly RequiredHeader[]
  /** Header fields this status must not carry; an unregistered code has those of its class (the x00's). */
  readonly forbiddenHeaders: readonly ForbiddenHeader[]
}

/** RFC 9110 §15 section of a registered code it defines: 15.<class + 1>.<position in class>. */
function rfc9110Section(status: number): string {
  let position = 0
  for (let code = status - (status % 100); code <= status; code++) {
    if (PHRASES[code] !== undefined && OTHER_REFERENCES[code] === undefined) position++
  }
  return `15.${Math.floor(status / 100) + 1}.${position}`
}

/**
 * Facts about any status from 100 to 599: phrase and legacy aliases, class, registry
 * state, reference, whether it carries content, how caches treat it, which headers
 * it requires and which it must not carry. An unregistered code answers with its class defaults and
 * `registered: false`.
 *
 * @param code - An integer from 100 to 599.
 * @returns A fresh {@link StatusInfo} object.
 * @throws RangeError when `code` is not an integer from 100 to 599 (600, 99, 1.5, NaN, "409").
 *
 * @example
 * ```ts
 * import { statusInfo } from 'statuskit'
 * statusInfo(405).requiredHeaders[0]?.name // 'Allow'
 * statusInfo(413).aliases // ['Payload Too Large', 'Request Entity Too Large']
 * statusInfo(471).registered // false
 * ```
 */
export function statusInfo(code: number): StatusInfo {
  const status = checkStatus(code, 'code')
  const first = String(status)[0] as string
  const phrase = PHRASES[status]
  const registered = phrase !== undefined
  const final = status >= 200
  const section = registered && OTHER_REFERENCES[status] === undefined ? rfc9110Section(status) : ''
  return {
    code: status,
    phrase: phrase ?? STATUS_CLASS_PHRASES[`${first}xx` as StatusClass],
    aliases: ALIASES[status] ?? [],
    class: `${first}xx` as StatusClass,
    final,
    registered,
    registry: registered ? (REGISTRY_STATES[status] ?? 'permanent') : 'unassigned',
    expires: EXPIRES[status],
    deprecated: DEPRECATED.includes(status),
    reference: OTHER_REFERENCES[status] ?? (section ? `RFC9110 Section ${section}` : undefined),
    treatAs: Number(first) * 100,
    noContent: !final || NO_CONTENT.includes(status),
    heuristicallyCacheable: HEURISTICALLY_CACHEABLE.includes(status),
    neverStore: !final || NEVER_STORE.includes(status),
    requiredHeaders: (REQUIRED_HEADERS[status] ?? []).map((row) => ({ ...row, reference: row.reference ?? `RFC 9110 §${section}` })),
    forbiddenHeaders: (FORBIDDEN_HEADERS[registered ? status : Number(first) * 100] ?? []).map((row) => ({ ...row })),
  }
}
