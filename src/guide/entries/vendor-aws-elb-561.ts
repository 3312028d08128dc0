import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for AWS Application Load Balancer 561 Unauthorized (IdP authentication error).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(561, 'aws-elb').summary
 * ```
 */
export const vendorAwsElb561: GuideEntry = {
  code: 561,
  vendor: 'aws-elb',
  summary: 'An AWS Application Load Balancer listener rule tried to authenticate the user, and the identity provider returned an error.',
  meaning:
    'Not an IANA status: an AWS Application Load Balancer returns 561 when a listener rule with an authenticate-oidc ' +
    'or authenticate-cognito action is configured and the identity provider (IdP) returns an error code while the ' +
    'load balancer authenticates the user. The targets behind the load balancer never see the request. The access ' +
    'log entry\'s error_reason field records which step of the authentication flow failed.',
  guarantees: [
    'The load balancer generated the response; no target received the request.',
    'The failure happened in the OIDC exchange between the load balancer and the IdP.',
  ],
  doesNotGuarantee: [
    'That the user\'s credentials were wrong: the IdP may be misconfigured, down or rejecting the client.',
    'That signing in again will work before the configuration is fixed.',
  ],
  whenToUse: [
    'Only the AWS load balancer emits it: when the IdP answers the authorization-code exchange with an error.',
    'The ALB emits it when the client ID, secret or redirect URI registered at the IdP no longer match the listener rule.',
    'The ALB emits it when the IdP rejects the user or the requested scope during the OIDC flow.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 561 from an application that implements its own OIDC login when the IdP reports an error',
      consequence: 'Clients and monitors see an unknown 5xx; only AWS documentation explains the number.',
      instead: '403 Forbidden when the user was denied, 502 Bad Gateway or 503 when the IdP failed',
    },
    {
      misuse: 'Treating 561 like an expired-session 401 and redirecting to login in a loop',
      consequence: 'Each attempt hits the same IdP error; users loop between the ALB and the IdP.',
      instead: 'Show an error page and fix the listener rule or IdP configuration',
    },
  ],
  criticalHeaders: [
    {
      name: 'Set-Cookie (AWSELBAuthSessionCookie)',
      why: 'A successful ALB login sets this session cookie; its absence after the callback confirms the flow failed.',
      ifMissing: 'Every request restarts authentication.',
    },
    {
      name: 'x-amzn-oidc-data (to targets)',
      why: 'After successful authentication the ALB forwards the user claims to targets in this header; with 561 no target sees it.',
      ifMissing: 'Targets must not assume an authenticated user.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show the load balancer\'s plain error page after the IdP redirect round-trip.',
    apiClients: 'Handled as 500 (unknown 5xx). API clients should not use ALB browser authentication at all; use tokens.',
    crawlers: 'Crawlers cannot complete OIDC; protected paths return redirects or 561 and are not indexed.',
    uptimeMonitors: 'Probes of authenticated paths fail; monitor an unauthenticated health path instead.',
    cdns: 'A CDN in front of the ALB passes 561 through; it must not cache authentication responses.',
  },
  inspectorSignals: [
    'Server: awselb/2.0 (load-balancer-generated)',
    'request path /oauth2/idpresponse (the ALB callback)',
  ],
  correctnessWarnings: [
    'Applications must never emit 561; it is an AWS load-balancer code (status-facts §5.21).',
  ],
  debugging: [
    'Find the request in the ALB access log and read its error_reason field.',
    'Compare issuer, authorization, token and user-info endpoints, client ID and secret between the listener rule and the IdP.',
    'Check that the IdP lists https://<domain>/oauth2/idpresponse as an allowed redirect URI.',
    'Check that the load balancer can reach the IdP token and user-info endpoints (security groups, NACLs, routes).',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem, serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// In-app OIDC callback: map IdP errors (RFC 6749 §4.1.2.1) to registered codes, never to 561.
const app = express()
app.get('/auth/callback', (req, res) => {
  const error = typeof req.query.error === 'string' ? req.query.error : undefined
  if (error === 'access_denied') throw problem(403, 'Sign-in was denied at the identity provider.')
  if (error === 'temporarily_unavailable') throw serviceUnavailable('The identity provider is unavailable.', { retryAfter: 30 })
  if (error !== undefined) throw problem(502, 'The identity provider returned an error.')
  res.redirect(303, '/')
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem, serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// In-app OIDC callback: map IdP errors (RFC 6749 §4.1.2.1) to registered codes, never to 561.
const app = Fastify()
await app.register(problemPlugin)
app.get<{ Querystring: { error?: string } }>('/auth/callback', async (req, reply) => {
  const { error } = req.query
  if (error === 'access_denied') throw problem(403, 'Sign-in was denied at the identity provider.')
  if (error === 'temporarily_unavailable') throw serviceUnavailable('The identity provider is unavailable.', { retryAfter: 30 })
  if (error !== undefined) throw problem(502, 'The identity provider returned an error.')
  return reply.redirect('/', 303)
})`,
    django: `from django.http import HttpResponseRedirect, JsonResponse

# In-app OIDC callback: map IdP errors to registered codes, never to 561.
def auth_callback(request):
    error = request.GET.get("error")
    if error is None:
        return HttpResponseRedirect("/")
    status, detail = {"access_denied": (403, "Sign-in was denied at the identity provider."),
                      "temporarily_unavailable": (503, "The identity provider is unavailable.")}.get(
        error, (502, "The identity provider returned an error."))
    return JsonResponse({"type": "about:blank", "title": "Sign-in failed", "status": status, "detail": detail},
                        status=status, content_type="application/problem+json")`,
    spring: `// In-app OIDC callback: map IdP errors to registered codes, never to 561.
@GetMapping("/auth/callback")
ResponseEntity<?> callback(@RequestParam(required = false) String error) {
    if (error == null) return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/")).build();
    HttpStatus status = switch (error) {
        case "access_denied" -> HttpStatus.FORBIDDEN;
        case "temporarily_unavailable" -> HttpStatus.SERVICE_UNAVAILABLE;
        default -> HttpStatus.BAD_GATEWAY;
    };
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, "Sign-in failed: " + error));
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse, RedirectResponse

app = FastAPI()

# In-app OIDC callback: map IdP errors to registered codes, never to 561.
@app.get("/auth/callback")
def callback(error: str | None = None):
    if error is None:
        return RedirectResponse("/", status_code=303)
    status = {"access_denied": 403, "temporarily_unavailable": 503}.get(error, 502)
    return JSONResponse({"type": "about:blank", "title": "Sign-in failed", "status": status,
                         "detail": f"The identity provider returned {error}."},
                        status_code=status, media_type="application/problem+json")`,
    go: `// In-app OIDC callback: map IdP errors to registered codes, never to 561.
func callback(w http.ResponseWriter, r *http.Request) {
	errCode := r.URL.Query().Get("error")
	if errCode == "" { http.Redirect(w, r, "/", http.StatusSeeOther); return }
	status := map[string]int{"access_denied": 403, "temporarily_unavailable": 503}[errCode]
	if status == 0 { status = http.StatusBadGateway }
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Sign-in failed",
		"status": status, "detail": "The identity provider returned " + errCode + "."})
}`,
  },
  clientContract: {
    canAssume: [
      'No target application processed the request.',
      'The fault lies in the load balancer\'s OIDC configuration or the IdP.',
    ],
    mustNotAssume: [
      'That the user typed a wrong password.',
      'That repeating the login will succeed without a configuration change.',
    ],
  },
  related: [
    { code: 401, difference: '401 asks the client for credentials via WWW-Authenticate; 561 reports that the IdP failed the ALB\'s authentication attempt.' },
    { code: 502, difference: '502 is the registered code for an invalid answer from an upstream, which the IdP is here.' },
    { code: 403, difference: '403 is the registered code for a user who authenticated but is not allowed in.' },
  ],
  faq: [
    {
      question: 'Is 561 a client error despite being 5xx?',
      answer: 'It can be either: wrong IdP settings are the operator\'s fault, a denied user is not. The access log\'s error_reason tells which.',
    },
  ],
  references: ['AWS ALB troubleshooting: HTTP 561', 'AWS ALB user authentication (authenticate-oidc)', 'RFC 6749 §4.1.2.1', 'RFC 9110 §15'],
}
