import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/** 101 and 426 MUST name the protocol(s) in `Upgrade` (RFC 9110 §15.2.2, §15.5.22). */
export const statusUpgradeMissing: Rule = {
  id: 'status.101-426-without-upgrade',
  severity: 'error',
  reference: 'RFC 9110 §15.2.2, §15.5.22',
  hint: 'Add `Upgrade` (and `Connection: Upgrade`) naming the required protocol.',
  check: (x) => !!missingRequired(x, 'Upgrade') && `${x.status} without an Upgrade header.`,
}
