import { statusText } from 'statuskit'

/**
 * The phrase of a response's status from the catalog (current IANA phrases, also over
 * HTTP/2, which sends none), or the response's own status text for a code outside
 * 100–599 (0 for an opaque response). Never throws. Internal.
 *
 * @param response - Any fetch `Response`.
 * @returns The reason phrase, possibly `''`.
 */
export function statusPhrase(response: Response): string {
  try {
    return statusText(response.status)
  } catch {
    return response.statusText
  }
}
