import type { Rule } from '../rule.js'

/** 304 answers only a conditional GET or HEAD; other methods get 412 (RFC 9110 §15.4.5, §13.2.2). */
export const status304NonGet: Rule = {
  id: 'status.304-non-get',
  severity: 'error',
  reference: 'RFC 9110 §15.4.5, §13.2.2',
  hint: 'Answer a failed condition with 412.',
  check: (x) => x.status === 304 && x.method !== 'GET' && x.method !== 'HEAD' && `304 to ${x.method}.`,
}
