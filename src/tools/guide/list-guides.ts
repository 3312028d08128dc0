import { statusInfo } from '../../core/catalog/status-info.js'
import type { StatusClass } from '../../core/catalog/status.js'
import { VENDOR_STATUSES, type StatusVendor } from '../../core/catalog/vendor-statuses.js'
import { GUIDE_ENTRIES } from './guide-entries.js'

/**
 * One row of {@link listGuides}: enough to print a table or build an index.
 *
 * @example
 * ```ts
 * import { listGuides, type GuideSummary } from 'statuskit/guide'
 * const rows: readonly GuideSummary[] = listGuides({ class: '4xx' })
 * ```
 */
export interface GuideSummary {
  /** The status code. */
  readonly code: number
  /** The vendor, for unofficial codes. */
  readonly vendor?: StatusVendor
  /** Current IANA phrase, or the vendor's phrase. */
  readonly phrase: string
  /** Status class. */
  readonly class: StatusClass
  /** The guide's one-sentence summary. */
  readonly summary: string
  /** Do not emit it (deprecated, unused, obsolete; retired vendor codes). */
  readonly deprecated: boolean
}

/**
 * Options of {@link listGuides}.
 *
 * @example
 * ```ts
 * import type { ListGuidesOptions } from 'statuskit/guide'
 * const options: ListGuidesOptions = { class: '5xx', vendors: false }
 * ```
 */
export interface ListGuidesOptions {
  /** Only this class. */
  readonly class?: StatusClass
  /**
   * Include unofficial vendor codes.
   *
   * @default true
   */
  readonly vendors?: boolean
}

const CLASSES: readonly string[] = ['1xx', '2xx', '3xx', '4xx', '5xx']

/**
 * Every status that has a guide, sorted by code; at equal code the registered meaning
 * comes first, then vendors in the order of `VENDOR_STATUSES`.
 *
 * @param options - `class` to filter by, `vendors: false` to leave vendor codes out.
 * @returns Fresh summary rows.
 * @throws RangeError when `options.class` is not one of `1xx` … `5xx`.
 *
 * @example
 * ```ts
 * import { listGuides } from 'statuskit/guide'
 * listGuides({ class: '2xx' }).map((row) => row.code) // [200, 201, 202, ...]
 * ```
 */
export function listGuides(options: ListGuidesOptions = {}): readonly GuideSummary[] {
  const wanted = options.class
  if (wanted !== undefined && !CLASSES.includes(wanted)) {
    throw new RangeError(`Invalid \`options.class\`: received "${String(wanted).slice(0, 40)}"; expected one of ${CLASSES.join(', ')}.`)
  }
  const rows: (GuideSummary & { order: number })[] = []
  for (const entry of GUIDE_ENTRIES) {
    const info = statusInfo(entry.code)
    if (wanted !== undefined && info.class !== wanted) continue
    if (entry.vendor === undefined) {
      if (!info.registered) continue
      const { code, phrase, deprecated } = info
      rows.push({ code, phrase, class: info.class, summary: entry.summary, deprecated, order: -1 })
      continue
    }
    if (options.vendors === false) continue
    const order = VENDOR_STATUSES.findIndex((s) => s.code === entry.code && s.vendor === entry.vendor)
    const row = VENDOR_STATUSES[order]
    if (row === undefined) continue
    const base = { code: row.code, vendor: row.vendor, phrase: row.phrase, class: info.class, summary: entry.summary }
    rows.push({ ...base, deprecated: row.deprecated ?? false, order })
  }
  return rows
    .sort((a, b) => a.code - b.code || a.order - b.order)
    .map(({ order: _order, ...row }) => row)
}
