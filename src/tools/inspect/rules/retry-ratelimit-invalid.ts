import type { Rule } from '../rule.js'

const INTEGER = /^\d{1,15}$/

/** The first malformed RateLimit field of the response, as `name: value`, or `undefined`. */
function malformed(headers: Readonly<Record<string, string>>): string | undefined {
  // Drafts up to -06: RateLimit-Remaining and RateLimit-Reset are non-negative integers;
  // RateLimit-Limit starts with one (it may list quota policies after it).
  for (const name of ['ratelimit-remaining', 'ratelimit-reset']) {
    const value = headers[name]
    if (value !== undefined && !INTEGER.test(value.trim())) return `${name}: ${value}`
  }
  const limit = headers['ratelimit-limit']
  if (limit !== undefined && !/^\d{1,15}(?:\s*[,;]|$)/.test(limit.trim())) return `ratelimit-limit: ${limit}`
  // Drafts -07 and later: RateLimit is a structured field whose counters (remaining, reset;
  // r, t) are non-negative integers.
  const combined = headers.ratelimit
  if (combined !== undefined) {
    for (const [, key, value] of combined.matchAll(/(?:^|[,;])\s*(remaining|reset|limit|r|t)\s*=\s*([^,;]*)/g)) {
      if (!INTEGER.test((value ?? '').trim())) return `ratelimit: ${key}=${value ?? ''}`
    }
  }
  return undefined
}

/**
 * A RateLimit field whose counters are not non-negative integers: clients that pace
 * themselves from it read garbage (draft-ietf-httpapi-ratelimit-headers, every revision;
 * RFC 9651 integers). Vendor `X-RateLimit-*` fields are not judged: their formats differ.
 */
export const retryRatelimitInvalid: Rule = {
  id: 'retry.ratelimit-invalid',
  severity: 'warning',
  reference: 'RFC 9651 §3.3.1; draft-ietf-httpapi-ratelimit-headers',
  hint: 'Send whole seconds and counts: `RateLimit: "default";r=0;t=30` (or RateLimit-Remaining: 0, RateLimit-Reset: 30).',
  check: (x) => {
    const field = malformed(x.headers)
    return field !== undefined && `Malformed ${field.slice(0, 60)}.`
  },
}
