import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 401 Unauthorized: valid authentication credentials are missing or were
 * rejected; the response MUST carry a WWW-Authenticate challenge.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(401).criticalHeaders.map((h) => h.name) // includes 'WWW-Authenticate'
 * ```
 */
export const status401: GuideEntry = {
  code: 401,
  summary: 'The request lacks valid authentication credentials; the WWW-Authenticate header says how to authenticate.',
  meaning:
    'RFC 9110 §15.5.2: the request has not been applied because it lacks valid authentication credentials for the target resource. The server MUST send a WWW-Authenticate header with at least one challenge. If the request included credentials, 401 means they were refused (expired, revoked, malformed). Despite the phrase "Unauthorized", it is about authentication (who you are), not authorization (what you may do).',
  guarantees: [
    'The request was not applied; nothing changed on the server.',
    'WWW-Authenticate lists at least one scheme (Basic, Bearer, ...) the client can use to authenticate.',
    'Sending valid credentials for a listed scheme may change the outcome.',
  ],
  doesNotGuarantee: [
    'That new credentials will be enough: the account may still lack permission (then 403 follows).',
    'Why the token was refused, unless the Bearer challenge carries error="invalid_token" and an error_description (RFC 6750 §3).',
    'That the resource exists: servers often answer 401 before looking it up.',
  ],
  whenToUse: [
    'No Authorization header (or session cookie) on an endpoint that requires one.',
    'A bearer token that is expired, revoked or has a bad signature: WWW-Authenticate: Bearer error="invalid_token" (RFC 6750 §3).',
    'Basic credentials with a wrong password; include realm so the browser can prompt again.',
    'An API key header that does not match any key, when the API declares a challenge scheme for it.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 401 to an authenticated user who lacks permission or scope',
      consequence: 'Clients refresh the token or log the user out and loop; the real problem (missing role) is never shown.',
      instead: '403 Forbidden (Bearer: error="insufficient_scope", RFC 6750 §3.1)',
    },
    {
      misuse: 'Sending 401 without a WWW-Authenticate header',
      consequence: 'Violates a MUST; clients and proxies cannot tell which scheme to use, and some HTTP stacks treat it as a malformed response.',
      instead: '401 with a challenge, or 403 if no challenge scheme applies',
    },
    {
      misuse: 'Answering a cookie-session web page with 401 instead of redirecting to the login page',
      consequence: 'Browsers show a native Basic auth dialog (if the challenge is Basic) or a bare error page.',
      instead: '303 See Other to the login page for HTML navigation; 401 for API calls',
    },
  ],
  criticalHeaders: [
    {
      name: 'WWW-Authenticate',
      why: 'Required by RFC 9110 §15.5.2: names the auth scheme(s) and parameters (realm, error, scope) the client must use.',
      ifMissing: 'The response violates the spec; clients cannot pick a scheme and libraries may refuse to retry with credentials.',
    },
    {
      name: 'Content-Type',
      why: 'application/problem+json with a detail (expired versus missing token) for API clients.',
      ifMissing: 'Clients only see the status and cannot tell "log in" from "refresh the token".',
    },
    {
      name: 'Cache-Control',
      why: 'no-store: the answer depends on the credentials of this request.',
      ifMissing: 'A shared cache configured to store errors could serve the 401 to authenticated users.',
    },
    {
      name: 'Vary',
      why: 'Vary: Authorization (or Cookie) on cacheable responses of the same URL, so caches key on credentials.',
      ifMissing: 'A cached 200 may be served to an anonymous client, or a 401 to a logged-in one.',
    },
  ],
  toolInterpretation: {
    browsers: 'With a Basic or Digest challenge the browser shows its login dialog and resends with Authorization. With Bearer it just exposes the status to script; fetch() does not prompt.',
    apiClients: 'Not retried by generic clients. OAuth-aware SDKs refresh the access token once and replay the request; a second 401 is surfaced.',
    crawlers: 'Crawlers do not authenticate; 401 pages are excluded from the index and the URL is treated as private.',
    uptimeMonitors: 'A 401 on a public health check means the check lost its credentials or auth middleware guards too much; monitors should send credentials or hit an unauthenticated probe.',
    cdns: 'Passed through, normally not cached. CDN edge auth (signed URLs, Access) may produce its own 401 or 403 before the origin is reached.',
  },
  inspectorSignals: [
    'Presence and syntax of WWW-Authenticate (scheme, realm, Bearer error parameters).',
    'Whether the request carried Authorization: refused credentials versus missing ones.',
    'Cache-Control and Vary on authentication-dependent responses.',
  ],
  correctnessWarnings: [
    '401 without WWW-Authenticate violates RFC 9110 §15.5.2 (MUST).',
    'Insufficient OAuth scope is 403 with error="insufficient_scope", not 401 (RFC 6750 §3.1).',
    'Do not include whether the user name exists in the detail; it enables account enumeration.',
  ],
  debugging: [
    'Run curl -i and read WWW-Authenticate: the scheme, realm and error="..." tell you what the server expects.',
    'Check that the Authorization header is actually sent (curl -v; proxies and redirects across origins drop it).',
    'Decode the JWT (header and payload) and compare exp, aud and iss with the server configuration and clock.',
    'Try the same call with a fresh token or key; if that works, fix the refresh logic.',
    'In server logs, find which auth middleware rejected the request and why (signature, expiry, unknown key id).',
  ],
  frameworks: {
    express: `import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use((req, _res, next) => {
  if (req.get('authorization') === undefined) {
    throw unauthorized('A bearer token is required.', { wwwAuthenticate: 'Bearer realm="api"' })
  }
  next()
})
app.get('/me', (_req, res) => { res.json({ id: 1 }) })
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.headers.authorization !== 'Bearer demo-token') {
    throw unauthorized('The access token is missing, expired or revoked.', {
      wwwAuthenticate: 'Bearer realm="api", error="invalid_token"',
    })
  }
})
app.get('/me', async () => ({ id: 1 }))`,
    django: `from rest_framework.views import exception_handler

