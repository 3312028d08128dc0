import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for nginx 495 (SSL Certificate Error): the client presented a TLS client
 * certificate that failed verification; clients receive 400.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(495).vendor // 'nginx'
 * ```
 */
export const vendorNginx495: GuideEntry = {
  code: 495,
  vendor: 'nginx',
  summary: 'With ssl_verify_client enabled, the client certificate the client presented failed verification; nginx answers 400 "The SSL certificate error".',
  meaning:
    'nginx-specific: NGX_HTTPS_CERT_ERROR (495) is raised when ssl_verify_client is on (or optional) and the certificate the client presented does not verify against ssl_client_certificate / ssl_trusted_certificate: unknown issuing CA, expired, revoked per ssl_crl, or a chain deeper than ssl_verify_depth. nginx rewrites it to 400 and serves the page "400 The SSL certificate error"; the access log records 400. The TLS handshake itself succeeded (nginx checks the result when the HTTP request arrives), so the rejection is an HTTP response, not a TLS alert. Only error_page can see 495.',
  guarantees: [
    'A client certificate was sent, and nginx rejected it during verification; the upstream never saw the request.',
    'The connection is TLS; the problem is the certificate, not the protocol or the port.',
  ],
  doesNotGuarantee: [
    'Which verification step failed: nginx puts the reason in $ssl_client_verify ("FAILED:certificate has expired") and the error log, not in the response.',
    'That the same certificate works on another nginx host with a different trust store.',
  ],
  whenToUse: [
    'In nginx config: error_page 495 =403 /errors/cert-rejected; to answer mTLS API clients with a standard 403 problem naming the verification failure.',
    'Diagnosing a 400 "The SSL certificate error" page on an mTLS endpoint after a client certificate expired or the client CA was rotated.',
    'With ssl_verify_client optional: passing $ssl_client_verify to the app and letting it decide, instead of nginx failing with 495.',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 495 from the application when its own certificate check fails',
      consequence: 'Clients see an unknown 4xx (treated as 400) with no hint that the certificate is at fault.',
      instead: '403 Forbidden (or 401 with a challenge if the API has one) with a problem type such as /probs/client-cert-rejected',
    },
    {
      misuse: 'Leaving nginx\'s default 400 HTML page on a machine-to-machine mTLS API',
      consequence: 'Client developers read "Bad Request" and debug their payload instead of their certificate.',
      instead: 'error_page 495 =403 with a problem+json body',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'Replace the default text/html page with application/problem+json so API clients can parse the reason.',
      ifMissing: 'Clients get an HTML 400 and cannot tell it from a payload error.',
    },
    {
      name: 'X-SSL-Client-Verify',
      why: 'A header nginx can pass upstream (proxy_set_header X-SSL-Client-Verify $ssl_client_verify) when verification is optional, so the app sees SUCCESS, NONE or FAILED:reason.',
      ifMissing: 'The application cannot explain the rejection or log it.',
    },
  ],
  toolInterpretation: {
    browsers: 'A browser with an expired or wrong personal certificate shows nginx\'s 400 page; the user has to pick another certificate (often only after restarting the browser, which caches the choice).',
    apiClients: 'Receive 400 with an HTML body; they do not retry. The real reason is only in nginx\'s logs.',
    crawlers: 'Not applicable: crawlers do not present client certificates to mTLS endpoints.',
    uptimeMonitors: 'A monitor using a client certificate starts failing with 400 the day its certificate expires; alert on certificate expiry instead.',
    cdns: 'CDNs terminate TLS themselves; client-certificate checks at nginx behind a CDN only see the CDN\'s certificate (if any), so 495 there usually means origin mTLS between CDN and origin broke.',
  },
  inspectorSignals: [
    'A 400 whose HTML title is "The SSL certificate error" from an nginx host.',
    'The client certificate\'s validity dates and issuer versus the server\'s trusted client CA list.',
  ],
  correctnessWarnings: [
    'nginx sends 400 for a rejected client certificate; 403 (or 401) describes it better for API clients.',
    'Never emit 495 from an origin: it is nginx-internal and clients treat it as 400.',
  ],
  debugging: [
    'Reproduce: curl -v --cert client.pem --key client.key https://api.example.com/ and read the HTML title.',
    'Check the certificate: openssl x509 -in client.pem -noout -dates -issuer.',
    'Verify it against the server\'s CA bundle: openssl verify -CAfile ca.pem client.pem (add -crl_check with the CRL if ssl_crl is set).',
    'Log $ssl_client_verify in nginx\'s log_format to see the exact failure reason, and check ssl_verify_depth for intermediate CAs.',
  ],
  frameworks: {
    express: `import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
