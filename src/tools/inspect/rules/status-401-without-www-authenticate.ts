import { missingChallenge } from './required-header.js'

/** A 401 MUST carry a `WWW-Authenticate` challenge (RFC 9110 §15.5.2, §11.6.1). */
export const status401WithoutWwwAuthenticate = missingChallenge('status.401-without-www-authenticate', 'WWW-Authenticate', 'RFC 9110 §15.5.2', 'Add `WWW-Authenticate: Bearer realm="api"`, or answer 403.')
