import { isStatusCode, statusText, vendorStatuses } from 'statuskit'

/**
 * The reason phrase for the status line: the current IANA phrase of a registered code
 * (413 "Content Too Large", 422 "Unprocessable Content", not Node's older ones), the
 * catalog's phrase of a vendor code (499 "Client Closed Request"), else the class name
 * ("Client Error"), never Node's "unknown". Internal.
 *
 * @param status - An error status, 400–599.
 * @returns The phrase.
 */
export function reasonPhrase(status: number): string {
  if (isStatusCode(status)) return statusText(status)
  return vendorStatuses(status)[0]?.phrase ?? statusText(status)
}