const app = express()
app.use((req, _res, next) => {
  const verify = req.get('x-ssl-client-verify') ?? 'NONE'
  if (verify.startsWith('FAILED')) {
    throw forbidden('Your client certificate was rejected: ' + verify.slice(7) + '.', {
      type: 'https://example.com/probs/client-cert-rejected',
    })
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { forbidden } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Target of nginx's error_page 495 =403 /errors/cert-rejected;
const app = Fastify()
await app.register(problemPlugin)
app.get('/errors/cert-rejected', async () => {
  throw forbidden('The client certificate could not be verified (expired, revoked or unknown CA).', {
    type: 'https://example.com/probs/client-cert-rejected',
  })
})`,
    django: `# nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
from django.http import JsonResponse

class ClientCertMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        verify = request.headers.get("X-SSL-Client-Verify", "NONE")
        if verify.startswith("FAILED"):
            return JsonResponse({"type": "https://example.com/probs/client-cert-rejected",
                                 "title": "Client certificate rejected", "status": 403,
                                 "detail": verify[7:]}, status=403, content_type="application/problem+json")
        return self.get_response(request)`,
    spring: `// Behind nginx with ssl_verify_client optional and X-SSL-Client-Verify forwarded:
@Component
class ClientCertFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String verify = Optional.ofNullable(req.getHeader("X-SSL-Client-Verify")).orElse("NONE");
        if (verify.startsWith("FAILED")) {
            res.setStatus(403);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\\"type\\":\\"https://example.com/probs/client-cert-rejected\\",\\"status\\":403}");
            return;
        }
        chain.doFilter(req, res);
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def client_cert(request: Request, call_next):
    verify = request.headers.get("x-ssl-client-verify", "NONE")  # set by nginx
    if verify.startswith("FAILED"):
        return JSONResponse(status_code=403, media_type="application/problem+json", content={
            "type": "https://example.com/probs/client-cert-rejected",
            "title": "Client certificate rejected", "status": 403, "detail": verify[7:]})
    return await call_next(request)`,
    go: `// Go terminating mTLS itself rejects bad client certificates in the TLS handshake
// (a TLS alert, no HTTP status at all), unlike nginx's 495 -> 400:
srv := &http.Server{
	Addr: ":8443",
	TLSConfig: &tls.Config{
		ClientAuth: tls.RequireAndVerifyClientCert,
		ClientCAs:  clientCAPool,
	},
}
log.Fatal(srv.ListenAndServeTLS("server.pem", "server.key"))`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed; a valid certificate is needed before retrying.',
      'The TLS connection itself works; only verification of the presented certificate failed.',
    ],
    mustNotAssume: [
      'That the 400 means the request body or parameters are wrong.',
      'That renewing the certificate with a different CA will work: the server trusts specific client CAs.',
    ],
  },
  related: [
    { code: 403, difference: 'The standard way to refuse a client whose certificate is not acceptable.' },
    { code: 400, difference: 'What nginx actually sends for 495 (wireAs 400).' },
    { code: 496, difference: 'nginx: no client certificate was presented at all, rather than a bad one.' },
  ],
  faq: [
    {
      question: 'Why is my mTLS failure an HTTP 400 and not a TLS error?',
      answer: 'nginx completes the handshake even when verification fails and reports the failure when the HTTP request arrives, as 495 rewritten to 400. Servers that verify strictly in the handshake (Go with RequireAndVerifyClientCert) fail with a TLS alert instead.',
    },
    {
      question: 'How can the app tell the client why verification failed?',
      answer: 'Use ssl_verify_client optional and forward $ssl_client_verify (SUCCESS, NONE or FAILED:reason) to the app, which then answers with a 403 problem naming the reason.',
    },
  ],
  references: ['nginx src/http/ngx_http_request.h (NGX_HTTPS_CERT_ERROR)', 'nginx ngx_http_ssl_module: error processing', 'RFC 9110 §15.5.4'],
}
