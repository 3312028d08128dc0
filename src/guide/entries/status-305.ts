import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 305 Use Proxy: deprecated; never emit it, never follow it.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(305).deprecated // true
 * ```
 */
export const status305: GuideEntry = {
  code: 305,
  summary: 'Deprecated: once told the client to repeat the request through the proxy named in Location; clients ignore it for security reasons, so never send it.',
  meaning:
    'RFC 9110 §15.4.6: the 305 (Use Proxy) status code was defined in a previous version of the HTTP specification and is now deprecated (RFC 7231 Appendix B). It asked the client to access the resource through a proxy given by Location. Letting any server reconfigure a client\'s proxy in-band was a security hole: a malicious or compromised origin could route the client\'s later traffic through an attacker. Browsers never honour it; the code remains in the registry only so it is not reused.',
  guarantees: [
    'Nothing useful: receiving it means the server or an intermediary is misconfigured or hostile.',
    'The request was not served.',
  ],
  doesNotGuarantee: [
    'That the proxy in Location is trustworthy or even reachable.',
    'That any client will act on it: modern clients treat it as a final, unusable response.',
  ],
  whenToUse: [
    'Never emit it; only recognise it in clients and proxies so it is reported as an error instead of being followed.',
    'In monitoring and log analysis, to flag a legacy or suspicious component that still produces it.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 305 to tell clients to go through a corporate or regional proxy',
      consequence: 'Clients ignore it and show an error page; the request fails outright.',
      instead: 'configure proxies out of band (PAC files, WPAD, OS or client settings), or 307 to a specific URL',
    },
    {
      misuse: 'Writing a client that follows 305 by switching to the Location proxy',
      consequence: 'Any origin (or a network attacker on plain HTTP) can redirect your future traffic through a proxy it controls.',
      instead: 'treat 305 as an error and surface it',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'On a 305 it names a proxy, which is exactly what clients must not trust.',
      ifMissing: 'No difference: the response is unusable either way.',
    },
    {
      name: 'Via',
      why: 'Helps find which intermediary produced the 305 when one appears in logs.',
      ifMissing: 'Tracing the offending component takes longer.',
    },
  ],
  toolInterpretation: {
    browsers: 'Chrome, Firefox and Safari do not follow it; it is shown as an error or as the response body.',
    apiClients: 'Fetch does not treat 305 as a redirect; libraries return it as a final response.',
    crawlers: 'Treated as an unusable response; the URL is not indexed.',
    uptimeMonitors: 'Should alert: a 305 means a broken or hostile component.',
    cdns: 'Passed through as an unknown 3xx; not cached by default.',
  },
  inspectorSignals: [
    'Any 305 at all: deprecated, never emit.',
    'A Location on it naming a proxy host rather than a resource.',
  ],
  correctnessWarnings: [
    '305 is deprecated (RFC 9110 §15.4.6); statuskit marks it do-not-emit.',
    'Following a 305 lets a server reconfigure the client\'s proxy: a traffic-hijacking risk.',
  ],
  debugging: [
    'curl -i URL: note the Location and the Server or Via headers to identify the emitting component.',
    'Find the legacy appliance or configuration that generates it and remove that rule.',
    'If clients need a proxy, distribute its settings out of band (PAC or system settings).',
  ],
  frameworks: {
    express: `import express from 'express'
import { badGateway, Status } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A gateway that meets a 305 upstream reports it instead of following it.
const app = express()
app.get('/partner/:id', async (req, res) => {
  const upstream = await fetch('https://partner.example.com/items/' + req.params.id, { redirect: 'manual' })
  if (upstream.status === Status.USE_PROXY) {
    throw badGateway('The partner API answered 305 Use Proxy, which is deprecated and never followed.')
  }
  res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'application/json').send(await upstream.text())
})
app.use(problemHandler())
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { badGateway, Status } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get<{ Params: { id: string } }>('/partner/:id', async (req, reply) => {
  const upstream = await fetch('https://partner.example.com/items/' + req.params.id, { redirect: 'manual' })
  if (upstream.status === Status.USE_PROXY) throw badGateway('Upstream answered 305 Use Proxy; not followed.')
  return reply.code(upstream.status).send(await upstream.text())
})
await app.listen({ port: 3000 })`,
    django: `# Never emit 305. A client-side guard when calling an upstream with requests:
import requests

def fetch_partner_item(item_id):
    response = requests.get(f"https://partner.example.com/items/{item_id}", allow_redirects=False)
    if response.status_code == 305:
        raise RuntimeError("Upstream answered 305 Use Proxy (deprecated); refusing to follow it.")
    response.raise_for_status()
    return response.json()`,
    spring: `// Never emit 305. When calling an upstream, refuse to act on it.
ResponseEntity<String> upstream = restClient.get().uri("https://partner.example.com/items/{id}", id)
    .retrieve().onStatus(status -> status.value() == 305, (request, response) -> {
        throw new IllegalStateException("Upstream answered 305 Use Proxy; not followed.");
    })
    .toEntity(String.class);`,
    fastapi: `import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/partner/{item_id}")
async def partner_item(item_id: str):
    async with httpx.AsyncClient(follow_redirects=False) as client:
        upstream = await client.get(f"https://partner.example.com/items/{item_id}")
    if upstream.status_code == 305:
        return JSONResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "Upstream answered 305 Use Proxy; not followed."},
                            status_code=502, media_type="application/problem+json")
    return JSONResponse(upstream.json(), status_code=upstream.status_code)`,
    go: `package main

import (
	"errors"
	"net/http"
)

// http.Client never follows 305 (it is not a redirect status in Go). Make it an error.
func getPartnerItem(client *http.Client, url string) (*http.Response, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusUseProxy {
		resp.Body.Close()
		return nil, errors.New("upstream answered 305 Use Proxy; not followed")
	}
	return resp, nil
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not served by the intended resource.',
      'Something on the path is misconfigured or malicious.',
    ],
    mustNotAssume: [
      'That the proxy in Location is safe to use.',
      'That retrying through that proxy is the intended fix.',
    ],
  },
  related: [
    { code: 306, difference: '306 (Unused) was "Switch Proxy", a later variant of the same idea, withdrawn before it was standardised.' },
    { code: 407, difference: '407 Proxy Authentication Required comes from a proxy the client already uses and asks for credentials; it is legitimate.' },
    { code: 307, difference: '307 Temporary Redirect sends the client to another URL, not through another proxy; it is the safe tool for a temporary move.' },
  ],
  faq: [
    {
      question: 'Why was 305 deprecated?',
      answer: 'It let a server tell a client which proxy to use for a resource, so a compromised server could route traffic through an attacker. RFC 7231 deprecated it and RFC 9110 keeps it only as a reserved code.',
    },
    {
      question: 'Do browsers follow 305?',
      answer: 'No. The Fetch standard only follows 301, 302, 303, 307 and 308.',
    },
  ],
  references: ['RFC 9110 §15.4.6', 'RFC 7231 Appendix B', 'RFC 2616 §10.3.6'],
}
