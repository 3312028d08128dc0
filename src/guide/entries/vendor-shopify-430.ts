import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for Shopify 430 (Shopify Security Rejection): Shopify's bot and abuse protection
 * judged the request potentially malicious and refused it.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(430).vendor // 'shopify'
 * ```
 */
export const vendorShopify430: GuideEntry = {
  code: 430,
  vendor: 'shopify',
  summary: 'Shopify refused the request because its security systems consider it possibly malicious (typically bot-like Storefront traffic).',
  meaning:
    'Shopify-specific: Shopify\'s API documentation lists 430 "Shopify Security Rejection" for requests it believes might be malicious and rejects. It shows up mostly on the Storefront API and storefront pages when traffic looks automated: server-side calls that all come from one IP, scrapers, or checkout bots. It is not a rate limit (that is 429 with Retry-After) and not an authentication failure. 430 is unassigned in the IANA registry; older Shopify responses used 430 for oversized headers, so check the body.',
  guarantees: [
    'Shopify did not process the request.',
    'The rejection comes from Shopify\'s protection layer, not from the shop\'s app logic.',
  ],
  doesNotGuarantee: [
    'When it will stop: there is no Retry-After contract.',
    'Which signal triggered it (IP reputation, request pattern, missing buyer context).',
  ],
  whenToUse: [
    'Interpreting a 430 from Shopify: slow the client down and make server-side Storefront API calls carry the buyer\'s context.',
    'Server-side rendering against the Storefront API: use a private access token and forward the buyer IP in Shopify-Storefront-Buyer-IP so all traffic does not look like one bot.',
    'Monitoring an integration: a burst of 430s after a traffic spike points at bot protection, not at an outage.',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 430 from your own service for suspicious traffic',
      consequence: 'Clients treat it as 400 and may retry immediately; nothing explains the rejection.',
      instead: '403 Forbidden (policy) or 429 Too Many Requests with Retry-After (rate)',
    },
    {
      misuse: 'Retrying a Shopify 430 in a tight loop',
      consequence: 'Looks even more like a bot and prolongs the block.',
      instead: 'Back off, reduce concurrency, and fix the request context',
    },
  ],
  criticalHeaders: [
    {
      name: 'Shopify-Storefront-Buyer-IP',
      why: 'Shopify\'s documented header for server-side Storefront API calls (with a private token), so protection is applied per buyer rather than to your server\'s IP.',
      ifMissing: 'All your users\' traffic appears to come from one server IP and is more likely to be rejected.',
    },
    {
      name: 'User-Agent',
      why: 'A descriptive user agent identifies a legitimate integration.',
      ifMissing: 'Default library user agents look like scrapers.',
    },
  ],
  toolInterpretation: {
    browsers: 'Shoppers may see a Shopify block or challenge page; a real browser usually recovers after the challenge.',
    apiClients: 'Treated as an unknown 4xx (400) and not retried by generic clients; Shopify SDKs surface it as an error.',
    crawlers: 'Aggressive crawlers of a storefront can receive 430 and lose pages from their crawl.',
    uptimeMonitors: 'Monitors hitting a storefront at a high rate from a data-center IP can be rejected; lower the frequency.',
    cdns: 'Shopify\'s own edge generates it; your CDN in front of a headless storefront would pass it through.',
  },
  inspectorSignals: [
    'A 430 from a *.myshopify.com host or the Storefront API endpoint.',
    'Request rate, source IP and presence of Shopify-Storefront-Buyer-IP on server-side calls.',
  ],
  correctnessWarnings: [
    '430 is Shopify-specific and unassigned in IANA (status-facts §3); do not emit it.',
    'Treat it as a signal to slow down and fix request context, not as a transient error to retry immediately.',
  ],
  debugging: [
    'Log the full response (curl -i) including any request id header, and note the source IP and rate.',
    'For server-side Storefront API calls, switch to a private access token and send Shopify-Storefront-Buyer-IP.',
    'Reduce concurrency and add jittered backoff; check whether many requests share one IP (NAT, serverless).',
    'If it persists at low rates, contact Shopify support with the request ids.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Headless storefront: forward the buyer IP, and turn Shopify's 430 into a standard 503 for the browser.
const app = express()
app.set('trust proxy', 1)
app.get('/products', async (req, res) => {
  const r = await fetch('https://shop.myshopify.com/api/2025-01/graphql.json', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'shopify-storefront-private-token': 'shpat_...', 'shopify-storefront-buyer-ip': req.ip ?? '' },
    body: JSON.stringify({ query: '{ products(first: 10) { nodes { title } } }' }),
  })
  if (r.status === 430) throw problem(503, 'The shop is temporarily refusing requests; try again shortly.', { headers: { 'retry-after': '30' } })
  res.json(await r.json())
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { backoffDelay } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/collections', async (req) => {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const r = await fetch('https://shop.myshopify.com/collections.json', { headers: { 'user-agent': 'acme-sync/1.4 (ops@acme.test)' } })
    if (r.status !== 430) return r.json()
    req.log.warn('Shopify 430 security rejection; backing off')
    await new Promise((done) => setTimeout(done, backoffDelay(attempt, { baseMs: 2_000, capMs: 30_000 })))
  }
  return { collections: [] }
})`,
    django: `import requests

def storefront_query(query, buyer_ip):
    r = requests.post("https://shop.myshopify.com/api/2025-01/graphql.json", timeout=10,
                      json={"query": query},
                      headers={"Shopify-Storefront-Private-Token": PRIVATE_TOKEN,
                               "Shopify-Storefront-Buyer-IP": buyer_ip})
    if r.status_code == 430:
        raise RuntimeError("Shopify security rejection: slow down, check buyer IP forwarding")
    return r.json()`,
    spring: `ResponseEntity<String> res = restClient.post().uri(storefrontUrl)
    .header("Shopify-Storefront-Private-Token", privateToken)
    .header("Shopify-Storefront-Buyer-IP", request.getRemoteAddr())
    .body(Map.of("query", query))
    .retrieve()
    .onStatus(s -> s.value() == 430, (req, resp) -> {
        throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
            ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Shop temporarily refusing requests."), null);
    })
    .toEntity(String.class);`,
    fastapi: `import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/products")
async def products(request: Request):
    async with httpx.AsyncClient() as c:
        r = await c.post("https://shop.myshopify.com/api/2025-01/graphql.json",
                         json={"query": "{ products(first: 10) { nodes { title } } }"},
                         headers={"Shopify-Storefront-Private-Token": "shpat_...",
                                  "Shopify-Storefront-Buyer-IP": request.client.host})
    if r.status_code == 430:
        return JSONResponse(status_code=503, media_type="application/problem+json", headers={"Retry-After": "30"},
            content={"type": "about:blank", "title": "Service Unavailable", "status": 503,
                     "detail": "The shop is temporarily refusing requests."})
    return r.json()`,
    go: `req, _ := http.NewRequest(http.MethodPost, storefrontURL, body)
req.Header.Set("Shopify-Storefront-Private-Token", privateToken)
req.Header.Set("Shopify-Storefront-Buyer-IP", buyerIP)
resp, err := client.Do(req)
if err == nil && resp.StatusCode == 430 {
	// Security rejection: back off; do not hammer.
	time.Sleep(time.Duration(2+rand.Intn(3)) * time.Second)
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed by the shop.',
      'Lowering the request rate and sending proper buyer context reduces the chance of further rejections.',
    ],
    mustNotAssume: [
      'That an immediate retry will succeed, or that a Retry-After will tell it when to come back.',
      'That 430 means the same outside Shopify.',
    ],
  },
  related: [
    { code: 429, difference: 'A rate limit with a defined wait (Retry-After); Shopify\'s Admin API uses it for throttling.' },
    { code: 403, difference: 'The standard status for refusing a request by policy.' },
    { code: 423, difference: 'Shopify uses it for a locked shop (it used 420 before 2018).' },
  ],
  faq: [
    {
      question: 'My server-side Storefront calls all fail with 430. Why?',
      answer: 'All calls come from your server\'s IP and look automated. Use a private Storefront token and send each buyer\'s IP in Shopify-Storefront-Buyer-IP; keep concurrency modest.',
    },
    {
      question: 'Is 430 a rate limit?',
      answer: 'No. Shopify rate limits answer 429; 430 is a security decision about the request\'s legitimacy, so fixing the request context matters more than waiting.',
    },
  ],
  references: ['shopify.dev/docs/api/usage/response-codes (430)', 'RFC 6585 §4', 'RFC 9110 §15.5.4'],
}
