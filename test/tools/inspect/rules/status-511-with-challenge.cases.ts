import { exchange, type RuleCase } from './rule-case.js'

const html = { 'content-type': 'text/html', 'cache-control': 'no-store' }

export const status511WithChallenge: RuleCase = {
  id: 'status.511-with-challenge',
  fires: [exchange('GET', 511, { ...html, 'www-authenticate': 'Basic realm="wifi"' }, '<a href="https://login.example">Log in</a>')],
  silent: [exchange('GET', 511, html, '<a href="https://login.example">Log in</a>'), exchange('GET', 401, { 'www-authenticate': 'Basic realm="wifi"' })],
}
