import { readHeader } from './read-header.js'

/**
 * The wait until an exhausted rate limit resets, in ms: when `x-ratelimit-remaining` is
 * `0` and `x-ratelimit-reset` says when (GitHub: "you should not make another request
 * until after the time specified by the x-ratelimit-reset header"). A reset of 10^9 or
 * more is UTC epoch seconds (GitHub, Twitter), a smaller one seconds from now. Anything
 * else, or no reset at all, is `undefined`: without a reset time a repeat is bound to
 * fail. Internal.
 *
 * @param headers - Response headers in any `HeadersLike` shape, or `undefined`.
 * @param now - The clock in ms since the epoch.
 */
export function readRateLimitReset(headers: unknown, now: number): number | undefined {
  const reset = readHeader(headers, 'x-ratelimit-reset') ?? ''
  if (readHeader(headers, 'x-ratelimit-remaining') !== '0' || !/^\d{1,12}$/.test(reset)) return undefined
  const seconds = Number(reset)
  return seconds >= 1e9 ? Math.max(0, seconds * 1000 - now) : seconds * 1000
}
