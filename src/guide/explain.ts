import { checkStatus } from '../catalog/check-status.js'
import { statusInfo } from '../catalog/status-info.js'
import { statusText } from '../catalog/status-text.js'
import { VENDOR_STATUSES, type StatusVendor, type VendorStatus } from '../catalog/vendor-statuses.js'
import { classifyMonitoring } from '../classify/classify-monitoring.js'
import { classifyRetry } from '../classify/classify-retry.js'
import { findEntry } from './guide-entries.js'
import type { GuideEntry } from './guide-entry.js'
import { retryAdvice } from './retry-advice.js'
import type { GuideRetry, StatusGuide } from './status-guide.js'

const VENDORS: readonly string[] = [...new Set(VENDOR_STATUSES.map((row) => row.vendor))]

function checkVendor(code: number, vendor: unknown): VendorStatus {
  if (typeof vendor !== 'string' || !VENDORS.includes(vendor)) {
    const received = typeof vendor === 'string' ? `"${vendor.slice(0, 40)}"` : `a value of type ${typeof vendor}`
    throw new RangeError(`Unknown \`vendor\`: received ${received}; expected one of ${VENDORS.join(', ')}.`)
  }
  const row = VENDOR_STATUSES.find((s) => s.code === code && s.vendor === vendor)
  if (row === undefined) {
    const codes = VENDOR_STATUSES.filter((s) => s.vendor === vendor).map((s) => s.code)
    throw new RangeError(`Vendor ${vendor} defines no status ${code}; its codes are ${codes.join(', ')}.`)
  }
  return row
}

function retryOf(code: number, statusClass: StatusGuide['class']): GuideRetry {
  const plain = classifyRetry(code)
  const unkeyed = classifyRetry(code, { method: 'POST' })
  const keyed = classifyRetry(code, { method: 'POST', idempotencyKey: true, idempotencyKeyHonoured: true })
  const base = { strategy: plain.strategy, retry: plain.retry, reason: plain.reason, advice: retryAdvice(plain.strategy, statusClass) }
  return keyed.strategy === unkeyed.strategy
    ? base
    : { ...base, withIdempotencyKey: { strategy: keyed.strategy, reason: keyed.reason } }
}

type GuideFacts = Pick<
  StatusGuide,
  'vendor' | 'phrase' | 'class' | 'registry' | 'expires' | 'deprecated' | 'source' | 'wire' | 'requiredHeaders'
>

function merge(entry: GuideEntry, facts: GuideFacts): StatusGuide {
  const { clientContract, vendor: _vendor, code, ...prose } = entry
  return {
    code,
    ...facts,
    ...structuredClone(prose),
    clientContract: {
      ...structuredClone(clientContract),
      retry: retryOf(code, facts.class),
      monitoring: {
        server: classifyMonitoring(code, 'server'),
        client: classifyMonitoring(code, 'client'),
      },
    },
  }
}

/**
 * The guide to one status code: what it means per its RFC, when to use it and when not,
 * the headers that matter, how tools treat it, framework snippets, the client contract
 * (with retry and monitoring from the classifiers) and related codes.
 *
 * Registered codes are looked up by code. An unofficial code takes its vendor's meaning:
 * pass `vendor` to choose (499 is nginx's "Client Closed Request" and Esri's "Token
 * Required"); without it the most common vendor is used. A valid code that neither the
 * IANA registry nor a vendor defines (471) has no guide: the error says which class
 * default a recipient applies instead (RFC 9110 §15).
 *
 * @param code - A status code, an integer from 100 to 599.
 * @param vendor - For unofficial codes: whose meaning to explain.
 * @returns A fresh {@link StatusGuide}.
 * @throws RangeError when `code` is not an integer from 100 to 599, when no guide exists
 *   for it, or when `vendor` is unknown or does not define `code`.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * const guide = explain(409)
 * guide.related.map((r) => r.code) // includes 412 and 428
 * guide.clientContract.retry.strategy // 'after-refresh-state'
 * explain(522).vendor // 'cloudflare'
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110 §15}
 */
export function explain(code: number, vendor?: StatusVendor): StatusGuide {
  const status = checkStatus(code, 'code')
  const info = statusInfo(status)
  if (vendor === undefined && info.registered) {
    const entry = findEntry(status, undefined)
    if (entry === undefined) throw new RangeError(`No guide is written for ${status} ${info.phrase} yet.`)
    return merge(entry, {
      phrase: info.phrase,
      class: info.class,
      registry: info.registry,
      ...(info.expires === undefined ? {} : { expires: info.expires }),
      deprecated: info.deprecated,
      source: info.reference ?? '',
      requiredHeaders: info.requiredHeaders,
    })
  }
  const row = vendor === undefined ? VENDOR_STATUSES.find((s) => s.code === status) : checkVendor(status, vendor)
  if (row === undefined) {
    throw new RangeError(
      `No guide for status ${status}: neither the IANA registry nor a known vendor defines it. ` +
        `A recipient treats it as ${info.treatAs} ${statusText(info.treatAs)}, the x00 of its class (RFC 9110 §15).`,
    )
  }
  const entry = findEntry(status, row.vendor)
  if (entry === undefined) throw new RangeError(`No guide is written for ${status} ${row.phrase} (${row.vendor}) yet.`)
  return merge(entry, {
    vendor: row.vendor,
    phrase: row.phrase,
    class: info.class,
    registry: 'vendor',
    deprecated: row.deprecated ?? false,
    source: row.source,
    wire: row.wireAs === undefined ? { sent: row.wire } : { sent: row.wire, as: row.wireAs },
    requiredHeaders: [],
  })
}
