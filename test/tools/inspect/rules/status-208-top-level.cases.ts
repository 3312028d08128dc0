import { exchange, type RuleCase } from './rule-case.js'

export const status208TopLevel: RuleCase = {
  id: 'status.208-top-level',
  fires: [exchange('PROPFIND', 208)],
  silent: [exchange('PROPFIND', 207, { 'content-type': 'application/xml' }, '<multistatus xmlns="DAV:"><status>HTTP/1.1 208 Already Reported</status></multistatus>')],
}
