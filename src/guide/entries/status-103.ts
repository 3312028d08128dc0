import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 103 Early Hints: interim `Link` headers the browser can act on (preload,
 * preconnect) while the server is still preparing the final response.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(103).references // includes 'RFC 8297'
 * ```
 */
export const status103: GuideEntry = {
  code: 103,
  summary:
    'Interim response carrying Link headers (rel=preload, rel=preconnect) that the final response is likely to include, so the browser can start fetching while the server thinks.',
  meaning:
    'RFC 8297 (experimental) defines 103 as an informational response that indicates the header fields the server is likely to send in the final response. In practice it carries Link header fields with rel=preload or rel=preconnect, letting a browser fetch critical CSS, fonts or scripts, or open connections, during the server\'s "think time" before the HTML is ready. The hints are advisory: the final response\'s headers are authoritative, and a server may send several 103s before it.',
  guarantees: [
    'The server expects the final response to reference the linked resources, so fetching them early is likely useful.',
    'A final response follows on the same exchange; the 103 itself has no content.',
  ],
  doesNotGuarantee: [
    'That the final status will be 200: the server may still answer 404 or 500, and the preloaded resources are then wasted.',
    'That header fields in the 103 apply to the final response; only the final response\'s own headers count.',
    'That the client uses the hints: browsers act on them only for navigations, and Chrome only over HTTP/2 and HTTP/3.',
  ],
  whenToUse: [
    'An HTML page whose server needs noticeable time (database queries, server-side rendering) before it can send the document: hint its critical stylesheet and fonts.',
    'Preconnecting to a third-party origin (a CDN or font host) the page will need, with rel=preconnect.',
    'At a CDN that caches the Link headers of a page\'s 200 and replays them as 103 on later requests (Cloudflare and Fastly Early Hints).',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 103 on HTTP/1.1 connections to arbitrary clients',
      consequence:
        'RFC 8297 §3 warns that some HTTP/1.1 clients mishandle unexpected 1xx responses and may take the 103 as final, breaking the page.',
      instead: 'send 103 only over HTTP/2 or HTTP/3, or to clients known to handle it',
    },
    {
      misuse: 'Putting Set-Cookie, cache directives or other state-changing headers in a 103 and expecting them to stick',
      consequence: 'Clients ignore them: hints are not part of the final response, so sessions and caching silently break.',
      instead: 'send those headers on the final response',
    },
    {
      misuse: 'Hinting every asset of the page, or assets the final response may not use',
      consequence: 'Preloads compete with the document for bandwidth and waste data when the hint is wrong.',
      instead: 'hint only the few render-blocking resources common to every response of the route',
    },
  ],
  criticalHeaders: [
    {
      name: 'Link',
      why: 'The payload of the 103: </app.css>; rel=preload; as=style or <https://cdn.example>; rel=preconnect.',
      ifMissing: 'A 103 without Link gives browsers nothing to act on; it is pure overhead.',
    },
    {
      name: 'Content-Security-Policy',
      why: 'Browsers apply a CSP sent on the 103 to the preloads it triggers; keep it consistent with the final response\'s policy.',
      ifMissing: 'Preloads may fetch resources the final page\'s policy would block, wasting requests.',
    },
  ],
  toolInterpretation: {
    browsers:
      'Chromium browsers (since version 103) act on 103 Link preload/preconnect for top-level navigations over HTTP/2+; support in Firefox and Safari varies by version. Subresource requests and fetch() ignore 103. DevTools shows the preloads as initiated by Early Hints.',
    apiClients: 'HTTP client libraries skip 1xx responses and return the final one; the hints are invisible to them.',
    crawlers: 'Crawlers ignore 103; only the final response is indexed.',
    uptimeMonitors: 'Monitors record the final status; synthetic browser tests may show faster paint with working hints.',
    cdns:
      'Cloudflare and Fastly can generate 103 from Link headers they saw on earlier 200s, and forward origin-sent 103s over HTTP/2 and HTTP/3.',
  },
  inspectorSignals: [
    'Link headers present on the 103 and still present on the final response.',
    'The protocol version: a 103 over HTTP/1.1 is an interoperability risk.',
    'Hints for resources the final HTML does not reference.',
    'The final status: early hints on a path that ends in an error waste preloads.',
  ],
  correctnessWarnings: [
    'RFC 8297 §3: some HTTP/1.1 clients mishandle an unexpected 1xx; restrict 103 to HTTP/2+ or known clients.',
    'A 1xx response carries no content and must not be sent to HTTP/1.0 clients (RFC 9110 §15.2).',
    'Header fields of the 103 do not carry over: anything the final response needs must be repeated on it.',
  ],
  debugging: [
    'Run curl -v --http2 https://host/page and look for a "HTTP/2 103" block with link headers before the final status.',
    'In Chrome DevTools, Network panel: preloaded requests show "Early Hints" as initiator; if absent, check the HTTP version of the navigation.',
    'Check that each hinted URL is also referenced by the final HTML and that its as= attribute matches how the page uses it (style, script, font with crossorigin).',
    'If a CDN generates the hints, confirm the origin\'s 200 carries the Link headers the CDN learns from.',
  ],
  frameworks: {
    express: `import express from 'express'

