// The catalog sources: src/core/catalog/status.ts, phrases.ts, status-facts.ts, vendor-table.ts.
import { lit, str, table } from './emit.mjs'

const CLASS_PHRASES = { '1xx': 'Informational', '2xx': 'Successful', '3xx': 'Redirection', '4xx': 'Client Error', '5xx': 'Server Error' }

/** "RFC9110 Section 15.5.10" → "RFC 9110 §15.5.10"; "RFC2518" → "RFC 2518". */
export function citation(reference) {
  return reference.replace(/RFC(\d+)/g, 'RFC $1').replace(/,? Section /g, ' §')
}

function memberDoc(r) {
  const ref = citation(r.registry.reference.split(';')[0])
  const notes = [ref]
  if (r.registry.state === 'temporary') notes.splice(0, 1, `temporary registration, expires ${r.registry.expires}`)
  if (r.registry.state === 'unused') notes.push('reserved, never emit')
  else if (r.registry.state === 'obsolete') notes.push('obsolete, never emit')
  else if (r.deprecated) notes.push('deprecated, never emit')
  return `${r.code} ${r.phrase} (${notes.join('; ')}).`
}

/** The rule buildStatus() applies at run time; every record's name must follow it. */
const statusName = (phrase, code) => (phrase[0] === '(' ? `UNUSED_${code}` : phrase.toUpperCase().replace(/\W+/g, '_'))

function statusFile(registered) {
  const members = []
  const legacy = []
  for (const r of registered) {
    if (statusName(r.phrase, r.code) !== r.name) throw new Error(`${r.code}: name ${r.name} must be ${statusName(r.phrase, r.code)}, the name Status derives from the phrase`)
  }
  for (const r of registered) {
    members.push(`  /** ${memberDoc(r)} */\n  readonly ${r.name}: ${r.code}`)
  }
  for (const r of registered) {
    for (const name of r.legacyNames ?? []) {
      members.push(`  /** @deprecated Legacy name of ${r.code}; use \`Status.${r.name}\` (${r.phrase}). */\n  readonly ${name}: ${r.code}`)
      legacy.push([name, r.code])
    }
  }
  return `import { PHRASES } from './phrases.js'

/**
 * The shape of {@link Status}: one literal-typed member per registered code, plus the
 * deprecated legacy names.
 *
 * @example
 * \`\`\`ts
 * import type { StatusTable } from 'statuskit'
 * type Conflict = StatusTable['CONFLICT'] // 409
 * \`\`\`
 */
export interface StatusTable {
${members.join('\n')}
}

/** Deprecated legacy names and their numbers. */
const LEGACY: Readonly<Record<string, number>> = ${table(legacy)}

/**
 * The table from the phrases (each phrase is written once; the records' \`name\` is checked
 * against this rule when the file is generated): "Content Too Large" gives
 * \`CONTENT_TOO_LARGE\`, "(Unused)" 306 gives \`UNUSED_306\`.
 */
function buildStatus(): StatusTable {
  const table: Record<string, number> = {}
  for (const code in PHRASES) table[statusName(PHRASES[code] as string, code)] = Number(code)
  return Object.freeze(Object.assign(table, LEGACY)) as unknown as StatusTable
}

/** The member name of a phrase. */
const statusName = (phrase: string, code: string): string => (phrase[0] === '(' ? \`UNUSED_\${code}\` : phrase.toUpperCase().replace(/\\W+/g, '_'))

/**
 * Every status code in the IANA HTTP Status Code Registry, by a SCREAMING_SNAKE name
 * derived from its current phrase (RFC 9110 wording; "(Unused)" 306 is \`UNUSED_306\`).
 *
 * Legacy names (\`PAYLOAD_TOO_LARGE\`, \`UNPROCESSABLE_ENTITY\`, \`IM_A_TEAPOT\`, ...) are kept
 * as \`@deprecated\` aliases of the same number, so code written against older tables
 * still compiles and editors point at the current name.
 *
 * @example
 * \`\`\`ts
 * import { Status } from 'statuskit'
 * if (response.status === Status.CONFLICT) {
 *   // re-read the resource, reapply the change, resend with If-Match
 * }
 * \`\`\`
 * @see {@link https://www.iana.org/assignments/http-status-codes/ | IANA HTTP Status Code Registry}
 */
export const Status: StatusTable = /* @__PURE__ */ buildStatus()

/**
 * Union of exactly the ${registered.length} codes in the IANA registry. Vendor codes (nginx 499,
 * Cloudflare 52x, ...) are not part of it: see {@link VendorStatus}.
 *
 * @example
 * \`\`\`ts
 * import type { StatusCode } from 'statuskit'
 * const ok: StatusCode = 409
 * // @ts-expect-error 499 is an nginx log code, not a registered status
 * const bad: StatusCode = 499
 * \`\`\`
 */
export type StatusCode = StatusTable[keyof StatusTable]

/**
 * The five status classes of RFC 9110 §15.
 *
 * @example
 * \`\`\`ts
 * import { statusClass, type StatusClass } from 'statuskit'
 * const c: StatusClass = statusClass(409) // '4xx'
 * \`\`\`
 */
export type StatusClass = ${Object.keys(CLASS_PHRASES).map(str).join(' | ')}

/**
 * The integers from 0 to \`N - 1\` as a union (a type-level helper for the status ranges).
 *
 * @example
 * \`\`\`ts
 * import type { Digits } from 'statuskit'
 * type Small = Digits<3> // 0 | 1 | 2
 * \`\`\`
 */
export type Digits<N extends number, Acc extends number[] = []> = Acc['length'] extends N
  ? Acc[number]
  : Digits<N, [...Acc, Acc['length']]>

/**
 * Any integer from 400 to 599: the statuses a Problem Details response may carry,
 * registered or not (unregistered codes are treated as x00 of their class).
 *
 * @example
 * \`\`\`ts
 * import type { ErrorStatus } from 'statuskit'
 * const s: ErrorStatus = 499
 * \`\`\`
 */
export type ErrorStatus = Exclude<Digits<600>, Digits<400>>

/**
 * The registered 4xx codes.
 *
 * @example
 * \`\`\`ts
 * import type { ClientErrorStatusCode } from 'statuskit'
 * const s: ClientErrorStatusCode = 409
 * \`\`\`
 */
export type ClientErrorStatusCode = ${registered.filter((r) => r.class === '4xx').map((r) => r.code).join(' | ')}

/**
 * The registered 5xx codes.
 *
 * @example
 * \`\`\`ts
 * import type { ServerErrorStatusCode } from 'statuskit'
 * const s: ServerErrorStatusCode = 503
 * \`\`\`
 */
export type ServerErrorStatusCode = ${registered.filter((r) => r.class === '5xx').map((r) => r.code).join(' | ')}
`
}

