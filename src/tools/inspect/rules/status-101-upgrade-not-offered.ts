import type { Rule } from '../rule.js'

/** The protocol tokens of an Upgrade field, lower case (`websocket`, `h2c`, `http/2.0`). */
const protocols = (value: string): string[] =>
  value
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '')

/**
 * A 101 switching to a protocol the request's Upgrade did not offer: the server MUST
 * switch only to protocols the client listed (RFC 9110 §7.8, §15.2.2). Judged only when
 * the request's headers are known to carry Upgrade.
 */
export const status101UpgradeNotOffered: Rule = {
  id: 'status.101-upgrade-not-offered',
  severity: 'error',
  reference: 'RFC 9110 §7.8, §15.2.2',
  hint: 'Switch only to a protocol the request listed in Upgrade, and name it in the 101.',
  check: (x) => {
    const offered = x.request.upgrade
    const chosen = x.headers.upgrade
    if (x.status !== 101 || !offered?.trim() || !chosen?.trim()) return false
    const listed = protocols(offered)
    const unknown = protocols(chosen).filter((token) => !listed.includes(token))
    return unknown.length > 0 && `101 to ${unknown.join(', ').slice(0, 40)}, which the request did not offer.`
  },
}
