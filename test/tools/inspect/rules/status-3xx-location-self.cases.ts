import { exchange, type RuleCase } from './rule-case.js'

export const status3xxLocationSelf: RuleCase = {
  id: 'status.3xx-location-self',
  fires: [
    exchange('GET', 301, { location: 'https://api.example.com/orders/7' }),
    exchange('GET', 308, { location: '/orders/7' }),
    exchange('GET', 302, { location: '7#top' }, undefined, {}, 'https://api.example.com/orders/7'),
    exchange('POST', 307, { location: '/orders/7' }),
  ],
  silent: [
    exchange('GET', 301, { location: 'https://api.example.com/v2/orders/7' }),
    exchange('GET', 307, { location: '/orders/7?page=2' }),
    exchange('GET', 302, { location: '/orders/7', 'set-cookie': 'seen=1; Path=/' }),
    exchange('GET', 300, { location: '/orders/7' }),
    exchange('GET', 301, { location: '/orders/7' }, undefined, {}, ''),
    exchange('POST', 303, { location: '/orders/7' }),
    exchange('POST', 302, { location: 'https://api.example.com/orders/7' }),
    exchange('GET', 301, { location: 'http://api.example.com/orders/7' }),
    exchange('GET', 301, { location: '/orders/7/' }),
  ],
}