function phrasesFile(registered) {
  return `import type { StatusClass } from './status.js'

/** Current IANA phrase per registered code. Internal: read it through \`statusText()\` or \`statusInfo()\`. */
export const PHRASES: Readonly<Record<number, string>> = ${table(registered.map((r) => [r.code, r.phrase]))}

/**
 * The names RFC 9110 §15 gives the five status classes. \`statusText()\` and \`statusInfo()\`
 * use them as the phrase of an unregistered code.
 *
 * @example
 * \`\`\`ts
 * import { STATUS_CLASS_PHRASES } from 'statuskit'
 * STATUS_CLASS_PHRASES['4xx'] // 'Client Error'
 * \`\`\`
 */
export const STATUS_CLASS_PHRASES: Readonly<Record<StatusClass, string>> = ${table(Object.entries(CLASS_PHRASES))}
`
}

/**
 * The RFC 9110 §15 section statusInfo() derives for a code RFC 9110 defines: its sections
 * follow code order within each class (409 is the 10th 4xx code there: §15.5.10).
 */
function rfc9110Section(r, registered) {
  const inClass = registered.filter((x) => x.class === r.class && x.code <= r.code && x.registry.reference.startsWith('RFC9110 Section 15.'))
  return `15.${Math.floor(r.code / 100) + 1}.${inClass.length}`
}

/** FORBIDDEN_HEADERS with each distinct row written once (most rows repeat over 1xx and 2xx). */
function forbiddenTable(registered) {
  const rows = []
  const ref = (row) => {
    const key = lit(row)
    if (!rows.includes(key)) rows.push(key)
    return `F${rows.indexOf(key)}`
  }
  const entries = registered.filter((r) => r.forbiddenHeaders?.length).map((r) => `  ${r.code}: [${r.forbiddenHeaders.map(ref).join(', ')}],`)
  return `${rows.map((key, i) => `const F${i}: ForbiddenHeader = ${key}`).join('\n')}

/**
 * Header fields each status must not carry. An unregistered code has the rows of the x00 of
 * its class (100: no Content-Length or Transfer-Encoding in any 1xx; 200: none in a 2xx to CONNECT).
 */
export const FORBIDDEN_HEADERS: Readonly<Record<number, readonly ForbiddenHeader[]>> = {
${entries.join('\n')}
}`
}

