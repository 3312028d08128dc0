import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 503 Service Unavailable (RFC 9110 §15.6.4).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(503).criticalHeaders
 * ```
 */
export const status503: GuideEntry = {
  code: 503,
  summary: 'The server cannot handle the request right now (overload or maintenance); it should recover after some delay.',
  meaning:
    'RFC 9110 §15.6.4: the server is currently unable to handle the request due to a temporary overload or scheduled ' +
    'maintenance, which will likely be alleviated after some delay. The server MAY send Retry-After to suggest how ' +
    'long to wait. A server is not required to use 503 when overloaded: it may also simply refuse the connection.',
  guarantees: [
    'The condition is expected to be temporary.',
    'With Retry-After, the server states when it expects to be back (RFC 9110 §10.2.3).',
    'A deliberate 503 (maintenance page, load shedding before work starts) means the request was not processed.',
  ],
  doesNotGuarantee: [
    'That the request was not partly processed when the 503 came from a proxy in front of a crashing backend.',
    'That the service will be back exactly at Retry-After.',
    'That the origin sent it: load balancers answer 503 when no healthy target exists.',
  ],
  whenToUse: [
    'Planned maintenance or a database migration window, with Retry-After set to the expected end.',
    'Load shedding: the server rejects work before starting it because queues or connection pools are full.',
    'A readiness check fails during startup or graceful shutdown, so the instance is out of rotation.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering 503 to one client that exceeded its own quota',
      consequence: 'Monitors report an outage for correct throttling; the client cannot tell it is the only one refused.',
      instead: '429 Too Many Requests',
    },
    {
      misuse: 'Using 503 for a feature that is switched off permanently or not implemented',
      consequence: 'Clients keep retrying something that will never come back.',
      instead: '501 Not Implemented, 404 Not Found or 410 Gone',
    },
    {
      misuse: 'Serving a maintenance page with 200 OK',
      consequence: 'Crawlers index the maintenance page and CDNs cache it as the real content.',
      instead: '503 with Retry-After and Cache-Control: no-store',
    },
    {
      misuse: 'Returning 503 from a gateway when the upstream timed out',
      consequence: 'Operators look for an overload on the gateway instead of a slow upstream.',
      instead: '504 Gateway Timeout',
    },
  ],
  criticalHeaders: [
    {
      name: 'Retry-After',
      why: 'Says how long the service is expected to be unavailable (RFC 9110 §10.2.3); clients and crawlers wait that long.',
      ifMissing: 'Clients retry on their own schedule, often all at once when the service comes back (thundering herd).',
    },
    {
      name: 'Cache-Control',
      why: 'no-store keeps CDNs from caching the outage response; a 503 with explicit freshness can be stored (RFC 9111 §3).',
      ifMissing: 'Inherited max-age values can keep users on the maintenance page after recovery.',
    },
    {
      name: 'Content-Type',
      why: 'application/problem+json for API clients, text/html for browsers; state whether the outage is planned.',
      ifMissing: 'Clients cannot show maintenance information and may sniff the body.',
    },
  ],
  toolInterpretation: {
    browsers: 'Render the body; no automatic retry. A Retry-After is not acted on by browsers.',
    apiClients:
      'Retried by ky, got, axios-retry, undici, AWS, Azure, gaxios and curl --retry. ky and got wait for Retry-After ' +
      '(got gives up beyond maxRetryAfter, ky clamps to it); Azure uses it as a throttling hint.',
    crawlers:
      'Google documents that 5xx and 429 slow crawling and that indexed URLs which keep failing are eventually dropped; ' +
      '503s lasting days can drop URLs. Retry-After is not guaranteed to be honoured.',
    uptimeMonitors: 'Counted as down; schedule maintenance windows in the monitor so planned 503s do not page.',
    cdns:
      'Many CDNs serve stale content on a 503 from the origin (stale-if-error, RFC 5861 §4; RFC 9111 §4.3.3 only lets a ' +
      'cache serve a stored response when validation gets a 5xx); some cache the 503 briefly when the origin sends freshness.',
  },
  inspectorSignals: [
    'Retry-After present and valid; how far in the future',
    'Cache-Control: no-store (or no freshness) on the 503',
    'problem+json body that does not expose stack traces or host names',
    'Server / Via headers showing whether a load balancer generated it',
  ],
  correctnessWarnings: [
    '503 without Retry-After gives clients no schedule to back off on (status-facts §5.18).',
    'Caching a maintenance 503 at the CDN keeps serving it after the service recovered.',
    'A permanent condition answered with 503 makes every client retry forever.',
  ],
  debugging: [
    'curl -i the URL and note Retry-After, Server and Via: is the 503 from the app, the load balancer or the CDN?',
    'Check the load balancer target health: "no healthy targets" produces 503 without touching the app.',
    'Check whether a maintenance flag or readiness probe is set; look at the deploy timeline.',
    'Look at saturation metrics (connection pool, queue depth, CPU) at the time of the 503s.',
    'Confirm clients back off with jitter and honour Retry-After instead of amplifying the overload.',
  ],
  frameworks: {
    express: `import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
