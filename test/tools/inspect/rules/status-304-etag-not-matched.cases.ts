import { exchange, type RuleCase } from './rule-case.js'

export const status304EtagNotMatched: RuleCase = {
  id: 'status.304-etag-not-matched',
  fires: [exchange('GET', 304, { etag: '"v9"' }, undefined, { 'if-none-match': '"v7", "v8"' })],
  silent: [
    exchange('GET', 304, { etag: '"v8"' }, undefined, { 'if-none-match': '"v7", "v8"' }),
    exchange('GET', 304, { etag: 'W/"v8"' }, undefined, { 'if-none-match': '"v8"' }),
    exchange('GET', 304, { etag: '"v8"' }, undefined, { 'if-none-match': '*' }),
    exchange('GET', 304, { etag: '"v8"' }, undefined, { 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' }),
  ],
}
