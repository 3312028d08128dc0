import { exchange, type RuleCase } from './rule-case.js'

const challenge = (value: string, status = 401): ReturnType<typeof exchange> =>
  exchange('GET', status, status === 401 ? { 'www-authenticate': value } : { 'proxy-authenticate': value })

export const headerInvalidAuthChallenge: RuleCase = {
  id: 'header.invalid-auth-challenge',
  fires: [
    challenge('realm="api"'),
    challenge('Bearer realm=my api'),
    challenge('Basic realm="unterminated'),
    challenge('Bearer,realm="api"=x'),
    challenge('Negotiate abc==, foo=bar'),
    challenge('"Basic"', 407),
  ],
  silent: [
    challenge('Bearer'),
    challenge('Bearer realm="api", error="invalid_token", error_description="The token expired"'),
    challenge('Basic realm="api", charset="UTF-8"'),
    challenge('Digest realm="x", qop="auth,auth-int", nonce="dcd98b\\"7102", opaque="5c"'),
    challenge('Negotiate YIIB4wYGKwYBBQUCoIIB1zCCAdOgMDAu=='),
    challenge('Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"'),
    challenge('Basic realm="proxy"', 407),
    challenge(''),
    exchange('GET', 403, { 'www-authenticate': 'realm="api"' }),
  ],
}
