import { exchange, type RuleCase } from './rule-case.js'

const XML = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response/></d:multistatus>'

export const status207NotMultistatus: RuleCase = {
  id: 'status.207-not-multistatus',
  fires: [
    exchange('POST', 207, { 'content-type': 'application/json' }, '{"results":[]}'),
    exchange('PROPFIND', 207, { 'content-type': 'application/xml' }, '<?xml version="1.0"?><result/>'),
  ],
  silent: [
    exchange('PROPFIND', 207, { 'content-type': 'application/xml; charset=utf-8' }, XML),
    exchange('PROPFIND', 207, { 'content-type': 'text/xml' }, '<multistatus xmlns="DAV:"></multistatus>'),
  ],
}
