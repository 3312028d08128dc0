import { checkStatus } from '../../core/catalog/check-status.js'
import { statusInfo } from '../../core/catalog/status-info.js'
import { statusText } from '../../core/catalog/status-text.js'
import { VENDOR_STATUSES, type StatusVendor, type VendorStatus } from '../../core/catalog/vendor-statuses.js'
import { findEntry } from './guide-entries.js'
import type { GuideEntry } from './guide-entry.js'
import { guideRetry } from './guide-retry.js'
import { monitoringRule, requiredHeaderRule } from './rule-facts.js'
import type { GuideMonitoring, StatusGuide } from './status-guide.js'

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

function monitoringOf(code: number, vendor: StatusVendor | undefined): GuideMonitoring {
  const client = monitoringRule(code, 'client', vendor)
  const expected = monitoringRule(code, 'client', vendor, { expected: true }).level
  const unexpected = monitoringRule(code, 'client', vendor, { expected: false }).level
  const base = { server: monitoringRule(code, 'server', vendor), client }
  return expected === client.level && unexpected === client.level ? base : { ...base, clientExpected: { expected, unexpected } }
}

type GuideFacts = Pick<
  StatusGuide,
  'vendor' | 'phrase' | 'class' | 'registry' | 'expires' | 'deprecated' | 'source' | 'wire'
>

function merge(entry: GuideEntry, facts: GuideFacts): StatusGuide {
  const { clientContract, vendor: _vendor, code, ...prose } = entry
  return {
    code,
    ...facts,
    requiredHeaders: requiredHeaderRule(code, facts.vendor),
    ...structuredClone(prose),
    clientContract: {
      ...structuredClone(clientContract),
      retry: guideRetry(code, facts.vendor, facts.class),
      monitoring: monitoringOf(code, facts.vendor),
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
  })
}
