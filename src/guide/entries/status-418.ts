import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 418 (Unused), reserved by RFC 9110 §15.5.19.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(418).correctnessWarnings
 * ```
 */
export const status418: GuideEntry = {
  code: 418,
  summary: 'Reserved and unused: a joke code from RFC 2324 that servers must not emit.',
  meaning:
    'RFC 9110 §15.5.19: 418 is reserved. RFC 2324 (HTCPCP, an April Fools\' protocol) defined "I\'m a teapot", and ' +
    'it "has been deployed as a joke often enough for the code to be unusable for any future use". The IANA ' +
    'registry lists it as "(Unused)"; it can be re-assigned only if the 4xx space runs out. It has no HTTP semantics, ' +
    'so a recipient treats it as a plain 400.',
  guarantees: [
    'A compliant client handles it as 400 Bad Request, the x00 of its class (RFC 9110 §15).',
    'Whoever sent it is not following a registered meaning: the real reason is only in the body, if anywhere.',
  ],
  doesNotGuarantee: [
    'Any particular cause: servers use it for bot blocking, easter eggs, or "go away" responses.',
    'That the request could succeed if changed, since the code carries no defined contract.',
  ],
  whenToUse: [
    'Never in an API or website response; the code is reserved (statuskit does not emit it by default).',
    'Only in tests that check a client falls back to 400 handling for a 4xx code it does not define.',
    'When reading logs of legacy services that return it, map each occurrence to the registered code it stands for.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 418 to block scrapers or unwanted bots',
      consequence: 'Clients and monitors see an undefined code; the block reason is invisible to tools.',
      instead: '403 Forbidden, or 429 Too Many Requests when the bot is only too fast',
    },
    {
      misuse: 'Returning 418 as an easter-egg or placeholder for "not implemented yet"',
      consequence: 'Generic clients treat it as 400 and tell users their request was malformed.',
      instead: '501 Not Implemented or 404 Not Found',
    },
    {
      misuse: 'Adding 418 to an API contract or OpenAPI document',
      consequence: 'Locks consumers into a reserved code that IANA may re-assign later.',
      instead: 'A registered code with a problem type that names the condition',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'If a legacy service still sends 418, a problem+json body is the only way to carry the real reason.',
      ifMissing: 'Clients have nothing but an undefined code to act on.',
    },
  ],
  toolInterpretation: {
    browsers: 'Shown like any 4xx error page; fetch() resolves with ok === false.',
    apiClients: 'Handled as a generic client error (400); ky, got and undici do not retry it, octokit does (it is not in its doNotRetry list). Some libraries still name it "I\'m a Teapot".',
    crawlers: 'Treated as a client error: the URL is not indexed.',
    uptimeMonitors: 'Counted as failing if the monitor checks for 2xx; it usually indicates the probe is being blocked.',
    cdns: 'Passed through and not cached by default.',
  },
  inspectorSignals: [
    'emitting a reserved (Unused) status code',
    'body that states the actual reason, if any',
  ],
  correctnessWarnings: [
    '418 is reserved "(Unused)" in the IANA registry (RFC 9110 §15.5.19); do not emit it (status-facts §5.21).',
    'Libraries such as statuses and http-status-codes still list "I\'m a Teapot"; that does not make it a valid response.',
  ],
  debugging: [
    'curl -i the URL and check which component sent the 418 (app, WAF, bot manager) via Server and Via headers.',
    'Read the body for the real reason, commonly bot detection or a disabled endpoint.',
    'Replace the 418 at its source with the registered code for that reason (403, 404, 429 or 501).',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
// Instead of 418 for blocked bots, answer with a registered code.
app.use((req, _res, next) => {
  if (/badbot/i.test(req.get('user-agent') ?? '')) throw problem(403, 'Automated clients must use the API.')
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
// Instead of 418 for blocked bots, answer with a registered code.
app.addHook('onRequest', async (req) => {
  if (/badbot/i.test(req.headers['user-agent'] ?? '')) throw problem(403, 'Automated clients must use the API.')
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class BrewView(APIView):
    # Not 418: the endpoint does not exist yet, so say so with a registered code.
    def post(self, request):
        return Response(
            {"type": "about:blank", "title": "Not Implemented", "status": 501,
             "detail": "Brewing is not supported by this server."},
            status=501, content_type="application/problem+json")`,
    spring: `// Not 418: block unwanted bots with a registered code.
@ExceptionHandler(BlockedClientException.class)
ProblemDetail blocked(BlockedClientException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Automated clients must use the API.");
    pd.setType(URI.create("https://example.com/probs/blocked-client"));
    return pd;
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# Not 418: the feature is not implemented, so use 501.
@app.post("/brew")
def brew():
    return JSONResponse({"type": "about:blank", "title": "Not Implemented", "status": 501,
                         "detail": "Brewing is not supported by this server."},
                        status_code=501, media_type="application/problem+json")`,
    go: `// Not 418: block unwanted bots with a registered code.
func blockBots(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(strings.ToLower(r.UserAgent()), "badbot") {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusForbidden)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Forbidden",
				"status": 403, "detail": "Automated clients must use the API."})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The request was refused as a client error (the 400 fallback).',
      'Retrying the same request unchanged will get the same 418.',
    ],
    mustNotAssume: [
      'Any teapot- or joke-specific meaning; the code has no registered semantics.',
      'That the server will keep using 418; it should migrate to a registered code.',
    ],
  },
  related: [
    { code: 400, difference: '400 is what a client treats an unknown 4xx as; 418 adds no meaning beyond it.' },
    { code: 403, difference: '403 is the registered way to refuse a client such as a blocked bot; use it instead of 418.' },
    { code: 501, difference: '501 says a feature is not supported; use it where a 418 was an easter egg for "not implemented".' },
  ],
  faq: [
    {
      question: 'Is 418 an official HTTP status code?',
      answer: 'It is reserved, not assigned: IANA lists it as "(Unused)" so that the joke code is never given a real meaning.',
    },
    {
      question: 'Why does my HTTP library still have an I_AM_A_TEAPOT constant?',
      answer: 'For compatibility with RFC 2324 and older tables. statuskit keeps "I\'m a Teapot" only as a legacy alias.',
    },
  ],
  references: ['RFC 9110 §15.5.19', 'RFC 9110 §15', 'RFC 2324 §2.3.2'],
}
