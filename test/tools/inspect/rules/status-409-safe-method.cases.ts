import { exchange, PROBLEM, type RuleCase } from './rule-case.js'

const body = JSON.stringify({ type: 'https://example.com/probs/state', title: 'Wrong state', status: 409 })

export const status409SafeMethod: RuleCase = {
  id: 'status.409-safe-method',
  fires: [exchange('GET', 409, { 'content-type': PROBLEM }, body), exchange('HEAD', 409)],
  silent: [exchange('PUT', 409, { 'content-type': PROBLEM }, body), exchange('POST', 409, { 'content-type': PROBLEM }, body)],
}
