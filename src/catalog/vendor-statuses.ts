/**
 * Vendors whose unofficial status codes the catalog knows.
 *
 * @example
 * ```ts
 * import type { StatusVendor } from 'statuskit'
 * const v: StatusVendor = 'cloudflare'
 * ```
 */
export type StatusVendor =
  | 'nginx'
  | 'cloudflare'
  | 'aws-elb'
  | 'iis'
  | 'microsoft'
  | 'laravel'
  | 'shopify'
  | 'twitter'
  | 'cpanel'
  | 'proxy'
  | 'esri'
  | 'qualys'

/**
 * One unofficial status code as one vendor uses it. Unofficial codes are keyed by
 * vendor *and* code: 419, 420, 430, 499 and 530 mean different things to different
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

const row = (
  code: number,
  phrase: string,
  vendor: StatusVendor,
  source: string,
  extra: { wire?: boolean; wireAs?: number; deprecated?: boolean } = {},
): VendorStatus => ({ code, phrase, vendor, wire: extra.wire ?? true, source, ...extra })

const NGINX = 'nginx src/http/ngx_http_request.h'
const CLOUDFLARE = 'Cloudflare docs: cloudflare-5xx-errors'
const ALB = 'AWS ALB troubleshooting'

/**
 * Unofficial codes seen in the wild, each tagged with its vendor (status-facts.md §3).
 * Never emit these from an origin server: they mean "the edge or proxy did this".
 *
 * @example
 * ```ts
 * import { VENDOR_STATUSES } from 'statuskit'
 * VENDOR_STATUSES.filter((s) => s.vendor === 'cloudflare').map((s) => s.code)
 * // [520, 521, 522, 523, 524, 525, 526, 527, 530]
 * ```
 */
export const VENDOR_STATUSES: readonly VendorStatus[] = [
  row(444, 'Connection Closed Without Response', 'nginx', NGINX, { wire: false }),
  row(494, 'Request Header Too Large', 'nginx', NGINX, { wire: false, wireAs: 400 }),
  row(495, 'SSL Certificate Error', 'nginx', NGINX, { wire: false, wireAs: 400 }),
  row(496, 'SSL Certificate Required', 'nginx', NGINX, { wire: false, wireAs: 400 }),
  row(497, 'HTTP Request Sent to HTTPS Port', 'nginx', NGINX, { wire: false, wireAs: 400 }),
  row(499, 'Client Closed Request', 'nginx', NGINX, { wire: false }),
  row(520, 'Web Server Returned an Unknown Error', 'cloudflare', CLOUDFLARE),
  row(521, 'Web Server Is Down', 'cloudflare', CLOUDFLARE),
  row(522, 'Connection Timed Out', 'cloudflare', CLOUDFLARE),
  row(523, 'Origin Is Unreachable', 'cloudflare', CLOUDFLARE),
  row(524, 'A Timeout Occurred', 'cloudflare', CLOUDFLARE),
  row(525, 'SSL Handshake Failed', 'cloudflare', CLOUDFLARE),
  row(526, 'Invalid SSL Certificate', 'cloudflare', CLOUDFLARE),
  row(527, 'Railgun Error', 'cloudflare', CLOUDFLARE, { deprecated: true }),
  row(530, 'Origin DNS Error', 'cloudflare', CLOUDFLARE),
  row(460, 'Client Closed Connection', 'aws-elb', ALB, { wire: false }),
  row(463, 'X-Forwarded-For Too Many IPs', 'aws-elb', ALB),
  row(464, 'Incompatible Protocol Versions', 'aws-elb', ALB),
  row(561, 'Unauthorized (IdP Authentication Error)', 'aws-elb', ALB),
  row(440, 'Login Time-out', 'iis', 'Microsoft KB 941201'),
  row(449, 'Retry With', 'iis', 'Microsoft MS-WDV §3.1.5.5'),
  row(450, 'Blocked by Windows Parental Controls', 'microsoft', 'Microsoft (weakly sourced)', { deprecated: true }),
  row(419, 'Page Expired', 'laravel', 'Laravel Foundation/Exceptions/Handler.php'),
  row(430, 'Shopify Security Rejection', 'shopify', 'shopify.dev/docs/api/usage/response-codes'),
  row(420, 'Enhance Your Calm', 'twitter', 'Twitter API v1 (retired; use 429)', { deprecated: true }),
  row(509, 'Bandwidth Limit Exceeded', 'cpanel', 'Apache mod_bw / cPanel; also in Node http.STATUS_CODES'),
  row(598, 'Network Read Timeout Error', 'proxy', 'some HTTP proxies (no primary vendor doc)', { deprecated: true }),
  row(599, 'Network Connect Timeout Error', 'proxy', 'some HTTP proxies; client-synthesized by Tornado', {
    wire: false,
    deprecated: true,
  }),
  row(498, 'Invalid Token', 'esri', 'Esri ArcGIS Server', { deprecated: true }),
  row(499, 'Token Required', 'esri', 'Esri ArcGIS Server', { deprecated: true }),
  row(529, 'Site is overloaded', 'qualys', 'Qualys SSL Labs API', { deprecated: true }),
]

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
