import type { Rule } from '../rule.js'

/**
 * 304 answers only a conditional GET or HEAD: one whose If-None-Match or If-Modified-Since
 * evaluated to false (RFC 9110 §15.4.5, §13.1.2, §13.1.3); other methods get 412
 * (§13.2.2). An unconditional request is judged only when its headers were given.
 */
export const status304NonGet: Rule = {
  id: 'status.304-non-get',
  severity: 'error',
  reference: 'RFC 9110 §15.4.5, §13.2.2',
  hint: 'Send 304 only when If-None-Match or If-Modified-Since failed on a GET or HEAD; answer other failed conditions with 412.',
  check: (x) => {
    if (x.status !== 304) return false
    if (x.method !== 'GET' && x.method !== 'HEAD') return `304 to ${x.method}.`
    const conditional = 'if-none-match' in x.request || 'if-modified-since' in x.request
    return x.requestHeadersKnown && !conditional && `304 to a ${x.method} without If-None-Match or If-Modified-Since.`
  },
}
