import type { ErrorStatus } from './status.js'

/**
 * Whether `value` is an HTTP status: an integer from 100 to 599 (RFC 9110 §15), registered
 * or not. The core's one range check for a status. Internal.
 */
export function isStatusInRange(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599
}

/** Whether `value` is an error status: an integer from 400 to 599. Internal. */
export function isErrorStatus(value: unknown): value is ErrorStatus {
  return isStatusInRange(value) && value >= 400
}
