import { exchange, type RuleCase } from './rule-case.js'

export const status3xxMethodMayChange: RuleCase = {
  id: 'status.3xx-method-may-change',
  fires: [exchange('POST', 302, { location: '/orders/8' }), exchange('DELETE', 301, { location: '/v2/orders/7' })],
  silent: [
    exchange('GET', 301, { location: '/v2/orders/7' }),
    exchange('HEAD', 302, { location: '/v2/orders/7' }),
    exchange('POST', 303, { location: '/orders/8' }),
    exchange('PUT', 307, { location: '/v2/orders/7' }),
  ],
}
