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

/**
 * The rows, one a line: `code|phrase|vendor|source|flags`; flags: `x` never on the wire,
 * `4` sent as 400 instead, `d` deprecated or weakly sourced. Compact because the root
 * entry has a size budget; parsed once, into {@link VENDOR_STATUSES}.
 */
const ROWS = `444|Connection Closed Without Response|nginx|nginx ngx_http_request.h|x
494|Request Header Too Large|nginx|nginx ngx_http_special_response.c|x4
495|SSL Certificate Error|nginx|nginx ngx_http_special_response.c|x4
496|SSL Certificate Required|nginx|nginx ngx_http_special_response.c|x4
497|HTTP Request Sent to HTTPS Port|nginx|nginx ngx_http_special_response.c|x4
499|Client Closed Request|nginx|nginx ngx_http_request.h|x
520|Web Server Returned an Unknown Error|cloudflare|Cloudflare 5xx errors docs|
521|Web Server Is Down|cloudflare|Cloudflare 5xx errors docs|
522|Connection Timed Out|cloudflare|Cloudflare 5xx errors docs|
523|Origin Is Unreachable|cloudflare|Cloudflare 5xx errors docs|
524|A Timeout Occurred|cloudflare|Cloudflare 5xx errors docs|
525|SSL Handshake Failed|cloudflare|Cloudflare 5xx errors docs|
526|Invalid SSL Certificate|cloudflare|Cloudflare 5xx errors docs|
527|Railgun Error|cloudflare|Cloudflare 5xx errors docs (Railgun retired)|d
530|Origin DNS Error|cloudflare|Cloudflare 5xx errors docs|
460|Client Closed Connection|aws-elb|AWS ALB troubleshooting|x
463|X-Forwarded-For Too Many IPs|aws-elb|AWS ALB troubleshooting|
464|Incompatible Protocol Versions|aws-elb|AWS ALB troubleshooting|
561|Unauthorized (IdP Authentication Error)|aws-elb|AWS ALB troubleshooting|
440|Login Time-out|iis|Microsoft KB 941201|
449|Retry With|iis|Microsoft MS-WDV 3.1.5.5|
450|Blocked by Windows Parental Controls|microsoft|Microsoft (weakly sourced)|d
419|Page Expired|laravel|Laravel Exceptions/Handler.php|
430|Shopify Security Rejection|shopify|Shopify API response codes|
420|Enhance Your Calm|twitter|Twitter API v1 (retired; use 429)|d
509|Bandwidth Limit Exceeded|cpanel|Apache mod_bw, cPanel; Node http.STATUS_CODES|
598|Network Read Timeout Error|proxy|some HTTP proxies (no vendor doc)|d
599|Network Connect Timeout Error|proxy|some proxies; Tornado client-side|xd
498|Invalid Token|esri|Esri ArcGIS Server|d
499|Token Required|esri|Esri ArcGIS Server|d
529|Site is overloaded|qualys|Qualys SSL Labs API|d`

function parseRows(): readonly VendorStatus[] {
  return ROWS.split('\n').map((line) => {
    const [code, phrase = '', vendor, source = '', flags = ''] = line.split('|')
    const row: { -readonly [K in keyof VendorStatus]: VendorStatus[K] } = {
      code: Number(code),
      phrase,
      vendor: vendor as StatusVendor,
      wire: !flags.includes('x'),
      source,
    }
    if (flags.includes('4')) row.wireAs = 400
    if (flags.includes('d')) row.deprecated = true
    return Object.freeze(row)
  })
}

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
export const VENDOR_STATUSES: readonly VendorStatus[] = /* @__PURE__ */ parseRows()

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
