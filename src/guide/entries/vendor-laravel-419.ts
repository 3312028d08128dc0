import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for Laravel 419 (Page Expired): the CSRF token of a state-changing request is
 * missing or does not match the session.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(419).vendor // 'laravel'
 * ```
 */
export const vendorLaravel419: GuideEntry = {
  code: 419,
  vendor: 'laravel',
  summary: 'Laravel rejected a POST, PUT, PATCH or DELETE because its CSRF token is missing or no longer matches the session (often the session expired).',
  meaning:
    'Laravel-specific: the VerifyCsrfToken middleware throws TokenMismatchException, which Laravel\'s exception handler turns into an HttpException with status 419 and the page "Page Expired". The token lives in the session, so an expired session, a rotated session (login/logout in another tab), a cached form, or a missing X-CSRF-TOKEN / X-XSRF-TOKEN header all produce it. 419 is unassigned in the IANA registry; generic clients treat it as 400. Other frameworks answer the same failure with 403 (Django, Spring Security) or 422 (Rails).',
  guarantees: [
    'The state-changing request was not executed.',
    'Reloading the form (or fetching a fresh CSRF cookie) and resubmitting can succeed.',
  ],
  doesNotGuarantee: [
    'That the session is still valid: the user may also need to sign in again.',
    'That the user\'s form input survived: Laravel\'s default page does not keep it.',
  ],
  whenToUse: [
    'Interpreting 419s from a Laravel app: a form posted after the session lifetime (SESSION_LIFETIME, 120 minutes by default) expired.',
    'SPA clients of Laravel Sanctum: on 419, GET /sanctum/csrf-cookie for a fresh XSRF-TOKEN cookie, then repeat the request once.',
    'Debugging mass 419s after deploying: changed APP_KEY, session driver, cookie domain, or SameSite settings invalidated sessions.',
  ],
  whenNotToUse: [
    {
      misuse: 'Copying 419 into a non-Laravel API for CSRF or expired-session failures',
      consequence: 'Generic clients treat it as 400; libraries that refresh tokens on 401 or show permission errors on 403 do nothing useful.',
      instead: '403 Forbidden with a problem type such as /probs/csrf-token-mismatch (or 401 if the session itself expired)',
    },
    {
      misuse: 'Disabling CSRF verification to make 419s go away',
      consequence: 'Cookie-authenticated endpoints become vulnerable to cross-site request forgery.',
      instead: 'Send the token (X-XSRF-TOKEN from the XSRF-TOKEN cookie, or @csrf in forms) and handle expiry',
    },
  ],
  criticalHeaders: [
    {
      name: 'X-XSRF-TOKEN',
      why: 'Laravel reads the encrypted token from this header (axios copies it from the XSRF-TOKEN cookie automatically); X-CSRF-TOKEN takes the plain token from a meta tag.',
      ifMissing: 'AJAX requests without the header fail with 419 even when the session is fine.',
    },
    {
      name: 'Cookie',
      why: 'The session cookie (laravel_session) and XSRF-TOKEN must both be sent; SameSite, domain or secure-flag mistakes drop them.',
      ifMissing: 'The server sees a new, empty session, so every token mismatches.',
    },
  ],
  toolInterpretation: {
    browsers: 'Users see Laravel\'s "419 Page Expired" page after submitting an old form; going back and reloading the page fixes it.',
    apiClients: 'Treated as an unknown 4xx (400). axios sends X-XSRF-TOKEN automatically for same-origin requests; fetch() does not.',
    crawlers: 'Not applicable: crawlers do not submit forms.',
    uptimeMonitors: 'Synthetic form submissions that reuse a recorded token fail with 419; the script must load the form first.',
    cdns: 'A CDN caching HTML forms serves stale CSRF tokens to many users, causing 419 on submit; do not cache pages with @csrf.',
  },
  inspectorSignals: [
    'A 419 on a state-changing method from an app with laravel_session or XSRF-TOKEN cookies.',
    'Whether the request carried X-XSRF-TOKEN or X-CSRF-TOKEN and the session cookie.',
  ],
  correctnessWarnings: [
    '419 is not registered (IANA lists 419 as unassigned); non-Laravel services should use 403.',
    'Cached HTML containing CSRF tokens causes 419 for everyone who receives the cached copy.',
  ],
  debugging: [
    'In devtools, check the failing request: does it carry laravel_session, XSRF-TOKEN and the X-XSRF-TOKEN header?',
    'Compare the time since the form was loaded with SESSION_LIFETIME.',
    'Check SESSION_DOMAIN, SANCTUM_STATEFUL_DOMAINS, SameSite and secure cookie settings for the SPA\'s origin.',
    'Look for a CDN or full-page cache serving the form, and for APP_KEY or session-driver changes in the last deploy.',
  ],
  frameworks: {
    express: `import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// The standard equivalent of Laravel's 419: 403 with a specific problem type.
