import { exchange, type RuleCase } from './rule-case.js'

export const status203DespiteNoTransform: RuleCase = {
  id: 'status.203-despite-no-transform',
  fires: [exchange('GET', 203, { 'content-type': 'text/html', 'cache-control': 'max-age=60, no-transform' }, '<p>x</p>')],
  silent: [
    exchange('GET', 203, { 'content-type': 'text/html', 'cache-control': 'max-age=60' }, '<p>x</p>'),
    exchange('GET', 200, { 'content-type': 'text/html', 'cache-control': 'no-transform' }, '<p>x</p>'),
  ],
}
