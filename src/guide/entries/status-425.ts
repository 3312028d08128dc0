import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 425 Too Early (RFC 8470 §5.2).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(425).whenToUse
 * ```
 */
export const status425: GuideEntry = {
  code: 425,
  summary: 'The server will not process a request sent in TLS early data (0-RTT) because it could be replayed.',
  meaning:
    'RFC 8470 §5.2: the server is unwilling to risk processing a request that might be replayed. TLS 1.3 early data ' +
    '(0-RTT) can be captured and replayed by an attacker, so a server may refuse requests that are not safe to ' +
    'replay. A server SHOULD NOT emit 425 unless the request arrived in early data or carried Early-Data: 1 (added by ' +
    'an intermediary that received it in early data). The client then repeats the request after the handshake completes.',
  guarantees: [
    'The request was not processed.',
    'The same request sent after the TLS handshake completes (not in early data) will not be refused for this reason.',
    'A 425 is not cacheable by default (RFC 8470 §5.2).',
  ],
  doesNotGuarantee: [
    'That the request will succeed when resent; only the replay concern is removed.',
    'That the intermediary forwarding Early-Data: 1 will itself retry: a proxy may pass the 425 to the client.',
  ],
  whenToUse: [
    'A non-idempotent request (POST /payments) arrives in TLS 1.3 0-RTT data.',
    'A backend receives Early-Data: 1 from its CDN on a request that changes state.',
    'A GET with side effects (such as a one-time login link) arrives in early data.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 425 for requests that did not arrive in early data and lack Early-Data: 1',
      consequence: 'Violates RFC 8470 §5.2; clients retry forever because the condition can never clear.',
      instead: '400, 409 or 503, whichever describes the real problem',
    },
    {
      misuse: 'Refusing safe, idempotent GETs of static resources in early data',
      consequence: 'Throws away the 0-RTT latency gain for requests that are harmless to replay.',
      instead: 'Process them; reserve 425 for replay-sensitive requests',
    },
    {
      misuse: 'Using 425 to mean "this feature is not available yet"',
      consequence: 'Clients retry immediately in a loop expecting a handshake issue.',
      instead: '501 Not Implemented or 404 Not Found',
    },
  ],
  criticalHeaders: [
    {
      name: 'Early-Data',
      why: 'Early-Data: 1 on the request tells the origin that an intermediary received it in 0-RTT (RFC 8470 §5.1).',
      ifMissing: 'The origin cannot know about early data behind a TLS-terminating proxy and may process a replay.',
    },
    {
      name: 'Cache-Control',
      why: '425 is not cacheable by default; no-store keeps misconfigured caches from storing it.',
      ifMissing: 'Rarely a problem, but a cached 425 would block clients whose request was not early.',
    },
    {
      name: 'Content-Type',
      why: 'A problem+json body explains the refusal for logs; clients act on the status alone.',
      ifMissing: 'Only humans lose context.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers that send 0-RTT retry automatically after the handshake; users do not see 425.',
    apiClients:
      'Only clients that send early data can get it; a user agent SHOULD retry automatically, and the retry MUST NOT be sent in early data (RFC 8470 §5.2). octokit retries 425; most libraries do not send 0-RTT at all.',
    crawlers: 'Rarely relevant; crawlers seldom use 0-RTT.',
    uptimeMonitors: 'A monitor seeing 425 indicates a server emitting it outside early data.',
    cdns:
      'Cloudflare and other CDNs that accept 0-RTT add Early-Data: 1 when forwarding; they retry or pass on the origin\'s 425.',
  },
  inspectorSignals: [
    'request arrived in early data or carried Early-Data: 1',
    'method and side effects of the refused request',
    'no caching headers granting freshness',
  ],
  correctnessWarnings: [
    '425 for a request that was not in early data and had no Early-Data: 1 violates RFC 8470 §5.2 (status-facts §5.20).',
    'A TLS terminator that accepts 0-RTT but does not add Early-Data: 1 leaves the origin blind to replays.',
  ],
  debugging: [
    'Check whether the client or CDN uses TLS 1.3 0-RTT (session resumption with early data).',
    'Log the Early-Data request header at the origin to see which requests the edge received in 0-RTT.',
    'Confirm the client retries after the handshake; if it sees 425 repeatedly, the server emits it outside early data.',
    'Decide per route which requests are replay-safe; disable 0-RTT at the edge for the others if the origin cannot tell.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.post('/payments', (req, res) => {
  if (req.get('early-data') === '1') {
    throw problem(425, 'Payments are not accepted in TLS early data; resend after the handshake.')
  }
  res.status(201).json({ id: 'pay_123' })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.post('/payments', async (req, reply) => {
  if (req.headers['early-data'] === '1') {
    throw problem(425, 'Payments are not accepted in TLS early data; resend after the handshake.')
  }
  return reply.code(201).send({ id: 'pay_123' })
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class PaymentView(APIView):
    def post(self, request):
        if request.headers.get("Early-Data") == "1":
            return Response({"type": "about:blank", "title": "Too Early", "status": 425,
                             "detail": "Payments are not accepted in TLS early data."},
                            status=425, content_type="application/problem+json")
        return Response({"id": create_payment(request.data)}, status=201)`,
    spring: `@PostMapping("/payments")
ResponseEntity<?> pay(@RequestHeader(value = "Early-Data", required = false) String earlyData,
                      @RequestBody PaymentRequest body) {
    if ("1".equals(earlyData)) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(425),
            "Payments are not accepted in TLS early data.");
        return ResponseEntity.status(425).body(pd);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(payments.create(body));
}`,
    fastapi: `from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/payments", status_code=201)
def pay(body: PaymentRequest, early_data: str | None = Header(default=None)):
    if early_data == "1":
        return JSONResponse({"type": "about:blank", "title": "Too Early", "status": 425,
                             "detail": "Payments are not accepted in TLS early data."},
                            status_code=425, media_type="application/problem+json")
    return {"id": create_payment(body)}`,
    go: `func pay(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Early-Data") == "1" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusTooEarly)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Too Early",
			"status": 425, "detail": "Payments are not accepted in TLS early data."})
		return
	}
	w.WriteHeader(http.StatusCreated)
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed; resending it after the handshake is safe whatever the method.',
      'The refusal concerns transport timing only, not the request content.',
    ],
    mustNotAssume: [
      'That resending in early data again will work.',
      'That the resent request will succeed on its merits.',
    ],
  },
  related: [
    { code: 503, difference: '503 is a temporary inability to serve; 425 is a deliberate refusal of replayable early data only.' },
    { code: 421, difference: '421 asks for a different connection; 425 asks for the same request after the handshake completes.' },
    { code: 400, difference: '400 blames the request content; 425 blames only when it was sent.' },
  ],
  faq: [
    {
      question: 'My server has no 0-RTT; can it still get Early-Data: 1?',
      answer: 'Yes, when a CDN or load balancer in front accepted the request in early data and forwarded it with that header.',
    },
    {
      question: 'Does the client need to wait before retrying a 425?',
      answer: 'No delay is needed: it only has to wait for the TLS handshake to complete and resend outside early data.',
    },
  ],
  references: ['RFC 8470 §5.2', 'RFC 8470 §5.1', 'RFC 8446 §8', 'RFC 8470 §4'],
}
