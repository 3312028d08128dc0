import type { Rule } from '../rule.js'

/** Unregistered codes (499, 52x, …) are read as x00 of their class by recipients (RFC 9110 §15). */
export const misuseUnregisteredStatus: Rule = {
  id: 'misuse.unregistered-status',
  severity: 'info',
  reference: 'RFC 9110 §15',
  hint: 'Use a registered code.',
  check: (x) =>
    !!x.info && !x.info.registered && `${x.status} is not registered; clients treat it as ${x.info.treatAs}.`,
}
