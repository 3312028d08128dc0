import { exchange, type RuleCase } from './rule-case.js'

export const headerContentTypeOn204: RuleCase = {
  id: 'header.content-type-on-204',
  fires: [exchange('PUT', 204, { 'content-type': 'application/json' })],
  silent: [exchange('PUT', 204), exchange('PUT', 200, { 'content-type': 'application/json' }, '{}')],
}