let maintenanceUntil: Date | undefined = new Date(Date.now() + 15 * 60_000)
app.use((_req, _res, next) => {
  if (maintenanceUntil === undefined) return next()
  // expose: true sends this safe detail; 5xx details are hidden by default.
  throw serviceUnavailable('Scheduled database maintenance.', { retryAfter: maintenanceUntil, expose: true })
})
app.use(problemHandler())
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
const maxInFlight = 200
let inFlight = 0
app.addHook('onRequest', async () => {
  inFlight += 1 // every request is counted once and released once in onResponse
  if (inFlight > maxInFlight) throw serviceUnavailable('Server is shedding load.', { retryAfter: 5, expose: true })
})
app.addHook('onResponse', async () => { inFlight -= 1 })`,
    django: `from django.conf import settings
from rest_framework.response import Response
from rest_framework.views import APIView

class ReportView(APIView):
    def get(self, request):
        if settings.MAINTENANCE:
            return Response(
                {"type": "https://example.com/probs/maintenance", "title": "Service Unavailable",
                 "status": 503, "detail": "Scheduled database maintenance until 02:30 UTC."},
                status=503, content_type="application/problem+json",
                headers={"Retry-After": "900", "Cache-Control": "no-store"})
        return Response(build_report())`,
    spring: `@ExceptionHandler(MaintenanceException.class)
ResponseEntity<ProblemDetail> maintenance(MaintenanceException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "Scheduled database maintenance.");
    pd.setType(URI.create("https://example.com/probs/maintenance"));
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "900")
        .cacheControl(CacheControl.noStore())
        .body(pd);
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
MAINTENANCE = True

@app.middleware("http")
async def maintenance(request: Request, call_next):
    if MAINTENANCE:
        return JSONResponse(
            {"type": "https://example.com/probs/maintenance", "title": "Service Unavailable",
             "status": 503, "detail": "Scheduled database maintenance."},
            status_code=503, media_type="application/problem+json",
            headers={"Retry-After": "900", "Cache-Control": "no-store"})
    return await call_next(request)`,
    go: `func maintenance(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !inMaintenance.Load() { next.ServeHTTP(w, r); return }
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Retry-After", "900")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusServiceUnavailable)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/maintenance",
			"title": "Service Unavailable", "status": 503, "detail": "Scheduled database maintenance."})
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The failure is temporary; waiting is the right response.',
      'Retry-After, when sent, is the earliest sensible time to try again.',
    ],
    mustNotAssume: [
      'That a non-idempotent request was not applied, unless the server documents that its 503s come before processing.',
      'That retrying immediately helps: it adds load to a service that is already refusing work.',
      'That the origin application is the one that answered.',
    ],
  },
  related: [
    { code: 429, difference: '429 throttles one client for its own rate; 503 refuses everyone because the service cannot cope or is in maintenance.' },
    { code: 502, difference: '502 means a gateway got an invalid response from upstream; 503 means the service declares itself unavailable.' },
    { code: 504, difference: '504 is a gateway whose upstream did not answer in time; 503 is an explicit "not now".' },
    { code: 500, difference: '500 is an unexpected fault with no recovery time; 503 is a known, temporary condition.' },
  ],
  faq: [
    {
      question: 'How should a maintenance window be served?',
      answer:
        '503 with Retry-After set to the expected end (seconds or an HTTP-date), Cache-Control: no-store, and a body saying it is planned. Crawlers keep the page indexed.',
    },
    {
      question: 'Does a planned-maintenance 503 count against the SLO?',
      answer: 'Users were refused, so it usually counts; many SLO policies exclude announced windows explicitly.',
    },
    {
      question: 'Is it safe to retry a POST after 503?',
      answer:
        'Only if the server guarantees its 503 is sent before processing, or the request carries an Idempotency-Key the server honours.',
    },
  ],
  references: ['RFC 9110 §15.6.4', 'RFC 9110 §10.2.3', 'RFC 9111 §4.3.3', 'RFC 5861 §4'],
}
