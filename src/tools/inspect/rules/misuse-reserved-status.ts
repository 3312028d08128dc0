import type { Rule } from '../rule.js'

/** Codes the registry marks unused, obsolete or deprecated (306, 418, 510; 305, 102) are not to be emitted. */
export const misuseReservedStatus: Rule = {
  id: 'misuse.reserved-status',
  severity: 'info',
  reference: 'IANA HTTP Status Code Registry; RFC 9110 §15.4.6, §15.4.7, §15.5.19',
  hint: 'Use a current code (e.g. 400, 404, 409 or 503).',
  check: (x) =>
    !!x.info?.deprecated &&
    `${x.status} ${x.info.phrase} is ${x.info.registry === 'permanent' ? 'deprecated' : x.info.registry}.`,
}