# DRF sends WWW-Authenticate only if the first authentication class defines
# authenticate_header(); otherwise it downgrades 401 to 403.
def problem_handler(exc, context):
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 401:
        response.data = {"type": "about:blank", "title": "Unauthorized", "status": 401,
                         "detail": str(exc.detail)}
        response.content_type = "application/problem+json"
    return response  # keeps the WWW-Authenticate header DRF set`,
    spring: `@RestControllerAdvice
class AuthAdvice {
    @ExceptionHandler(InvalidTokenException.class)
    ResponseEntity<ProblemDetail> onInvalidToken(InvalidTokenException ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
            "The access token has expired.");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\", error=\\"invalid_token\\"")
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}`,
    fastapi: `from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/me")
def me(authorization: str | None = Header(default=None)):
    if authorization is None:
        return JSONResponse(status_code=401, media_type="application/problem+json",
            headers={"WWW-Authenticate": 'Bearer realm="api"'},
            content={"type": "about:blank", "title": "Unauthorized", "status": 401,
                     "detail": "A bearer token is required."})
    return {"id": 1}`,
    go: `func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !validToken(r.Header.Get("Authorization")) {
			w.Header().Set("WWW-Authenticate", "Bearer realm=\\"api\\", error=\\"invalid_token\\"")
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusUnauthorized)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Unauthorized",
				"status": 401, "detail": "The access token is missing or invalid."})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The request had no effect; it can be replayed once after obtaining or refreshing credentials.',
      'WWW-Authenticate tells it which scheme and realm to authenticate against.',
    ],
    mustNotAssume: [
      'That replaying with the same credentials will work: refresh or re-login first, and refresh at most once.',
      'That 401 says anything about permissions or about whether the resource exists.',
    ],
  },
  related: [
    { code: 403, difference: 'The server knows who the caller is (or needs no identity) and refuses anyway; new credentials of the same user do not help.' },
    { code: 407, difference: 'The same challenge mechanism, but a proxy demands credentials, with Proxy-Authenticate and Proxy-Authorization.' },
    { code: 511, difference: 'A captive portal (network access), not the origin, wants the user to log in.' },
    { code: 404, difference: 'Some APIs hide protected resources from anonymous callers with 404 instead of 401.' },
  ],
  faq: [
    {
      question: 'My API uses API keys in a custom header. Do I still need WWW-Authenticate?',
      answer:
        'Yes, a 401 must carry a challenge. Use a scheme that describes your key (e.g. WWW-Authenticate: ApiKey realm="api", header="X-Api-Key"), or send 403 if you do not want a challenge.',
    },
    {
      question: 'Should an expired token be 401 or 403?',
      answer: '401 with Bearer error="invalid_token": the credentials are refused and a fresh token will fix it. 403 is for a valid token without the needed scope.',
    },
  ],
  references: ['RFC 9110 §15.5.2', 'RFC 9110 §11.6.1', 'RFC 9110 §11.6.2', 'RFC 6750 §3', 'RFC 7617 §2'],
}
