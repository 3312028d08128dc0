import type { Rule } from '../rule.js'

/** The methods an Allow field lists, upper case (methods are case-sensitive; requests are compared upper case). */
export function readAllowedMethods(allow: string | undefined): string[] {
  return (allow ?? '')
    .split(',')
    .map((method) => method.trim().toUpperCase())
    .filter((method) => method !== '')
}

/**
 * A 405 whose Allow lists the very method it refused: Allow names the methods the
 * target supports (RFC 9110 §15.5.6, §10.2.1), so the client is told to retry what fails.
 */
export const status405AllowIncludesMethod: Rule = {
  id: 'status.405-allow-includes-method',
  severity: 'warning',
  reference: 'RFC 9110 §15.5.6, §10.2.1',
  hint: 'List in Allow only the methods the target supports, not the one refused.',
  check: (x) =>
    x.status === 405 &&
    readAllowedMethods(x.headers.allow).includes(x.method) &&
    `405 to ${x.method.slice(0, 20)}, yet Allow lists ${x.method.slice(0, 20)}.`,
}
