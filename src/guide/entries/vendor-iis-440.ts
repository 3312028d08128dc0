import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for Microsoft IIS / Exchange 440 (Login Time-out): the user's forms-based session
 * (typically Outlook Web App) expired and they must sign in again.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(440).vendor // 'iis'
 * ```
 */
export const vendorIis440: GuideEntry = {
  code: 440,
  vendor: 'iis',
  summary: 'IIS (Exchange Outlook Web App) says the client\'s login session timed out; the user has to sign in again.',
  meaning:
    'Microsoft-specific: IIS-hosted Exchange Outlook Web App (OWA) and related forms-based authentication answer 440 "Login Time-out" when the session cookie has expired or is no longer valid (Microsoft KB 941201). Browsers handle it through OWA\'s own scripts, which redirect to the sign-in page. It is not a registered status: generic clients map it to 400. Your own application should use 401 (with WWW-Authenticate) for API calls, or a redirect to the login page for browser navigation.',
  guarantees: [
    'The request was not performed because the session is no longer valid.',
    'Signing in again (a new session cookie) lets the user continue.',
  ],
  doesNotGuarantee: [
    'Any WWW-Authenticate challenge or machine-readable body.',
    'That the user\'s unsaved work (a draft being sent) was kept.',
  ],
  whenToUse: [
    'Interpreting 440s from Exchange OWA or ECP in IIS logs: sessions expiring, often after changing the forms-based authentication timeout.',
    'Client or proxy code that talks to OWA: on 440, send the user to the sign-in page rather than showing an error.',
    'Investigating users logged out repeatedly: load balancers without session affinity or cookie clock issues cause bursts of 440.',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 440 from a new API when a session or token expired',
      consequence: 'Generic clients treat it as 400; token-refresh logic listening for 401 never runs.',
      instead: '401 Unauthorized with WWW-Authenticate (e.g. Bearer error="invalid_token")',
    },
    {
      misuse: 'Answering a browser navigation with 440 and an empty body',
      consequence: 'Users see a bare error instead of the sign-in page.',
      instead: '303 See Other to the login page, preserving the return URL',
    },
  ],
  criticalHeaders: [
    {
      name: 'Set-Cookie',
      why: 'Clearing the stale session cookie avoids a loop of 440s once the user signs in elsewhere.',
      ifMissing: 'The browser keeps sending the expired cookie.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store: the answer depends on the session cookie.',
      ifMissing: 'An intermediary could serve the 440 to a signed-in user.',
    },
  ],
  toolInterpretation: {
    browsers: 'OWA\'s JavaScript catches 440 and redirects to the sign-in page; a plain navigation shows a generic error if no script handles it.',
    apiClients: 'Treated as an unknown 4xx (400); no automatic re-authentication.',
    crawlers: 'Not applicable: OWA pages are behind sign-in.',
    uptimeMonitors: 'Synthetic OWA logins that reuse an old cookie get 440; monitors must perform a fresh sign-in each run.',
    cdns: 'Passed through; reverse proxies publishing OWA (e.g. Azure AD Application Proxy) may translate it into their own sign-in redirect.',
  },
  inspectorSignals: [
    'A 440 from a host with Server: Microsoft-IIS and /owa/ or /ecp/ paths.',
    'The session cookie sent with the request and its age.',
  ],
  correctnessWarnings: [
    '440 is not a registered HTTP status (status-facts §3); do not copy it into new services.',
    'A 440 carries no challenge, so standard HTTP auth handling cannot recover from it.',
  ],
  debugging: [
    'Check the IIS log for the user\'s requests: 440 follows the point where the session expired.',
    'Compare the forms-based authentication (OWA) session timeout with how long users are idle.',
    'Check load balancer affinity and that all Exchange servers share the same authentication configuration.',
    'Clear the browser\'s cookies for the OWA host and sign in again to confirm it is a session problem.',
  ],
  frameworks: {
    express: `import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Your own app: an expired session is 401 for API calls, never 440.
const app = express()
app.use('/api', (req, _res, next) => {
  if (!(req.get('cookie') ?? '').includes('session=')) {
    throw unauthorized('Your session expired; sign in again.', { wwwAuthenticate: 'Session realm="app"' })
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A gateway in front of an IIS app: translate its 440 into a standard 401.
const app = Fastify()
await app.register(problemPlugin)
app.get('/mail/inbox', async (req) => {
  const r = await fetch('https://owa.example.com/owa/service.svc', { headers: { cookie: req.headers.cookie ?? '' } })
  if (r.status === 440) throw unauthorized('The mail session timed out; sign in again.', { wwwAuthenticate: 'Session realm="mail"' })
  return r.json()
})`,
    django: `# Django: an expired session on an API call -> 401 problem; on a page -> redirect to login.
from django.http import JsonResponse
from django.shortcuts import redirect

def session_expired(request):
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"type": "about:blank", "title": "Unauthorized", "status": 401,
                             "detail": "Your session expired; sign in again."}, status=401,
                            content_type="application/problem+json",
                            headers={"WWW-Authenticate": 'Session realm="app"'})
    return redirect(f"/login?next={request.path}")`,
    spring: `// Spring Security: expired sessions go to the login page for browsers, 401 for APIs.
http.sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
        (req, res, ex) -> {
            res.setStatus(401);
            res.setHeader("WWW-Authenticate", "Session realm=\\"app\\"");
            res.setContentType("application/problem+json");
            res.getWriter().write("{\\"type\\":\\"about:blank\\",\\"title\\":\\"Unauthorized\\",\\"status\\":401}");
        },
        new AntPathRequestMatcher("/api/**")));`,
    fastapi: `# Client of an IIS/OWA endpoint: treat 440 as "sign in again".
import httpx

def get_inbox(client: httpx.Client):
    r = client.get("https://owa.example.com/owa/service.svc")
    if r.status_code == 440:
        client.cookies.clear()
        raise PermissionError("OWA session timed out (440): sign in again")
    r.raise_for_status()
    return r.json()`,
    go: `resp, err := client.Get("https://owa.example.com/owa/")
if err != nil {
	return err
}
defer resp.Body.Close()
if resp.StatusCode == 440 { // IIS Login Time-out: the session cookie expired
	jar.SetCookies(owaURL, nil)
	return errSignInAgain
}`,
  },
  clientContract: {
    canAssume: [
      'The session must be renewed by signing in; the request was not performed.',
      'The sign-in page of the same IIS/Exchange application is the way back.',
    ],
    mustNotAssume: [
      'That repeating the request with the same cookie works.',
      'That generic HTTP libraries understand 440; handle it explicitly.',
    ],
  },
  related: [
    { code: 401, difference: 'The standard status for missing or expired credentials, with a WWW-Authenticate challenge.' },
    { code: 419, difference: 'Laravel\'s Page Expired: a CSRF token (tied to the session) no longer matches.' },
    { code: 303, difference: 'The usual way to send a browser to a login page after its session expired.' },
  ],
  faq: [
    {
      question: 'Users get 440 in OWA every few minutes. What now?',
      answer: 'Check session affinity on the load balancer, identical authentication settings on all Exchange servers, and the OWA session timeout. Frequent 440s usually mean the session is not recognised on another server.',
    },
    {
      question: 'Is 440 the same as 401?',
      answer: 'In intent (sign in again) yes, in mechanics no: 440 has no WWW-Authenticate challenge and only Microsoft\'s own clients handle it. New services send 401 to APIs and redirect browsers to the login page.',
    },
  ],
  references: ['Microsoft KB 941201 (440 Login Timeout)', 'RFC 9110 §15.5.2', 'RFC 9110 §15'],
}