function factsFile(registered) {
  const codes = (pick) => `[${registered.filter(pick).map((r) => r.code).join(', ')}]`
  const derived = (r) => r.registry.reference === `RFC9110 Section ${rfc9110Section(r, registered)}`
  const ownSection = (r) => (derived(r) ? `RFC 9110 §${rfc9110Section(r, registered)}` : undefined)
  const headers = (r) => r.requiredHeaders.map((h) => (h.reference === ownSection(r) ? Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'reference')) : h))
  return `import type { ForbiddenHeader, RegistryState, RequiredHeader } from './status-info.js'

// Per-status protocol facts of the registered codes. Internal: read them through \`statusInfo()\`.

/**
 * The IANA registry's reference of the codes RFC 9110 §15 does not define. statusInfo()
 * derives the others: §15's sections follow code order within each class (409 is the
 * 10th 4xx code there: §15.5.10), and the generator checks that against every record.
 */
export const OTHER_REFERENCES: Readonly<Record<number, string>> = ${table(registered.filter((r) => !derived(r)).map((r) => [r.code, r.registry.reference]))}

/** Registry states other than \`permanent\`. */
export const REGISTRY_STATES: Readonly<Record<number, RegistryState>> = ${table(registered.filter((r) => r.registry.state !== 'permanent').map((r) => [r.code, r.registry.state]))}

/** Expiry dates of temporary registrations. */
export const EXPIRES: Readonly<Record<number, string>> = ${table(registered.filter((r) => r.registry.expires).map((r) => [r.code, r.registry.expires]))}

/** Codes not to emit: deprecated, legacy, unused or obsolete. */
export const DEPRECATED: readonly number[] = ${codes((r) => r.deprecated)}

/** Legacy phrases still found in Node, \`statuses\`, \`http-status-codes\` and \`http-status\`. */
export const ALIASES: Readonly<Record<number, readonly string[]>> = ${table(registered.filter((r) => r.aliases.length).map((r) => [r.code, r.aliases]))}

/** Heuristically cacheable codes (RFC 9110 §15.1; RFC 7725 §3 for 451). */
export const HEURISTICALLY_CACHEABLE: readonly number[] = ${codes((r) => r.cache.heuristic)}

/** Codes no cache may store whatever the headers say (RFC 6585 §3–§6; and 1xx). */
export const NEVER_STORE: readonly number[] = ${codes((r) => r.cache.neverStore)}

/** Codes whose responses carry no content (1xx, 204, 205, 304). */
export const NO_CONTENT: readonly number[] = ${codes((r) => r.cache.noContent)}

/** Header fields each status requires or recommends; without a \`reference\`, the status's own RFC 9110 section. */
export const REQUIRED_HEADERS: Readonly<Record<number, readonly (Omit<RequiredHeader, 'reference'> & { readonly reference?: string })[]>> = ${table(
    registered.filter((r) => r.requiredHeaders.length).map((r) => [r.code, headers(r)]),
  )}

${forbiddenTable(registered)}
`
}

function vendorFile(vendors, allVendors) {
  return `/**
 * Vendors whose unofficial status codes the catalog knows.
 *
 * @example
 * \`\`\`ts
 * import type { StatusVendor } from 'statuskit'
 * const v: StatusVendor = 'cloudflare'
 * \`\`\`
 */
export type StatusVendor =
${allVendors.map((v) => `  | ${str(v)}`).join('\n')}

/** The vendor rows, most common vendor first. Internal: read them through \`VENDOR_STATUSES\`. */
export const VENDOR_ROWS = [
${vendors
  .map((r) => `  ${lit({ code: r.code, phrase: r.phrase, vendor: r.vendor, wire: r.wire, wireAs: r.wireAs, deprecated: r.deprecated || undefined, source: r.source })},`)
  .join('\n')}
] as const
`
}

export function catalogFiles(records) {
  const registered = records.filter((r) => !r.vendor)
  const vendors = records.filter((r) => r.vendor)
  const allVendors = [...new Set(vendors.map((r) => r.vendor))]
  return [
    { path: 'src/core/catalog/status.ts', source: 'data/statuses/<code>.json', text: statusFile(registered) },
    { path: 'src/core/catalog/phrases.ts', source: 'data/statuses/<code>.json (phrase)', text: phrasesFile(registered) },
    { path: 'src/core/catalog/status-facts.ts', source: 'data/statuses/<code>.json (registry, aliases, cache, requiredHeaders, forbiddenHeaders)', text: factsFile(registered) },
    { path: 'src/core/catalog/vendor-table.ts', source: 'data/statuses/<vendor>-<code>.json', text: vendorFile(vendors, allVendors) },
  ]
}
