import { statusInfo, classifyMonitoring, classifyRetry, type RequiredHeader, type StatusVendor, type MonitoringDecision, type MonitoringOptions, type MonitoringSide, type RetryContext, type RetryDecision } from 'statuskit'

/**
 * The one place the guide asks the public API for the rules it renders (retry,
 * monitoring, required headers), passing the vendor of a vendor code so that a number
 * two vendors share (499: nginx, Esri) gets its own rule. Internal.
 *
 * `vendor` is being added to `RetryContext` and `MonitoringOptions` by the records
 * work; until it lands the casts below pass it through unchanged (drop them then).
 */

/**
 * `classifyRetry(code, context)` for the given vendor's meaning of `code`.
 *
 * @param code - A status code.
 * @param vendor - The vendor, for unofficial codes.
 * @param context - The request context to classify.
 * @returns The classifier's decision.
 */
export function retryRule(code: number, vendor: StatusVendor | undefined, context: RetryContext): RetryDecision {
  return classifyRetry(code, vendor === undefined ? context : { ...context, vendor })
}

/**
 * `classifyMonitoring(code, side, options)` for the given vendor's meaning of `code`.
 *
 * @param code - A status code.
 * @param side - `server` or `client`.
 * @param vendor - The vendor, for unofficial codes.
 * @param options - Monitoring options (`expected`).
 * @returns The classifier's decision.
 */
export function monitoringRule(
  code: number,
  side: MonitoringSide,
  vendor: StatusVendor | undefined,
  options: MonitoringOptions = {},
): MonitoringDecision {
  return classifyMonitoring(code, side, vendor === undefined ? options : { ...options, vendor })
}

/**
 * The headers the catalog requires for a registered code. Vendor rows carry no header
 * requirements yet; when the records give them some, read them here.
 *
 * @param code - A status code.
 * @param vendor - The vendor, for unofficial codes.
 * @returns The catalog's required headers.
 */
export function requiredHeaderRule(code: number, vendor: StatusVendor | undefined): readonly RequiredHeader[] {
  return vendor === undefined ? statusInfo(code).requiredHeaders : []
}
