import type { GuideEntry } from './guide-entry.js'
import { GUIDE_ENTRIES } from './generated/guide-entries.js'

export { GUIDE_ENTRIES }

/**
 * The authored entry for a registered code (`vendor` undefined) or a vendor code.
 * Internal. The entries are generated from guide/*.md by scripts/generate-guide.mjs.
 *
 * @param code - A status code.
 * @param vendor - The vendor, for unofficial codes.
 * @returns The entry, or `undefined` when none is written.
 */
export function findEntry(code: number, vendor: string | undefined): GuideEntry | undefined {
  return GUIDE_ENTRIES.find((entry) => entry.code === code && entry.vendor === vendor)
}
