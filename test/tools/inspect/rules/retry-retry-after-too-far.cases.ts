import { exchange, type RuleCase } from './rule-case.js'

const date = 'Thu, 01 Jan 2026 00:00:00 GMT'

export const retryRetryAfterTooFar: RuleCase = {
  id: 'retry.retry-after-too-far',
  fires: [exchange('GET', 429, { 'retry-after': '30000000' }), exchange('GET', 503, { date, 'retry-after': 'Sat, 10 Jan 2026 00:00:00 GMT' })],
  silent: [
    exchange('GET', 429, { 'retry-after': '86400' }),
    exchange('GET', 503, { date, 'retry-after': 'Thu, 01 Jan 2026 06:00:00 GMT' }),
    exchange('GET', 503, { 'retry-after': 'Sat, 10 Jan 2099 00:00:00 GMT' }),
  ],
}
