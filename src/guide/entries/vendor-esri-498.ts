import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for Esri ArcGIS 498 (Invalid Token): the token sent to an ArcGIS Server or
 * ArcGIS Online service is expired, malformed or not valid for that service.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(498).vendor // 'esri'
 * ```
 */
export const vendorEsri498: GuideEntry = {
  code: 498,
  vendor: 'esri',
  summary: 'ArcGIS rejected the access token the request carried (expired, revoked, or issued for another server or referer); get a new token and repeat.',
  meaning:
    'Esri-specific: ArcGIS Server and ArcGIS Online use 498 "Invalid Token" when a request to a secured service carries a token that is expired, malformed, revoked, or bound to a different client (tokens can be tied to an HTTP referer or IP). ArcGIS REST endpoints often report it inside a JSON error object ({"error":{"code":498,"message":"Invalid Token"}}), which can arrive with HTTP 200, so clients must check the body as well as the status. It is not a registered HTTP code; an ordinary origin should use 401 with a WWW-Authenticate challenge instead.',
  guarantees: [
    'A token was sent and the ArcGIS service did not accept it; the operation was not performed.',
    'A fresh, valid token for this service can make the same request succeed.',
  ],
  doesNotGuarantee: [
    'That the HTTP status is 498: check the JSON body\'s error.code too.',
    'Whether the token expired or is bound to a different referer or IP; both produce the same code.',
  ],
  whenToUse: [
    'Client code against ArcGIS services: on error.code 498, request a new token (generateToken or OAuth refresh) and repeat once.',
    'Reading ArcGIS Server logs: many 498s from one app after a fixed interval point at tokens that are never refreshed (default short-lived tokens).',
    'Interpreting a proxy or gateway log that records 498 from an ArcGIS backend.',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 498 from your own API for expired tokens',
      consequence: 'Generic clients treat it as an unknown 4xx (400); OAuth libraries never trigger their refresh path, which listens for 401.',
      instead: '401 Unauthorized with WWW-Authenticate: Bearer error="invalid_token"',
    },
    {
      misuse: 'Treating an ArcGIS 498 as a permanent failure and showing an error to the user',
      consequence: 'Users are kicked out every time a short-lived token expires.',
      instead: 'Refresh the token transparently and retry once',
    },
  ],
  criticalHeaders: [
    {
      name: 'Referer',
      why: 'ArcGIS tokens generated with client=referer only validate for requests carrying the same Referer.',
      ifMissing: 'A valid token is rejected with 498 when a server-side client or privacy setting drops Referer.',
    },
    {
      name: 'X-Esri-Authorization',
      why: 'ArcGIS accepts the token in this header (Bearer <token>) instead of the token query parameter, keeping it out of URLs and logs.',
      ifMissing: 'Tokens end up in query strings, proxy logs and browser history.',
    },
  ],
  toolInterpretation: {
    browsers: 'The ArcGIS Maps SDK for JavaScript handles 498 through its IdentityManager: it prompts or refreshes the credential and repeats the request.',
    apiClients: 'Generic clients see either an HTTP 498 (unknown 4xx, treated as 400) or a 200 with an error body; neither triggers a standard auth refresh.',
    crawlers: 'Secured map services are not indexed; crawlers do not have tokens.',
    uptimeMonitors: 'A monitor with a hard-coded token starts failing with 498 when it expires; monitors must generate tokens per run.',
    cdns: 'Pass it through; do not cache responses to token-bearing URLs.',
  },
  inspectorSignals: [
    'An HTTP 200 whose JSON body has error.code 498.',
    'A token in the query string (token=...) instead of a header.',
  ],
  correctnessWarnings: [
    'Esri\'s 498 is not an HTTP standard code; an own API should use 401 with WWW-Authenticate.',
    'Check the response body: ArcGIS may report 498 inside a 200 response.',
  ],
  debugging: [
    'Call the service with curl -i "https://host/arcgis/rest/services/...?f=json&token=..." and read error.code in the body.',
    'Decode the token\'s lifetime: request a new one via generateToken (or OAuth) and compare expiry with when failures start.',
    'Check whether the token was generated for a referer or IP and whether the failing client sends the same Referer.',
    'Make sure the token was issued by the same ArcGIS Server or portal that federates the service.',
  ],
  frameworks: {
    express: `import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A proxy in front of ArcGIS: turn Esri's 498 into a standard 401 for your clients.
