import { VENDOR_ROWS, type StatusVendor } from './vendor-table.js'

export type { StatusVendor }

/**
 * One unofficial status code as one vendor uses it. Unofficial codes are keyed by
 * vendor *and* code: 499 means different things to different
 * vendors. None of them is a {@link StatusCode}.
 *
 * @example
 * ```ts
 * import { vendorStatuses, type VendorStatus } from 'statuskit'
 * const [nginx499]: readonly VendorStatus[] = vendorStatuses(499)
 * ```
 */
export interface VendorStatus {
  /** The number as it appears in logs or on the wire. */
  readonly code: number
  /** The vendor's phrase. */
  readonly phrase: string
  /** Who defines it. */
  readonly vendor: StatusVendor
  /** `false` when a client never receives it (log-only, or rewritten before sending). */
  readonly wire: boolean
  /** What the client receives instead, when the vendor rewrites it (nginx 494–497 → 400). */
  readonly wireAs?: number
  /** Retired by the vendor, or sourced only weakly; do not build on it. */
  readonly deprecated?: boolean
  /** Where it is documented. */
  readonly source: string
}

/**
 * Unofficial codes seen in the wild, each tagged with its vendor, most common vendor first
 * (from data/statuses/<vendor>-<code>.json).
 * Never emit these from an origin server: they mean "the edge or proxy did this".
 *
 * @example
 * ```ts
 * import { VENDOR_STATUSES } from 'statuskit'
 * VENDOR_STATUSES.filter((s) => s.vendor === 'cloudflare').map((s) => s.code)
 * // [520, 521, 522, 523, 524, 525, 526, 527, 530]
 * ```
 */
export const VENDOR_STATUSES: readonly VendorStatus[] = /* @__PURE__ */ VENDOR_ROWS.map((row): VendorStatus => Object.freeze({ ...row }))

/**
 * The vendor meanings of an unofficial code, most common first. Empty for codes no
 * vendor in the table uses; registered codes are not looked up here.
 *
 * @param code - The number seen in a log or response.
 * @param vendor - Restrict to one vendor.
 * @returns Matching rows (possibly several: 499 is nginx's and Esri's).
 *
 * @example
 * ```ts
 * import { vendorStatuses } from 'statuskit'
 * vendorStatuses(522)[0]?.phrase // 'Connection Timed Out'
 * vendorStatuses(499, 'esri')[0]?.phrase // 'Token Required'
 * ```
 */
export function vendorStatuses(code: number, vendor?: StatusVendor): readonly VendorStatus[] {
  return VENDOR_STATUSES.filter((s) => s.code === code && (vendor === undefined || s.vendor === vendor))
}
