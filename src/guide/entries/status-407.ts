import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 407 Proxy Authentication Required: a proxy, not the origin, needs the client
 * to authenticate; the response MUST carry Proxy-Authenticate.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(407).criticalHeaders.map((h) => h.name) // includes 'Proxy-Authenticate'
 * ```
 */
export const status407: GuideEntry = {
  code: 407,
  summary: 'A proxy between the client and the origin requires the client to authenticate to it first.',
  meaning:
    'RFC 9110 §15.5.8: similar to 401, but it indicates that the client needs to authenticate itself in order to use a proxy for this request. The proxy MUST send a Proxy-Authenticate header with a challenge applicable to that proxy; the client answers with Proxy-Authorization. The origin server never saw the request.',
  guarantees: [
    'The request stopped at a proxy and did not reach the origin.',
    'Proxy-Authenticate names the scheme (Basic, Negotiate, ...) the proxy accepts.',
  ],
  doesNotGuarantee: [
    'Anything about the origin: whether the resource exists or the origin credentials are valid.',
    'Which proxy in a chain sent it, unless Via or the body says so.',
  ],
  whenToUse: [
    'A forward proxy (corporate egress, Squid with auth_param) receives a request without Proxy-Authorization.',
    'An API gateway acting as an explicit proxy for outbound traffic rejects expired proxy credentials.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 407 from an origin server or API for missing API credentials',
      consequence: 'Clients send credentials in Proxy-Authorization, which the origin does not read; browsers show a proxy login dialog.',
      instead: '401 Unauthorized with a WWW-Authenticate challenge from the origin',
    },
    {
      misuse: 'Sending 407 without Proxy-Authenticate',
      consequence: 'Violates a MUST (RFC 9110 §15.5.8); clients cannot pick a scheme and fail outright.',
      instead: '407 with Proxy-Authenticate: Basic realm="egress" (or the scheme the proxy supports)',
    },
    {
      misuse: 'A reverse proxy in front of your own app answering 407 for end-user login',
      consequence: 'To the client, a reverse proxy is the origin; proxy auth headers are hop-by-hop in practice and clients are not configured for them.',
      instead: '401 with WWW-Authenticate, or a redirect to the login page',
    },
  ],
  criticalHeaders: [
    {
      name: 'Proxy-Authenticate',
      why: 'Required by RFC 9110 §15.5.8: the challenge the client must answer in Proxy-Authorization.',
      ifMissing: 'The client has no scheme to authenticate with; the 407 is a dead end.',
    },
    {
      name: 'Content-Type',
      why: 'A problem+json or text body naming the proxy and how to get credentials.',
      ifMissing: 'Users do not know which network component blocked them.',
    },
    {
      name: 'Connection',
      why: 'Connection-based schemes (NTLM, Negotiate) require the connection to stay open across the handshake.',
      ifMissing: 'Closing it restarts the handshake on every request and authentication never completes.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers show a proxy login dialog (or use system credentials for Negotiate/NTLM) and retry with Proxy-Authorization.',
    apiClients: 'Node fetch (undici) and curl need proxy credentials configured (curl --proxy-user, ProxyAgent with a token); otherwise they surface the 407 or a tunnel error for HTTPS via CONNECT.',
    crawlers: 'Only seen if the crawler itself runs behind an authenticating proxy.',
    uptimeMonitors: 'Seen when a monitor runs inside a network with an egress proxy whose credentials expired; not an outage of the target.',
    cdns: 'CDNs are reverse proxies and do not send 407 to end users.',
  },
  inspectorSignals: [
    'Presence of Proxy-Authenticate (MUST).',
    'Via and Server headers identifying which proxy answered.',
    'Whether the request used CONNECT (HTTPS through a proxy), where the 407 comes before the tunnel opens.',
  ],
  correctnessWarnings: [
    '407 without Proxy-Authenticate violates RFC 9110 §15.5.8.',
    'An origin server should never send 407; it confuses clients into proxy authentication.',
  ],
  debugging: [
    'Run curl -v -x http://proxy:3128 https://example.com and read the Proxy-Authenticate challenge in the CONNECT response.',
    'Check HTTP_PROXY, HTTPS_PROXY and NO_PROXY in the environment of the failing process.',
    'Retry with credentials: curl --proxy-user user:pass -x ...; for Negotiate, curl --proxy-negotiate -U :.',
    'If a server-side job fails, check whether the proxy password rotated or the service account was locked.',
  ],
  frameworks: {
    express: `import express from 'express'
import { proxyAuthenticationRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// An explicit egress gateway built on Express (not an origin API).
const app = express()
app.use((req, _res, next) => {
  if (req.get('proxy-authorization') === undefined) {
    throw proxyAuthenticationRequired('Authenticate to the egress proxy first.', {
      proxyAuthenticate: 'Basic realm="egress"',
    })
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { proxyAuthenticationRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.headers['proxy-authorization'] === undefined) {
    throw proxyAuthenticationRequired('The egress gateway requires a proxy token.', {
      proxyAuthenticate: 'Bearer realm="egress"',
    })
  }
})`,
    django: `# Django is an origin framework: it should not send 407. A client-side view of it:
import requests

def fetch_via_proxy(url, proxy_user, proxy_pass):
    proxies = {"https": f"http://{proxy_user}:{proxy_pass}@proxy.internal:3128"}
    r = requests.get(url, proxies=proxies, timeout=10)
    if r.status_code == 407:
        challenge = r.headers.get("Proxy-Authenticate")
        raise RuntimeError(f"Proxy refused credentials; it expects: {challenge}")
    return r`,
    spring: `// In a Spring Cloud Gateway filter acting as an egress proxy:
if (!exchange.getRequest().getHeaders().containsKey("Proxy-Authorization")) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PROXY_AUTHENTICATION_REQUIRED,
        "Authenticate to the egress proxy first.");
    ServerHttpResponse res = exchange.getResponse();
    res.setStatusCode(HttpStatus.PROXY_AUTHENTICATION_REQUIRED);
    res.getHeaders().set("Proxy-Authenticate", "Basic realm=\\"egress\\"");
    res.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return res.writeWith(Mono.just(res.bufferFactory().wrap(objectMapper.writeValueAsBytes(pd))));
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()  # an egress gateway, not an origin API

@app.middleware("http")
async def require_proxy_auth(request: Request, call_next):
    if "proxy-authorization" not in request.headers:
        return JSONResponse(status_code=407, media_type="application/problem+json",
            headers={"Proxy-Authenticate": 'Basic realm="egress"'},
            content={"type": "about:blank", "title": "Proxy Authentication Required",
                     "status": 407, "detail": "Authenticate to the egress proxy first."})
    return await call_next(request)`,
    go: `func proxyAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Proxy-Authorization") == "" {
			w.Header().Set("Proxy-Authenticate", "Basic realm=\\"egress\\"")
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusProxyAuthRequired)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank",
				"title": "Proxy Authentication Required", "status": 407,
				"detail": "Authenticate to the egress proxy first."})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The origin never received the request, so it is safe to resend after authenticating to the proxy, whatever the method.',
      'Proxy-Authenticate tells it which scheme the proxy wants.',
    ],
    mustNotAssume: [
      'That origin credentials (Authorization) will satisfy the proxy.',
      'That the proxy is under the API provider\'s control: it is usually the client\'s own network.',
    ],
  },
  related: [
    { code: 401, difference: 'The origin wants credentials, via WWW-Authenticate and Authorization.' },
    { code: 511, difference: 'A captive portal intercepts the request and wants the user to log in to the network via a web page.' },
    { code: 403, difference: 'A proxy or server refuses regardless of credentials (e.g. a blocked domain on the egress proxy).' },
  ],
  faq: [
    {
      question: 'My HTTPS request fails with "tunnel failed, 407". Why?',
      answer: 'For HTTPS the client first sends CONNECT to the proxy; the proxy answered 407 to the CONNECT. Configure proxy credentials (e.g. in HTTPS_PROXY as http://user:pass@host:port) or use a proxy agent that supports the challenged scheme.',
    },
    {
      question: 'Can an origin server ever send 407?',
      answer: 'It should not. 407 belongs to proxies the client was configured to use; an application behind a reverse proxy is still the origin for the client and uses 401 with WWW-Authenticate.',
    },
  ],
  references: ['RFC 9110 §15.5.8', 'RFC 9110 §11.7.1', 'RFC 9110 §11.7.2', 'RFC 9110 §9.3.6'],
}