const app = express()
app.get('/maps/query', async (req, res) => {
  const upstream = await fetch('https://gis.example.com/arcgis/rest/services/Parcels/MapServer/0/query?f=json&where=1%3D1', {
    headers: { 'x-esri-authorization': 'Bearer ' + (req.get('x-gis-token') ?? '') },
  })
  const body = (await upstream.json()) as { error?: { code?: number } }
  if (upstream.status === 498 || body.error?.code === 498) {
    throw unauthorized('The GIS token is invalid or expired.', { wwwAuthenticate: 'Bearer error="invalid_token"' })
  }
  res.json(body)
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/layers', async (req) => {
  const r = await fetch('https://gis.example.com/arcgis/rest/services?f=json', {
    headers: { 'x-esri-authorization': 'Bearer ' + String(req.headers['x-gis-token'] ?? '') },
  })
  const body = (await r.json()) as { error?: { code?: number } }
  if (body.error?.code === 498) throw unauthorized('GIS token expired.', { wwwAuthenticate: 'Bearer error="invalid_token"' })
  return body
})`,
    django: `import requests

def arcgis_get(url, params, token_provider):
    for attempt in range(2):
        r = requests.get(url, params={**params, "f": "json"},
                         headers={"X-Esri-Authorization": f"Bearer {token_provider.token()}"}, timeout=10)
        data = r.json()
        code = data.get("error", {}).get("code") if isinstance(data, dict) else None
        if r.status_code != 498 and code != 498:
            return data
        token_provider.refresh()  # Invalid Token: get a new one, repeat once
    raise PermissionError("ArcGIS rejected a fresh token (referer/IP binding?)")`,
    spring: `// RestClient call with one token refresh on Esri 498 (status or body code).
JsonNode body = restClient.get().uri(url).header("X-Esri-Authorization", "Bearer " + tokens.current())
    .exchange((req, res) -> {
        JsonNode json = res.bodyTo(JsonNode.class);
        boolean invalid = res.getStatusCode().value() == 498 || json.path("error").path("code").asInt() == 498;
        return invalid ? null : json;
    });
if (body == null) {
    tokens.refresh();
    body = restClient.get().uri(url).header("X-Esri-Authorization", "Bearer " + tokens.current())
        .retrieve().body(JsonNode.class);
}`,
    fastapi: `import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/parcels")
async def parcels(token: str):
    async with httpx.AsyncClient() as client:
        r = await client.get("https://gis.example.com/arcgis/rest/services/Parcels/MapServer/0/query",
                             params={"f": "json", "where": "1=1"}, headers={"X-Esri-Authorization": f"Bearer {token}"})
    data = r.json()
    if r.status_code == 498 or data.get("error", {}).get("code") == 498:
        return JSONResponse(status_code=401, media_type="application/problem+json",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            content={"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "GIS token expired."})
    return data`,
    go: `func arcgisQuery(ctx context.Context, url, token string) (map[string]any, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+"&f=json", nil)
	req.Header.Set("X-Esri-Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct{ Error *struct{ Code int } }
	raw, _ := io.ReadAll(resp.Body)
	json.Unmarshal(raw, &body)
	if resp.StatusCode == 498 || (body.Error != nil && body.Error.Code == 498) {
		return nil, errTokenExpired // caller refreshes the token and retries once
	}
	var out map[string]any
	return out, json.Unmarshal(raw, &out)
}`,
  },
  clientContract: {
    canAssume: [
      'The operation was not performed; repeating it with a new valid token is safe.',
      'The service exists and uses token-based security.',
    ],
    mustNotAssume: [
      'That the HTTP status alone reveals the condition (check error.code in the JSON body).',
      'That a token valid for one ArcGIS server or referer is valid for another.',
    ],
  },
  related: [
    { code: 401, difference: 'The standard status for refused credentials, with a WWW-Authenticate challenge.' },
    { code: 499, difference: 'Esri: the request carried no token at all (Token Required). Not nginx\'s 499.' },
    { code: 403, difference: 'The token is valid but the user lacks access to the service or layer.' },
  ],
  faq: [
    {
      question: 'Why do I get 498 only from some machines?',
      answer: 'The token was generated for a specific referer or IP. Requests from other origins or servers without the same Referer are rejected. Generate tokens with the matching client type, or use OAuth app credentials on servers.',
    },
    {
      question: 'Why does my 498 arrive with HTTP 200?',
      answer: 'ArcGIS REST endpoints report many errors as a JSON error object when called with f=json, and the HTTP status may stay 200. Always parse error.code before using the result.',
    },
  ],
  references: ['Esri ArcGIS Server REST API: error codes 498/499', 'RFC 9110 §15.5.2', 'RFC 6750 §3.1'],
}
