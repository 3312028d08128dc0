import { exchange, type RuleCase } from './rule-case.js'

export const status405AllowIncludesMethod: RuleCase = {
  id: 'status.405-allow-includes-method',
  fires: [exchange('DELETE', 405, { allow: 'GET, HEAD, DELETE' }), exchange('put', 405, { allow: 'get, put' })],
  silent: [exchange('DELETE', 405, { allow: 'GET, HEAD' }), exchange('DELETE', 405, { allow: '' })],
}
