import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 426 Upgrade Required (RFC 9110 §15.5.22).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(426).criticalHeaders
 * ```
 */
export const status426: GuideEntry = {
  code: 426,
  summary: 'The server refuses the request over the current protocol and names, in Upgrade, the protocol it requires.',
  meaning:
    'RFC 9110 §15.5.22: the server refuses to perform the request using the current protocol but might be willing to ' +
    'do so after the client upgrades to a different protocol. The server MUST send an Upgrade header field listing ' +
    'the required protocol(s) (RFC 9110 §7.8). The client switches protocol, for example by sending the request ' +
    'again with Upgrade and Connection: Upgrade, and resends.',
  guarantees: [
    'The request was not processed over the current protocol.',
    'The Upgrade header names the protocol(s) the server will accept.',
  ],
  doesNotGuarantee: [
    'That the client supports the listed protocol.',
    'That an upgrade is possible on this connection: HTTP/2 and HTTP/3 have no Upgrade mechanism.',
  ],
  whenToUse: [
    'A WebSocket-only endpoint receives a plain HTTP/1.1 GET without Upgrade: websocket.',
    'A service that requires a newer application protocol version (Upgrade: myproto/2) receives an old-version request.',
    'An endpoint requires TLS upgrade on the same connection (RFC 2817 style, Upgrade: TLS/1.2).',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 426 without an Upgrade header',
      consequence: 'Violates the MUST in RFC 9110 §15.5.22; clients cannot know what to switch to.',
      instead: '426 with Upgrade (and Connection: Upgrade)',
    },
    {
      misuse: 'Using 426 to force HTTPS on a plain-HTTP website',
      consequence: 'Browsers do not upgrade to TLS from a 426; users see an error page.',
      instead: '301/308 redirect to https:// and HSTS',
    },
    {
      misuse: 'Using 426 to demand a newer client app or API version',
      consequence: 'Upgrade is about HTTP-level protocols; clients look for an Upgrade header that makes no sense.',
      instead: '400 or 403 with a problem type such as client-too-old, or 410 for a retired API version',
    },
  ],
  criticalHeaders: [
    {
      name: 'Upgrade',
      why: 'MUST list the protocol(s) required, e.g. Upgrade: websocket (RFC 9110 §15.5.22).',
      ifMissing: 'The response is non-compliant and the client has no protocol to switch to.',
    },
    {
      name: 'Connection',
      why: 'Connection: Upgrade marks Upgrade as hop-by-hop so intermediaries handle it correctly (RFC 9110 §7.6.1).',
      ifMissing: 'Some intermediaries forward or drop Upgrade inconsistently.',
    },
    {
      name: 'Content-Type',
      why: 'A problem+json body explains which protocol is needed for humans reading logs.',
      ifMissing: 'Debugging relies on the Upgrade header alone.',
    },
  ],
  toolInterpretation: {
    browsers: 'Do not upgrade automatically from a 426; they display the body.',
    apiClients: 'ky, got and undici surface it without retrying (octokit retries, uselessly); WebSocket libraries use their own handshake and rarely see it.',
    crawlers: 'Treated as an error; the URL is not indexed.',
    uptimeMonitors: 'A monitor hitting a WebSocket endpoint with plain GET sees 426; point it at a health URL.',
    cdns: 'Passed through; some CDNs need WebSocket support switched on before the upgrade can succeed.',
  },
  inspectorSignals: [
    'Upgrade header present (required)',
    'Connection: Upgrade present',
    'HTTP version of the exchange (426 over HTTP/2 cannot be resolved by Upgrade)',
  ],
  correctnessWarnings: [
    '426 without Upgrade violates RFC 9110 §15.5.22 (status-facts §5.3).',
    'Over HTTP/2 and HTTP/3 the Upgrade mechanism does not exist; WebSockets there use extended CONNECT (RFC 8441/9220).',
  ],
  debugging: [
    'curl -i the URL and read the Upgrade header to see which protocol the server requires.',
    'For WebSockets, check the client sends Connection: Upgrade and Upgrade: websocket with Sec-WebSocket-Key.',
    'Check that every proxy in the path supports and forwards the upgrade (nginx needs proxy_set_header Upgrade/Connection).',
    'If the client negotiated HTTP/2, force HTTP/1.1 for the upgrade or use RFC 8441 extended CONNECT.',
  ],
  frameworks: {
    express: `import express from 'express'
import { upgradeRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/live', (req, _res) => {
  if (req.get('upgrade')?.toLowerCase() !== 'websocket') {
    throw upgradeRequired('This endpoint only speaks WebSocket.', { upgrade: 'websocket', headers: { connection: 'Upgrade' } })
  }
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { upgradeRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/live', async (req) => {
  if (req.headers.upgrade?.toLowerCase() !== 'websocket') {
    throw upgradeRequired('This endpoint only speaks WebSocket.', { upgrade: 'websocket', headers: { connection: 'Upgrade' } })
  }
  return null
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class LiveView(APIView):
    def get(self, request):
        return Response({"type": "about:blank", "title": "Upgrade Required", "status": 426,
                         "detail": "This endpoint only speaks WebSocket."},
                        status=426, content_type="application/problem+json",
                        headers={"Upgrade": "websocket", "Connection": "Upgrade"})`,
    spring: `@GetMapping("/live")
ResponseEntity<ProblemDetail> live() {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UPGRADE_REQUIRED,
        "This endpoint only speaks WebSocket.");
    return ResponseEntity.status(HttpStatus.UPGRADE_REQUIRED)
        .header(HttpHeaders.UPGRADE, "websocket")
        .header(HttpHeaders.CONNECTION, "Upgrade")
        .body(pd);
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/live")
def live():
    return JSONResponse({"type": "about:blank", "title": "Upgrade Required", "status": 426,
                         "detail": "This endpoint only speaks WebSocket."},
                        status_code=426, media_type="application/problem+json",
                        headers={"Upgrade": "websocket", "Connection": "Upgrade"})`,
    go: `func live(w http.ResponseWriter, r *http.Request) {
	if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		w.Header().Set("Upgrade", "websocket")
		w.Header().Set("Connection", "Upgrade")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUpgradeRequired)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Upgrade Required",
			"status": 426, "detail": "This endpoint only speaks WebSocket."})
		return
	}
	serveWebSocket(w, r)
}`,
  },
  clientContract: {
    canAssume: [
      'The Upgrade header lists a protocol that the server accepts for this resource.',
      'Nothing was processed over the current protocol.',
    ],
    mustNotAssume: [
      'That retrying over the same protocol can succeed.',
      'That any intermediary on the path supports the upgrade.',
    ],
  },
  related: [
    { code: 101, difference: '101 Switching Protocols accepts an upgrade the client asked for; 426 demands one the client did not ask for.' },
    { code: 505, difference: '505 rejects the HTTP major version itself; 426 asks for a different protocol via Upgrade.' },
    { code: 308, difference: '308 to an https:// URL is how to move clients to TLS; 426 is not.' },
  ],
  faq: [
    {
      question: 'Can I use 426 to force HTTPS?',
      answer: 'Not for browsers: they do not act on it. Redirect to https:// with 301/308 and send Strict-Transport-Security.',
    },
  ],
  references: ['RFC 9110 §15.5.22', 'RFC 9110 §7.8', 'RFC 6455 §4', 'RFC 8441 §4'],
}
