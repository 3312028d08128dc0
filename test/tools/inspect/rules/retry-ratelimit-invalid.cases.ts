import { exchange, type RuleCase } from './rule-case.js'

export const retryRatelimitInvalid: RuleCase = {
  id: 'retry.ratelimit-invalid',
  fires: [
    exchange('GET', 429, { 'retry-after': '30', 'ratelimit-remaining': '-1' }),
    exchange('GET', 429, { 'retry-after': '30', 'ratelimit-reset': '1.5' }),
    exchange('GET', 429, { 'retry-after': '30', ratelimit: '"default";r=0;t=30s' }),
    exchange('GET', 429, { 'retry-after': '30', 'ratelimit-limit': 'unlimited' }),
  ],
  silent: [
    exchange('GET', 429, { 'retry-after': '30', ratelimit: '"default";r=0;t=30', 'ratelimit-policy': '"default";q=100;w=60' }),
    exchange('GET', 429, { 'retry-after': '30', ratelimit: 'limit=100, remaining=0, reset=30' }),
    exchange('GET', 429, { 'retry-after': '30', 'ratelimit-limit': '100, 100;w=60', 'ratelimit-remaining': '0', 'ratelimit-reset': '30' }),
    exchange('GET', 429, { 'retry-after': '30', 'x-ratelimit-reset': '1470173023.123' }),
  ],
}
