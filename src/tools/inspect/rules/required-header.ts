import type { ForbiddenHeader, RequiredHeader } from 'statuskit'
import type { Exchange } from '../exchange.js'
import type { Rule } from '../rule.js'

/** Fields whose empty value still says something (an empty Allow: no method is allowed, RFC 9110 §10.2.1). */
const EMPTY_OK = ['Allow']

/**
 * The catalog's requirement for `header` on the exchange's status (RFC 9110 §15 and
 * others), when the status has one and the response lacks the field (or sends it empty,
 * which gives no challenge or target). Internal, shared by the missing-header rules so
 * the codes that need a field are written only in the catalog.
 *
 * @param exchange - The exchange under inspection.
 * @param header - The field name in its catalog casing, e.g. `Allow`.
 */
export function missingRequired(exchange: Exchange, header: string): RequiredHeader | undefined {
  const value = exchange.headers[header.toLowerCase()]
  if (value !== undefined && (value.trim() !== '' || EMPTY_OK.includes(header))) return undefined
  return exchange.info?.requiredHeaders.find((row) => row.name === header)
}

/**
 * The rule for a status that MUST carry an authentication challenge (401
 * `WWW-Authenticate`, 407 `Proxy-Authenticate`; the statuses come from the catalog's rows)
 * when the response has none. Internal: each such rule is one call in its own file.
 *
 * @param id - The rule id.
 * @param header - The challenge field, in its catalog casing.
 * @param reference - The RFC section that requires it.
 * @param hint - What to send.
 */
export function missingChallenge(id: string, header: string, reference: string, hint: string): Rule {
  return {
    id,
    severity: 'error',
    reference,
    hint,
    check: (x) => !!missingRequired(x, header) && `${x.status} without a ${header} challenge.`,
  }
}

/** The fields with a rule of their own (status.401-…, .405-…, .407-…, .101-426-… (Upgrade and Connection), retry.429-503-…; Retry-After on 413 only "when temporary"). */
const OWN_RULE = ['WWW-Authenticate', 'Allow', 'Proxy-Authenticate', 'Upgrade', 'Connection', 'Retry-After']

/**
 * The first catalog row of the given strength that the response breaks and no dedicated
 * rule reports, its condition applied: Content-Range only on a single-part 206 and on a
 * 416 to a Range request; Location (SHOULD on 3xx) is left to
 * `status.3xx-without-location` and `status.201-post-without-location`. A row whose
 * condition a single response cannot show (304's fields "if a 200 to the same request
 * would carry it") is not checked: the inspector never saw that 200.
 */
export function missingOther(x: Exchange, level: 'MUST' | 'SHOULD'): string | undefined {
  for (const row of x.info?.requiredHeaders ?? []) {
    if (row.level !== level || OWN_RULE.includes(row.name) || row.name === 'Location') continue
    if (row.condition?.startsWith('if a 200') === true) continue
    if (row.name === 'Content-Range' && (x.mediaType === 'multipart/byteranges' || (x.status === 416 && !x.request.range))) continue
    if (missingRequired(x, row.name)) return `${x.status} without ${row.name} (${row.reference}).`
  }
  return undefined
}

/**
 * The conditions of the catalog's MUST NOT rows that one exchange shows. 304's
 * "unless it is the length a 200 would have" is
 * not among them: the inspector never saw that 200.
 */
export const FORBIDDEN_WHEN: Readonly<Record<string, (x: Exchange) => boolean>> = {
  'in a response to CONNECT': (x) => x.method === 'CONNECT',
  'at the top of a multipart response': (x) => x.mediaType === 'multipart/byteranges',
}

/**
 * The first catalog row among `names` that the response breaks by carrying a field its
 * status must not carry (RFC 9110 §8.6, RFC 9112 §6.1, RFC 9110 §15.3.7.2), its condition
 * applied. Internal, shared by the forbidden-header rules so the codes are written only in
 * the records.
 */
export function presentForbidden(x: Exchange, names: readonly string[]): ForbiddenHeader | undefined {
  return x.info?.forbiddenHeaders.find(
    (row) => names.includes(row.name) && row.name.toLowerCase() in x.headers && (row.condition === undefined || FORBIDDEN_WHEN[row.condition]?.(x) === true),
  )
}
