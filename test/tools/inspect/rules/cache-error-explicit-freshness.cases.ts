import { exchange, PROBLEM, type RuleCase } from './rule-case.js'

const body = (status: number): string => JSON.stringify({ type: 'https://example.com/probs/x', title: 'x', status })
const date = 'Thu, 01 Jan 2026 00:00:00 GMT'

export const cacheErrorExplicitFreshness: RuleCase = {
  id: 'cache.error-explicit-freshness',
  fires: [
    exchange('PUT', 409, { 'content-type': PROBLEM, 'cache-control': 'max-age=600' }, body(409)),
    exchange('GET', 500, { 'content-type': PROBLEM, 'cache-control': 'public' }, body(500)),
    exchange('GET', 502, { date, expires: 'Thu, 01 Jan 2026 01:00:00 GMT' }),
    exchange('GET', 503, { 'cache-control': 's-maxage=3600', 'retry-after': '60' }),
  ],
  silent: [
    exchange('PUT', 409, { 'content-type': PROBLEM, 'cache-control': 'no-store' }, body(409)),
    exchange('GET', 503, { 'cache-control': 'public, max-age=5', 'retry-after': '10' }),
    exchange('GET', 500, { 'cache-control': 'public, max-age=0' }),
    exchange('GET', 504, { date, expires: '0' }),
    exchange('GET', 404, { 'cache-control': 'max-age=600' }),
    exchange('GET', 410, { 'cache-control': 'public, max-age=86400' }),
  ],
}
