import type { GuideEntry } from './guide-entry.js'
import { entries as informationalSuccessRedirect } from './entries/group-1xx-3xx.js'
import { entries as clientErrorsLow } from './entries/group-400-417.js'
import { entries as clientHighServerErrors } from './entries/group-418-5xx.js'
import { entries as vendorClientErrors } from './entries/group-vendor-4xx.js'
import { entries as vendorServerErrors } from './entries/group-vendor-5xx.js'

/**
 * Every authored guide entry, registered codes first (by code), then vendor codes (by
 * code, then in the order of the vendor table). Internal: read guides through `explain()`
 * and `listGuides()`.
 */
export const GUIDE_ENTRIES: readonly GuideEntry[] = [
  ...informationalSuccessRedirect,
  ...clientErrorsLow,
  ...clientHighServerErrors,
  ...vendorClientErrors,
  ...vendorServerErrors,
]

/**
 * The authored entry for a registered code (`vendor` undefined) or a vendor code.
 * Internal.
 *
 * @param code - A status code.
 * @param vendor - The vendor, for unofficial codes.
 * @returns The entry, or `undefined` when none is written.
 */
export function findEntry(code: number, vendor: string | undefined): GuideEntry | undefined {
  return GUIDE_ENTRIES.find((entry) => entry.code === code && entry.vendor === vendor)
}
