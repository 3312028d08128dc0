import type { RequiredHeader } from 'statuskit'
import type { Exchange } from '../exchange.js'

/**
 * The catalog's requirement for `header` on the exchange's status (RFC 9110 §15 and
 * others), when the status has one and the response lacks the field. Internal, shared by
 * the missing-header rules so the codes that need a field are written only in the catalog.
 *
 * @param exchange - The exchange under inspection.
 * @param header - The field name in its catalog casing, e.g. `Allow`.
 */
export function missingRequired(exchange: Exchange, header: string): RequiredHeader | undefined {
  if (header.toLowerCase() in exchange.headers) return undefined
  return exchange.info?.requiredHeaders.find((row) => row.name === header)
}
