import type { Rule } from '../rule.js'
import { missingRequired } from './required-header.js'

/**
 * 101 and 426 MUST name the protocol(s) in `Upgrade` (RFC 9110 §15.2.2, §15.5.22), and a
 * sender of Upgrade MUST list `upgrade` in `Connection` (RFC 9110 §7.8).
 */
export const statusUpgradeMissing: Rule = {
  id: 'status.101-426-without-upgrade',
  severity: 'error',
  reference: 'RFC 9110 §15.2.2, §15.5.22, §7.8',
  hint: 'Add `Upgrade` naming the required protocol and `Connection: upgrade`.',
  check: (x) =>
    x.info?.requiredHeaders.some((row) => row.name === 'Upgrade') &&
    (missingRequired(x, 'Upgrade')
      ? `${x.status} without an Upgrade header.`
      : !/(^|,)\s*upgrade\s*(,|$)/i.test(x.headers.connection ?? '') && `${x.status} without Connection: upgrade.`),
}