const app = express()
app.post('/profile', express.urlencoded({ extended: false }), (req, res) => {
  const session = req.get('x-session-csrf') // stand-in for the session's stored token
  if (session === undefined || req.get('x-csrf-token') !== session) {
    throw forbidden('The form expired or was opened in another session; reload it and submit again.', {
      type: 'https://example.com/probs/csrf-token-mismatch',
    })
  }
  res.redirect(303, '/profile')
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// A BFF calling a Laravel (Sanctum) API: on 419, refresh the CSRF cookie and repeat once.
const app = Fastify()
await app.register(problemPlugin)
app.post('/proxy/orders', async (req) => {
  const call = (xsrf: string) => fetch('https://shop.example.com/api/orders', {
    method: 'POST', body: JSON.stringify(req.body),
    headers: { 'content-type': 'application/json', 'x-xsrf-token': xsrf, cookie: req.headers.cookie ?? '' },
  })
  let r = await call(String(req.headers['x-xsrf-token'] ?? ''))
  if (r.status === 419) {
    const fresh = await fetch('https://shop.example.com/sanctum/csrf-cookie', { headers: { cookie: req.headers.cookie ?? '' } })
    r = await call(decodeURIComponent(/XSRF-TOKEN=([^;]+)/.exec(fresh.headers.get('set-cookie') ?? '')?.[1] ?? ''))
  }
  return { status: r.status }
})`,
    django: `# Django's equivalent failure is 403; make it problem+json via CSRF_FAILURE_VIEW.
from django.http import JsonResponse

def csrf_failure(request, reason=""):  # settings.CSRF_FAILURE_VIEW = "app.views.csrf_failure"
    return JsonResponse({"type": "https://example.com/probs/csrf-token-mismatch", "title": "Forbidden",
                         "status": 403, "detail": "Reload the page and submit the form again."},
                        status=403, content_type="application/problem+json")`,
    spring: `// Spring Security's CSRF failure is 403 (AccessDeniedHandler); give it a problem body.
http.exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
    res.setStatus(403);
    res.setContentType("application/problem+json");
    String type = ex instanceof CsrfException ? "https://example.com/probs/csrf-token-mismatch" : "about:blank";
    res.getWriter().write("{\\"type\\":\\"" + type + "\\",\\"title\\":\\"Forbidden\\",\\"status\\":403}");
}));`,
    fastapi: `# Client of a Laravel app (session + CSRF), e.g. in an integration test.
import httpx
from urllib.parse import unquote

def post_with_csrf(client: httpx.Client, path: str, data: dict):
    r = client.post(path, json=data, headers={"X-XSRF-TOKEN": unquote(client.cookies.get("XSRF-TOKEN", ""))})
    if r.status_code == 419:  # Page Expired: refresh the token and retry once
        client.get("/sanctum/csrf-cookie")
        r = client.post(path, json=data, headers={"X-XSRF-TOKEN": unquote(client.cookies["XSRF-TOKEN"])})
    return r`,
    go: `// Go client of a Laravel SPA API: the jar keeps laravel_session and XSRF-TOKEN.
jar, _ := cookiejar.New(nil)
client := &http.Client{Jar: jar}
client.Get(base + "/sanctum/csrf-cookie")
var xsrf string
for _, c := range jar.Cookies(baseURL) {
	if c.Name == "XSRF-TOKEN" {
		xsrf, _ = url.QueryUnescape(c.Value)
	}
}
req, _ := http.NewRequest(http.MethodPost, base+"/api/orders", body)
req.Header.Set("X-XSRF-TOKEN", xsrf) // without it Laravel answers 419
resp, err := client.Do(req)`,
  },
  clientContract: {
    canAssume: [
      'The write was not executed; fetching a fresh token (reload the form or GET /sanctum/csrf-cookie) and repeating once is safe.',
      'The session-bound CSRF check failed, not the data in the request.',
    ],
    mustNotAssume: [
      'That a fresh token is enough when the session itself expired: the user may need to log in.',
      'That non-Laravel services use 419 the same way (http-status-codes even names 419 "Insufficient Space on Resource").',
    ],
  },
  related: [
    { code: 403, difference: 'The standard code other frameworks use for a failed CSRF check.' },
    { code: 401, difference: 'The session or credentials are gone; the user must authenticate again.' },
    { code: 440, difference: 'IIS/OWA Login Time-out: also an expired session, but reported for any request, not a CSRF check.' },
  ],
  faq: [
    {
      question: 'Why do I get 419 on every request from my SPA?',
      answer: 'The session cookie is not being kept or sent: check SESSION_DOMAIN, SANCTUM_STATEFUL_DOMAINS, CORS supports_credentials, fetch\'s credentials: "include", and that you call /sanctum/csrf-cookie before the first write.',
    },
    {
      question: 'Should I raise SESSION_LIFETIME to stop 419s?',
      answer: 'Only if sessions genuinely need to last longer. Handle 419 by refreshing the token (or reloading the form while keeping the input), and never cache pages that contain CSRF tokens.',
    },
  ],
  references: ['Laravel Foundation/Exceptions/Handler.php (TokenMismatchException -> 419)', 'Laravel docs: CSRF Protection', 'RFC 9110 §15.5.4'],
}
