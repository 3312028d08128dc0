/**
 * statuskit: HTTP errors done right. The typed status catalog, RFC 9457 Problem Details
 * and the retry and monitoring classifiers: all pure, no I/O, tree-shakeable.
 *
 * @module
 */

// catalog
export { Status } from './catalog/status.js'
export type {
  StatusCode,
  StatusClass,
  ErrorStatus,
  ClientErrorStatusCode,
  ServerErrorStatusCode,
} from './catalog/status.js'
export { isStatusCode } from './catalog/is-status-code.js'
export { statusText } from './catalog/status-text.js'
export { statusClass } from './catalog/status-class.js'
export { statusInfo } from './catalog/status-info.js'
export type { StatusInfo, RequiredHeader, RegistryState } from './catalog/status-info.js'
export { VENDOR_STATUSES, vendorStatuses } from './catalog/vendor-statuses.js'
export type { VendorStatus, StatusVendor } from './catalog/vendor-statuses.js'

// problem (issue 4): add exports below this line

// classify (issue 5): add exports below this line