const app = express()
app.get('/', async (_req, res) => {
  // Node 18.11+: the hints go out at once, before the slow work.
  res.writeEarlyHints({ link: ['</app.css>; rel=preload; as=style', '<https://cdn.example.com>; rel=preconnect'] })
  const html = await new Promise<string>((resolve) => setTimeout(() => resolve('<!doctype html>...'), 300))
  res.set('link', '</app.css>; rel=preload; as=style').type('html').send(html)
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'

const app = Fastify()
app.get('/', async (_req, reply) => {
  // Early hints are written on the raw Node response before the final one.
  reply.raw.writeEarlyHints({ link: '</app.css>; rel=preload; as=style' })
  const html = await new Promise<string>((resolve) => setTimeout(() => resolve('<!doctype html>...'), 300))
  return reply.header('link', '</app.css>; rel=preload; as=style').type('text/html').send(html)
})
await app.listen({ port: 3000 })`,
    django: `# WSGI cannot send interim responses. Put the Link header on the final response:
# a CDN with Early Hints (Cloudflare, Fastly) replays it as 103 on later requests.
from django.shortcuts import render

def home(request):
    response = render(request, "home.html")
    response["Link"] = "</static/app.css>; rel=preload; as=style"
    return response`,
    spring: `// Send the Link header on the final response; an Early Hints CDN turns it into 103.
@GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
ResponseEntity<String> home() {
    return ResponseEntity.ok()
        .header(HttpHeaders.LINK, "</app.css>; rel=preload; as=style")
        .body(renderer.render("home"));
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

# ASGI servers do not expose 103 to the app; a CDN with Early Hints learns the
# Link header from this response and sends 103 on later requests.
@app.get("/", response_class=HTMLResponse)
async def home():
    return HTMLResponse(render_home(), headers={"Link": "</app.css>; rel=preload; as=style"})`,
    go: `package main

import "net/http"

// Go 1.19+: a 1xx written with WriteHeader is sent at once; the handler continues.
func home(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Link", "</app.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints)
	page := renderHome() // the slow part
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(page)
}`,
  },
  clientContract: {
    canAssume: [
      'The linked resources are likely needed by the final response; fetching them early is safe for idempotent GETs.',
      'A final response will follow for the same request.',
    ],
    mustNotAssume: [
      'That the final response will be a success or will use every hinted resource.',
      'That cookies, caching or security headers in the 103 apply to anything.',
    ],
  },
  related: [
    { code: 100, difference: '100 Continue answers Expect: 100-continue to let an upload proceed; 103 carries preload hints and needs no request header.' },
    { code: 200, difference: 'The 200 that follows is authoritative; its Link headers are what CDNs learn to replay as 103.' },
    { code: 104, difference: '104 Upload Resumption Supported is another interim response, for resumable uploads rather than page loading.' },
  ],
  faq: [
    {
      question: 'Why do my early hints have no effect in Chrome?',
      answer:
        'Chrome uses 103 only for top-level navigations over HTTP/2 or HTTP/3. Check the protocol of the navigation and that the hinted resources are same-origin or preconnected, with the right as= attribute.',
    },
    {
      question: 'Is HTTP/2 server push a better option?',
      answer:
        'No: browsers removed HTTP/2 server push. 103 Early Hints is its replacement, because the browser decides what to fetch and can use its cache.',
    },
  ],
  references: ['RFC 8297', 'RFC 8288', 'RFC 9110 §15.2'],
}
