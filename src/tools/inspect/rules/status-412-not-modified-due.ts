import type { Rule } from '../rule.js'

/**
 * A 412 to a GET or HEAD whose only precondition was If-None-Match: when it evaluates to
 * false the origin MUST answer 304 to GET and HEAD (RFC 9110 §13.1.2), so a cache can
 * reuse what it holds; 412 is for the other preconditions and for other methods.
 */
export const status412NotModifiedDue: Rule = {
  id: 'status.412-not-modified-due',
  severity: 'warning',
  reference: 'RFC 9110 §13.1.2, §15.4.5',
  hint: 'Answer a GET or HEAD whose If-None-Match matched with 304 Not Modified.',
  check: (x) =>
    x.status === 412 &&
    (x.method === 'GET' || x.method === 'HEAD') &&
    !!x.request['if-none-match']?.trim() &&
    !x.request['if-match'] &&
    !x.request['if-unmodified-since'] &&
    !x.request.if &&
    `412 to a ${x.method} with only If-None-Match: 304 was due.`,
}
