/**
 * The row of `code` in a classifier table keyed by number and `vendor:code`: the vendor's
 * own row when it has one, else the number's (its default vendor's, or the registered
 * code's). Internal.
 *
 * @param table - A generated table (retry-table.ts, monitoring-table.ts).
 * @param code - A valid status.
 * @param vendor - The vendor the caller named, if any.
 */
export function rowOf<T>(table: Readonly<Record<string, T>>, code: number, vendor: string | undefined): T | undefined {
  return (vendor === undefined ? undefined : table[`${vendor}:${code}`]) ?? table[code]
}
