import type { Rule } from '../rule.js'

/** Stack frames of JavaScript, Python, Java, Ruby, PHP, Go and .NET, and credential-like assignments. */
const LEAK = /\.(?:[cm]?js|ts|py|rb|php|java|go|cs):\d|Traceback \(most|PRIVATE KEY-|\b(?:passw(?:or)?d|secret|api_?key|token)\s*[=:]\s*\S{3}/i

/**
 * An error body shows a stack trace or credential-like text: it tells an attacker the
 * code layout and may hand out a secret (OWASP: improper error handling, CWE-209).
 */
export const bodyErrorLeaksInternals: Rule = {
  id: 'body.error-leaks-internals',
  severity: 'warning',
  reference: 'CWE-209; OWASP ASVS V7.4.1',
  hint: 'Log internals server-side; send a problem with a trace id.',
  check: (x) => {
    // The message never repeats the match: it may be the secret.
    return x.status >= 400 && !!x.text && LEAK.test(x.text) && `${x.status} body shows code paths or secrets.`
  },
}
