import { exchange, type RuleCase } from './rule-case.js'

export const status412NotModifiedDue: RuleCase = {
  id: 'status.412-not-modified-due',
  fires: [exchange('GET', 412, {}, undefined, { 'if-none-match': '"v8"' }), exchange('HEAD', 412, {}, undefined, { 'if-none-match': '*' })],
  silent: [
    exchange('PUT', 412, {}, undefined, { 'if-none-match': '*' }),
    exchange('GET', 412, {}, undefined, { 'if-none-match': '"v8"', 'if-match': '"v7"' }),
    exchange('GET', 412, {}, undefined, { 'if-unmodified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' }),
    exchange('GET', 304, { etag: '"v8"' }, undefined, { 'if-none-match': '"v8"' }),
  ],
}
