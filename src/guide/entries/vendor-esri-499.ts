import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for Esri ArcGIS 499 (Token Required): a request to a secured ArcGIS service
 * carried no token. Not nginx's 499.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(499, 'esri').vendor // 'esri' (explain(499) alone is nginx's)
 * ```
 */
export const vendorEsri499: GuideEntry = {
  code: 499,
  vendor: 'esri',
  summary: 'An ArcGIS service is secured and the request arrived without any token; authenticate, obtain a token, and send it.',
  meaning:
    'Esri-specific: ArcGIS Server and ArcGIS Online use 499 "Token Required" when a secured service receives a request with no token (no token parameter, no X-Esri-Authorization or Authorization header). Like 498 it may be reported in a JSON error object ({"error":{"code":499,"message":"Token Required"}}) in an HTTP 200. The same number means "Client Closed Request" in nginx logs, a completely different thing, so always note which system reported it. An ordinary origin should answer missing credentials with 401 and a WWW-Authenticate challenge.',
  guarantees: [
    'The service is secured and the request carried no credentials it recognised; nothing was performed.',
    'The request reached ArcGIS Server, which is running and enforcing security on the service.',
  ],
  doesNotGuarantee: [
    'That the user will be allowed once authenticated: a token without access to the item gets 403.',
    'That the status line says 499: check the JSON error body.',
  ],
  whenToUse: [
    'Client code against ArcGIS services: on error.code 499, start the sign-in flow (OAuth or generateToken) and repeat the request with the token.',
    'Diagnosing a map that shows no layers after a service was switched from public to secured.',
    'Separating Esri 499s from nginx 499s in mixed logs (look at which component wrote the line).',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 499 from your own API for missing credentials',
      consequence: 'Clients treat it as an unknown 4xx (400); observability tools read 499 as "client closed request" and hide it as a cancellation.',
      instead: '401 Unauthorized with a WWW-Authenticate challenge (Bearer realm=...)',
    },
    {
      misuse: 'Reading an nginx access-log 499 in front of ArcGIS as "Token Required"',
      consequence: 'You chase authentication while the real problem is slow responses and client timeouts.',
      instead: 'Check which system logged it: nginx 499 is a client disconnect',
    },
  ],
  criticalHeaders: [
    {
      name: 'X-Esri-Authorization',
      why: 'Where ArcGIS looks for a token in a header (Bearer <token>); some proxies strip Authorization, so Esri added this header.',
      ifMissing: 'Without a token parameter either, the secured service answers 499.',
    },
    {
      name: 'Authorization',
      why: 'ArcGIS also accepts Bearer tokens here in recent versions, but web-tier authentication (IWA, PKI) may claim the header first.',
      ifMissing: 'The request is anonymous.',
    },
  ],
  toolInterpretation: {
    browsers: 'The ArcGIS Maps SDK for JavaScript catches 499 and shows its sign-in dialog (IdentityManager) before repeating the request.',
    apiClients: 'Generic clients see a 499 (treated as 400) or a 200 with an error body and do not start any sign-in.',
    crawlers: 'Secured services are skipped.',
    uptimeMonitors: 'A check that suddenly gets 499 hits a service that was secured since; give the check a token.',
    cdns: 'Passed through. Monitoring stacks that assume nginx semantics may drop it as a client cancellation.',
  },
  inspectorSignals: [
    'A JSON error body with code 499 from an ArcGIS endpoint (path contains /arcgis/rest/).',
    'No token parameter and no X-Esri-Authorization or Authorization header on the request.',
  ],
  correctnessWarnings: [
    'Two vendors use 499 for unrelated meanings (nginx: client closed request; Esri: token required); record the vendor with the code.',
    'Own APIs should use 401 with WWW-Authenticate for missing credentials.',
  ],
  debugging: [
    'Open the service URL with ?f=json in a browser or curl and read error.code and message.',
    'Check the service\'s sharing or security settings in ArcGIS Server Manager or the portal item.',
    'Obtain a token (generateToken or OAuth) and repeat with the X-Esri-Authorization: Bearer <token> header.',
    'If a token is sent but still ignored, look for a proxy that strips headers or query parameters.',
  ],
  frameworks: {
    express: `import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A backend proxy for ArcGIS: Esri 499 means the call had no token; ask your client to sign in.
