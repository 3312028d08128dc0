import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 417 Expectation Failed: an expectation in the request's Expect header could
 * not be met by at least one inbound server.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(417).clientContract.canAssume
 * ```
 */
export const status417: GuideEntry = {
  code: 417,
  summary: 'The server (or a proxy on the way) cannot meet the expectation in the request\'s Expect header, usually 100-continue.',
  meaning:
    'RFC 9110 §15.5.18: the expectation given in the request\'s Expect header field could not be met by at least one of the inbound servers. The only expectation HTTP defines is 100-continue (RFC 9110 §10.1.1): a server that receives an Expect value it does not understand MAY respond with 417. A client that gets 417 (or a 417 from a proxy) in response to a request containing 100-continue SHOULD repeat that request without the expectation.',
  guarantees: [
    'The request body was not processed (and may not have been sent).',
    'Repeating the request without the Expect header is the expected fix.',
  ],
  doesNotGuarantee: [
    'Which hop failed the expectation: any proxy in the chain may send 417.',
    'That the request will then be accepted: the server can still answer 413 or 401 to the repeated request.',
  ],
  whenToUse: [
    'A request carries Expect: some-extension that the server does not understand.',
    'A proxy that cannot forward 100-continue semantics (e.g. to an HTTP/1.0 next hop) receives Expect: 100-continue.',
    'A server configured to refuse 100-continue flows altogether.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 417 for a request that had no Expect header',
      consequence: 'The client has no expectation to drop and cannot recover; status-facts §5.19 flags it.',
      instead: 'The status that describes the real problem (400, 412, 413 ...)',
    },
    {
      misuse: 'Sending 417 to refuse a large upload announced with Expect: 100-continue',
      consequence: 'The client drops the Expect header and sends the whole body, which is refused anyway after the transfer.',
      instead: '413 Content Too Large (or 401/403) as the final response instead of 100 Continue',
    },
    {
      misuse: 'Using 417 for a failed business precondition ("expected state pending")',
      consequence: 'Clients strip Expect and resend unchanged; the actual condition is never reported.',
      instead: '409 Conflict or 412 Precondition Failed',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json naming the expectation that failed.',
      ifMissing: 'Developers rarely know about Expect and need the hint.',
    },
    {
      name: 'Connection',
      why: 'close if the client may already be sending the body the server will not read.',
      ifMissing: 'Body bytes may be misread as the next request.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers do not send Expect: 100-continue, so they never see 417.',
    apiClients: 'curl sends Expect: 100-continue for larger uploads (over 1 MiB in current versions, 1 KiB in old ones), and .NET Framework\'s HttpWebRequest does for every POST by default; both hit 417 on old proxies. Fix with curl -H "Expect:" or ServicePointManager.Expect100Continue = false.',
    crawlers: 'Not applicable.',
    uptimeMonitors: 'Only for upload checks through proxies that mishandle 100-continue.',
    cdns: 'Some CDNs and load balancers handle 100-continue themselves; older proxies (e.g. Squid with HTTP/1.0 upstreams) answer 417.',
  },
  inspectorSignals: [
    'Whether the request had an Expect header, and its value.',
    'Which hop answered (Via, Server).',
  ],
  correctnessWarnings: [
    '417 without an Expect in the request is wrong (status-facts §5.19).',
    'A client that receives 417 for 100-continue SHOULD repeat the request without the expectation (RFC 9110 §10.1.1).',
  ],
  debugging: [
    'Run curl -v and look for "Expect: 100-continue" in the request.',
    'Repeat with curl -H "Expect:" (empty header removes it); if that works, a hop does not support 100-continue.',
    'Find the proxy that answered from Via and Server headers, and update or reconfigure it.',
  ],
  frameworks: {
    express: `import express from 'express'
import { expectationFailed } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
const server = app.listen(0)
// Node emits 'checkExpectation' for any Expect value other than 100-continue.
server.on('checkExpectation', (req, res) => {
  const body = JSON.stringify(expectationFailed('Only Expect: 100-continue is supported.'))
  res.writeHead(417, { 'content-type': 'application/problem+json', connection: 'close' }).end(body)
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { expectationFailed } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.server.on('checkExpectation', (_req, res) => {
  const body = JSON.stringify(expectationFailed('Only Expect: 100-continue is supported.'))
  res.writeHead(417, { 'content-type': 'application/problem+json', connection: 'close' }).end(body)
})
app.post('/uploads', async (_req, reply) => reply.code(201).send())`,
    django: `# Client side: repeat without the expectation, as RFC 9110 §10.1.1 says.
import subprocess

def upload(path, url):
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                          "-T", path, url], capture_output=True, text=True).stdout
    if out == "417":  # a proxy refused 100-continue: drop the Expect header
        out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                              "-H", "Expect:", "-T", path, url], capture_output=True, text=True).stdout
    return out`,
    spring: `@Component
class ExpectFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String expect = req.getHeader("Expect");
        if (expect != null && !expect.equalsIgnoreCase("100-continue")) {
            res.setStatus(417);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\\"type\\":\\"about:blank\\",\\"title\\":\\"Expectation Failed\\","
                + "\\"status\\":417,\\"detail\\":\\"Only Expect: 100-continue is supported.\\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def check_expect(request: Request, call_next):
    expect = request.headers.get("expect")
    if expect is not None and expect.lower() != "100-continue":
        return JSONResponse(status_code=417, media_type="application/problem+json",
            headers={"Connection": "close"},
            content={"type": "about:blank", "title": "Expectation Failed", "status": 417,
                     "detail": "Only Expect: 100-continue is supported."})
    return await call_next(request)`,
    go: `func checkExpect(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// net/http already answers 417 for unknown expectations on HTTP/1.1, as text/plain.
		if e := r.Header.Get("Expect"); e != "" && !strings.EqualFold(e, "100-continue") {
			w.Header().Set("Content-Type", "application/problem+json")
			w.Header().Set("Connection", "close")
			w.WriteHeader(http.StatusExpectationFailed)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Expectation Failed",
				"status": 417, "detail": "Only Expect: 100-continue is supported."})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The request can be repeated without the Expect header; the body was not processed.',
      'Dropping the expectation only gives up the early rejection: the body is then sent right away.',
    ],
    mustNotAssume: [
      'That the origin itself rejected the request: a proxy may have answered.',
      'That removing Expect fixes other problems the server would have reported (size, auth).',
    ],
  },
  related: [
    { code: 100, difference: 'The success path of Expect: 100-continue: the server invites the client to send the body.' },
    { code: 413, difference: 'The right final answer when the server wants to refuse an announced upload because of its size.' },
    { code: 412, difference: 'A conditional header (If-Match ...) failed; nothing to do with Expect.' },
  ],
  faq: [
    {
      question: 'Why do uploads with curl or .NET Framework fail with 417 through our proxy?',
      answer: 'Both send Expect: 100-continue for larger bodies; the proxy cannot handle it. Disable the expectation in the client (curl -H "Expect:") or upgrade the proxy.',
    },
    {
      question: 'Should a server answer Expect: 100-continue with 417?',
      answer: 'No. A server that supports it sends 100 Continue, or a final status such as 401 or 413 right away. A server that does not care can ignore the expectation and read the body.',
    },
  ],
  references: ['RFC 9110 §15.5.18', 'RFC 9110 §10.1.1'],
}
