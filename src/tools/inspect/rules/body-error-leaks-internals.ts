import type { Rule } from '../rule.js'

/** Stack frames of JavaScript, Python, Java, Ruby, PHP, Go and .NET, and credential-like assignments. */
const LEAK = /\.(?:[cm]?js|ts|py|rb|php|java|go|cs):\d|Traceback \(most|PRIVATE KEY-|\b(?:passw(?:or)?d|secret|api_?key|token)\s*[=:]\s*\S{3}/i

/**
 * Exception class names (`java.lang.NullPointerException`, `System.InvalidOperationException`),
 * database errors (`SQLSTATE[23000]`, `ORA-00942`, MySQL's and PostgreSQL's syntax
 * messages), Node's socket error codes, and a private IPv4 address with a port
 * (`10.0.3.7:5432`, an upstream's): case-sensitive, as the runtimes print them.
 */
const INTERNALS =
  /\b(?:java|javax|System)\.(?:[\w$]+\.)*[A-Z]\w*(?:Exception|Error)\b|SQLSTATE\[|\bORA-\d{5}\b|error in your SQL syntax|syntax error at or near "|\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)\b|\b(?:10|127)\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{2,5}\b|\b192\.168\.\d{1,3}\.\d{1,3}:\d{2,5}\b|\b172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}:\d{2,5}\b/

/**
 * An error body shows a stack trace, an exception class, a database error, an internal
 * address or credential-like text: it tells an attacker the
 * code layout and may hand out a secret (OWASP: improper error handling, CWE-209).
 */
export const bodyErrorLeaksInternals: Rule = {
  id: 'body.error-leaks-internals',
  severity: 'warning',
  reference: 'CWE-209; OWASP ASVS V7.4.1',
  hint: 'Log internals server-side; send a problem with a trace id.',
  check: (x) => {
    // The message never repeats the match: it may be the secret.
    return x.status >= 400 && !!x.text && (LEAK.test(x.text) || INTERNALS.test(x.text)) && `${x.status} body shows code paths or secrets.`
  },
}
