import { exchange, type RuleCase } from './rule-case.js'

export const status405AllowGetWithoutHead: RuleCase = {
  id: 'status.405-allow-get-without-head',
  fires: [exchange('DELETE', 405, { allow: 'GET, POST' })],
  silent: [exchange('DELETE', 405, { allow: 'GET, HEAD, POST' }), exchange('GET', 405, { allow: 'POST' })],
}
