import { exchange, type RuleCase } from './rule-case.js'

export const status201SafeMethod: RuleCase = {
  id: 'status.201-safe-method',
  fires: [exchange('GET', 201, { location: '/orders/8' }), exchange('HEAD', 201, { location: '/orders/8' })],
  silent: [exchange('POST', 201, { location: '/orders/8' }), exchange('PUT', 201)],
}