const app = express()
app.get('/gis/services/:name', async (req, res) => {
  const r = await fetch('https://gis.example.com/arcgis/rest/services/' + encodeURIComponent(req.params.name) + '/MapServer?f=json')
  const body = (await r.json()) as { error?: { code?: number } }
  if (r.status === 499 || body.error?.code === 499) {
    throw unauthorized('This map service requires sign-in.', { wwwAuthenticate: 'Bearer realm="gis"' })
  }
  res.json(body)
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/gis/services', async (req) => {
  const token = req.headers['x-gis-token']
  if (token === undefined) {
    // Fail early with a standard 401 instead of forwarding and getting Esri's 499.
    throw unauthorized('Sign in to the GIS portal first.', { wwwAuthenticate: 'Bearer realm="gis"' })
  }
  const r = await fetch('https://gis.example.com/arcgis/rest/services?f=json', {
    headers: { 'x-esri-authorization': 'Bearer ' + String(token) },
  })
  return r.json()
})`,
    django: `import requests

def list_layers(session_token):
    r = requests.get("https://gis.example.com/arcgis/rest/services", params={"f": "json"},
                     headers={"X-Esri-Authorization": f"Bearer {session_token}"} if session_token else {},
                     timeout=10)
    data = r.json()
    if r.status_code == 499 or data.get("error", {}).get("code") == 499:
        raise PermissionError("Esri 499 Token Required: sign the user in (OAuth) and retry")
    return data`,
    spring: `// Client side: add the token to every ArcGIS call so secured services do not answer 499.
RestClient gis = RestClient.builder()
    .baseUrl("https://gis.example.com/arcgis/rest/services")
    .requestInterceptor((req, body, exec) -> {
        req.getHeaders().set("X-Esri-Authorization", "Bearer " + tokens.current());
        return exec.execute(req, body);
    })
    .build();`,
    fastapi: `import httpx
from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/gis/services")
async def services(x_gis_token: str | None = Header(default=None)):
    if x_gis_token is None:
        return JSONResponse(status_code=401, media_type="application/problem+json",
            headers={"WWW-Authenticate": 'Bearer realm="gis"'},
            content={"type": "about:blank", "title": "Unauthorized", "status": 401,
                     "detail": "Sign in to the GIS portal first."})
    async with httpx.AsyncClient() as c:
        r = await c.get("https://gis.example.com/arcgis/rest/services", params={"f": "json"},
                        headers={"X-Esri-Authorization": f"Bearer {x_gis_token}"})
    return r.json()`,
    go: `// Distinguish Esri's 499 (in an ArcGIS response) from nginx's 499 (in a log line).
func isEsriTokenRequired(resp *http.Response, body []byte) bool {
	if !strings.Contains(resp.Request.URL.Path, "/arcgis/rest/") {
		return false
	}
	var e struct{ Error *struct{ Code int } }
	json.Unmarshal(body, &e)
	return resp.StatusCode == 499 || (e.Error != nil && e.Error.Code == 499)
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not performed; repeating it with a token is safe.',
      'The ArcGIS Maps SDK can obtain a token interactively (IdentityManager) and repeat the request.',
    ],
    mustNotAssume: [
      'That a 499 from any system means "token required"; nginx uses the number for client disconnects.',
      'That any token works: it must come from the server or portal that secures the service.',
    ],
  },
  related: [
    { code: 401, difference: 'The standard status for missing credentials, with a challenge.' },
    { code: 498, difference: 'Esri: a token was sent but is invalid or expired.' },
    { code: 403, difference: 'A token was accepted but the signed-in user may not access this service or layer.' },
  ],
  faq: [
    {
      question: 'Is Esri\'s 499 related to nginx\'s 499?',
      answer: 'No. Esri 499 is a response meaning "Token Required"; nginx 499 is a log entry meaning the client disconnected before the response. Keep the vendor with the code when you store or alert on it.',
    },
    {
      question: 'How do I get a token for ArcGIS?',
      answer: 'For users, OAuth 2.0 against the portal; for scripts, the generateToken endpoint or app credentials, as the server\'s security configuration allows. Send it in X-Esri-Authorization rather than in the URL.',
    },
  ],
  references: ['Esri ArcGIS Server REST API: error codes 498/499', 'RFC 9110 §15.5.2', 'RFC 9110 §15'],
}
