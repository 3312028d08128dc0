import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 203 Non-Authoritative Information: a transforming proxy modified the origin's
 * 200 content.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(203).phrase // 'Non-Authoritative Information'
 * ```
 */
export const status203: GuideEntry = {
  code: 203,
  summary: 'Success, but the content is not the origin\'s own: a transforming proxy modified the origin server\'s 200 response on the way.',
  meaning:
    'RFC 9110 §15.3.4: the request was successful but the enclosed content has been modified from that of the origin server\'s 200 (OK) response by a transforming proxy (§7.7). The status lets the proxy tell recipients that a transformation was applied, which can matter for later decisions about the content (for example, to re-fetch the original). It is only appropriate when the response would otherwise have been 200, and it is heuristically cacheable. An origin server has no reason to send it; an origin forbids transformation with Cache-Control: no-transform.',
  guarantees: [
    'The request succeeded at the origin (the proxy received a 200).',
    'The content differs from what the origin sent: recompressed images, injected or stripped markup, translated text.',
  ],
  doesNotGuarantee: [
    'What was changed, or that the change preserved meaning.',
    'That validators (ETag, Content-Length, Content-MD5-style digests) still match the origin\'s representation.',
    'That every transforming proxy announces itself: many rewrite content and keep the 200.',
  ],
  whenToUse: [
    'In a transforming proxy (a mobile data saver, an image optimiser, a content-filtering gateway) that altered a 200 from the origin.',
    'Never from an origin server answering for its own resources.',
  ],
  whenNotToUse: [
    {
      misuse: 'An origin API sending 203 for data it aggregated from other services or partial data',
      consequence: 'Clients and monitors treat it as an odd 200 at best; some clients do not expect it and fail the request.',
      instead: '200 OK, and describe data provenance in the body',
    },
    {
      misuse: 'A proxy transforming a response whose Cache-Control includes no-transform',
      consequence: 'The origin explicitly forbade it (RFC 9111 §5.2.2.6): signed content, exact byte ranges or integrity checks break.',
      instead: 'forward the origin\'s response unchanged',
    },
    {
      misuse: 'Turning a non-200 response (404, 206, a redirect) into a 203',
      consequence: 'The original meaning is lost; 203 may only replace a 200.',
      instead: 'forward the original status',
    },
  ],
  criticalHeaders: [
    {
      name: 'Cache-Control',
      why: 'no-transform on the origin\'s response forbids intermediaries from modifying the content at all.',
      ifMissing: 'Any transforming proxy on the path may alter the content.',
    },
    {
      name: 'Content-Length',
      why: 'Must describe the transformed content the proxy actually sends, not the origin\'s original length.',
      ifMissing: 'A stale length truncates or hangs the response.',
    },
    {
      name: 'Via',
      why: 'Identifies the intermediary that handled (and here transformed) the message (RFC 9110 §7.6.3).',
      ifMissing: 'It is hard to tell which hop changed the content.',
    },
  ],
  toolInterpretation: {
    browsers: 'Rendered like a 200; fetch() reports ok === true and status 203.',
    apiClients: 'Treated as success by status range; strict clients that expect exactly 200 may reject it.',
    crawlers: 'Generally treated like 200; crawlers prefer the untransformed origin content.',
    uptimeMonitors: 'A check expecting exactly 200 fails; a 2xx check passes. Seeing 203 reveals a transforming proxy on the path.',
    cdns: 'Heuristically cacheable; a CDN may store the transformed version and serve it to all clients.',
  },
  inspectorSignals: [
    'A 203 from the origin itself (no proxy involved) is a misuse.',
    'A 203 despite Cache-Control: no-transform on the origin\'s response.',
    'Via headers naming the transforming hop; validators that no longer match the origin\'s.',
  ],
  correctnessWarnings: [
    'Proxies must not transform content marked Cache-Control: no-transform (RFC 9111 §5.2.2.6).',
    '203 replaces only a 200; any other origin status must be forwarded as is (RFC 9110 §15.3.4).',
  ],
  debugging: [
    'Compare curl -i through the proxy with curl -i directly to the origin: the status and body differences show the transformation.',
    'Read the Via header to identify the transforming hop.',
    'If the transformation is unwanted, send Cache-Control: no-transform from the origin and confirm the 200 comes through.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

// A transforming proxy: it rewrites the origin's 200 and says so with 203.
const app = express()
app.get('/news', async (_req, res) => {
  const upstream = await fetch('https://origin.example.com/news')
  const html = await upstream.text()
  if (upstream.status !== 200 || (upstream.headers.get('cache-control') ?? '').includes('no-transform')) {
    res.status(upstream.status).type('html').send(html)
    return
  }
  const lazy = html.replaceAll('<img ', '<img loading="lazy" ')
  res.status(Status.NON_AUTHORITATIVE_INFORMATION).set('via', '1.1 optimiser').type('html').send(lazy)
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'

// The origin side: forbid transforming proxies from altering (and 203-ing) this response.
const app = Fastify()
app.get('/invoices/:id/pdf', async (_req, reply) => {
  const pdf = Buffer.from('%PDF-1.7 ...')
  return reply
    .headers({ 'content-type': 'application/pdf', 'cache-control': 'private, no-transform' })
    .send(pdf)
})
await app.listen({ port: 3000 })`,
    django: `# Origin side: keep proxies from rewriting signed or exact content.
from django.http import FileResponse
from django.utils.cache import patch_cache_control

def invoice_pdf(request, pk):
    response = FileResponse(open_invoice(pk), content_type="application/pdf")
    patch_cache_control(response, private=True, no_transform=True)
    return response`,
    spring: `// Origin side: Cache-Control: no-transform keeps intermediaries from modifying the body.
@GetMapping(value = "/invoices/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
ResponseEntity<byte[]> invoice(@PathVariable String id) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noTransform().cachePrivate())
        .body(invoices.pdf(id));
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()

# Origin side: forbid transformation by proxies.
@app.get("/invoices/{invoice_id}.pdf")
async def invoice(invoice_id: str):
    return Response(render_pdf(invoice_id), media_type="application/pdf",
                    headers={"Cache-Control": "private, no-transform"})`,
    go: `package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httputil"
	"strconv"
	"strings"
)

// A transforming reverse proxy marks what it rewrote with 203.
func transform(resp *http.Response) error {
	if resp.StatusCode != http.StatusOK || strings.Contains(resp.Header.Get("Cache-Control"), "no-transform") {
		return nil
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	out := bytes.ReplaceAll(body, []byte("<img "), []byte("<img loading=\\"lazy\\" "))
	resp.Body = io.NopCloser(bytes.NewReader(out))
	resp.ContentLength = int64(len(out))
	resp.Header.Set("Content-Length", strconv.Itoa(len(out)))
	resp.StatusCode = http.StatusNonAuthoritativeInfo
	return nil
}

var proxy = &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(origin) }, ModifyResponse: transform}`,
  },
  clientContract: {
    canAssume: [
      'The origin answered 200; the request succeeded.',
      'The content was changed by an intermediary and may differ from the origin\'s representation.',
    ],
    mustNotAssume: [
      'That the content is byte-identical to the origin\'s, or that its digests and signatures still verify.',
      'That a 200 means no proxy transformed the content: announcing it with 203 is voluntary in practice.',
    ],
  },
  related: [
    { code: 200, difference: '200 OK is the origin\'s own, unmodified answer; 203 is that answer after a proxy transformed it.' },
    { code: 206, difference: '206 Partial Content is a deliberate subset of the representation, requested by Range, not a transformation.' },
  ],
  faq: [
    {
      question: 'Should my API return 203 when data comes from a cache or a third party?',
      answer: 'No. 203 is only for a transforming proxy that modified an origin\'s 200. Return 200 and document data provenance in the body.',
    },
    {
      question: 'How do I stop proxies from modifying my responses?',
      answer: 'Send Cache-Control: no-transform, and serve over HTTPS so that only proxies you control can see the content.',
    },
  ],
  references: ['RFC 9110 §15.3.4', 'RFC 9110 §7.7', 'RFC 9111 §5.2.2.6'],
}
