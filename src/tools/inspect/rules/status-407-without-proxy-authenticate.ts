import { missingChallenge } from './required-header.js'

/** A 407 MUST carry a `Proxy-Authenticate` challenge (RFC 9110 §15.5.8). */
export const status407WithoutProxyAuthenticate = missingChallenge('status.407-without-proxy-authenticate', 'Proxy-Authenticate', 'RFC 9110 §15.5.8', 'Add a `Proxy-Authenticate` challenge for the proxy.')
