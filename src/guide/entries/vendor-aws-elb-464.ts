import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for AWS Application Load Balancer 464 (Incompatible Protocol Versions): the
 * request's protocol does not match the target group's protocol version.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(464).whenToUse
 * ```
 */
export const vendorAwsElb464: GuideEntry = {
  code: 464,
  vendor: 'aws-elb',
  summary: 'The AWS Application Load Balancer cannot forward the request because its protocol (HTTP/1.1, HTTP/2, gRPC) is incompatible with the target group\'s protocol version.',
  meaning:
    'AWS ALB-specific: the load balancer received an incoming request protocol that is incompatible with the version config of the target group protocol (AWS ALB troubleshooting). Typical cases: an HTTP/1.1 request to a target group whose protocol version is gRPC or HTTP/2; a gRPC request to an HTTP/1.1 target group; an HTTP/2 request that is not a POST to a gRPC target group. The ALB answers 464 itself; no target sees the request. It is a configuration mismatch between listener, target group and client, not a fault in the request content.',
  guarantees: [
    'No target received the request.',
    'The mismatch is between the client\'s protocol and the target group\'s protocol version setting.',
  ],
  doesNotGuarantee: [
    'That the client can switch protocols: browsers choose HTTP/1.1 or HTTP/2 themselves.',
    'A machine-readable explanation: the ALB sends its own short error page.',
  ],
  whenToUse: [
    'Diagnosing 464s after creating a target group with protocol version gRPC and pointing browser or REST traffic at it.',
    'Splitting traffic: a listener rule routes application/grpc requests to a gRPC target group and everything else to an HTTP/1.1 one.',
    'Checking health-check or monitoring clients that speak HTTP/1.1 to a gRPC-only target group.',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 464 from an application that only supports HTTP/2',
      consequence: 'Clients see an unknown 4xx treated as 400 with no hint about the protocol.',
      instead: '505 HTTP Version Not Supported (for the HTTP version) or 426 Upgrade Required with Upgrade',
    },
    {
      misuse: 'Using a gRPC target group as the default action for a listener that also serves web pages',
      consequence: 'Every browser GET gets 464.',
      instead: 'A listener rule matching gRPC requests (content-type application/grpc) and an HTTP/1.1 default target group',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'gRPC requests carry application/grpc; listener rules can route on it to the gRPC target group.',
      ifMissing: 'Rules cannot separate gRPC from REST traffic, so one of them hits the wrong target group.',
    },
    {
      name: 'Upgrade',
      why: 'Not used by ALB for protocol choice (ALPN in the TLS handshake decides HTTP/2); worth knowing when comparing with 426.',
      ifMissing: 'No effect on 464.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers speaking HTTP/1.1 or HTTP/2 GETs to a gRPC target group get the ALB\'s 464 page.',
    apiClients: 'REST clients get an unknown 4xx (treated as 400); gRPC clients hitting an HTTP/1.1 target group get a non-gRPC response and report UNKNOWN or UNIMPLEMENTED errors.',
    crawlers: 'Crawl errors if the site\'s default target group is gRPC.',
    uptimeMonitors: 'HTTP monitors against gRPC endpoints fail with 464; use a gRPC health check instead.',
    cdns: 'A CDN that forwards HTTP/1.1 to the ALB triggers 464 on gRPC target groups; gRPC needs HTTP/2 end to end.',
  },
  inspectorSignals: [
    'The request\'s negotiated protocol (HTTP/1.1 vs HTTP/2) and whether it is gRPC (content-type application/grpc, POST).',
    'Responses with 464 and an ALB Server header (awselb/2.0).',
  ],
  correctnessWarnings: [
    '464 is ALB-specific; an origin must not emit it (status-facts §5.21).',
    'gRPC target groups need HTTP/2 from the client to the ALB, which requires an HTTPS listener.',
  ],
  debugging: [
    'Run curl -v --http1.1 and --http2 against the URL; note which protocol the failing client uses.',
    'In the console, check the target group\'s protocol version (HTTP1, HTTP2, gRPC) for the rule that matched.',
    'Check listener rules: route gRPC (content-type application/grpc) to the gRPC target group, other traffic elsewhere.',
    'Make sure the listener is HTTPS (HTTP/2 via ALPN) when gRPC or HTTP/2 target groups are used.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// The REST side of a split listener (HTTP/1.1 target group). A gRPC call that was
// mis-routed here gets a clear, standard answer instead of an obscure failure.
const app = express()
app.use((req, _res, next) => {
  if ((req.get('content-type') ?? '').startsWith('application/grpc')) {
    throw problem(415, 'gRPC is served by the grpc target group; check the ALB listener rules.')
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// An HTTP/2 (cleartext h2c) target for a target group with protocol version HTTP2.
// Such a target group forwards only HTTP/2 requests: HTTP/1.1 clients get 464 from the ALB.
const app = Fastify({ http2: true })
await app.register(problemPlugin)
app.get('/health', async () => ({ ok: true }))
await app.listen({ port: 8080, host: '0.0.0.0' })`,
    django: `# AWS CLI: route gRPC to its own target group, everything else to HTTP/1.1.
#   aws elbv2 create-rule --listener-arn $LISTENER --priority 10 \\
#     --conditions Field=http-header,HttpHeaderConfig='{HttpHeaderName=content-type,Values=["application/grpc*"]}' \\
#     --actions Type=forward,TargetGroupArn=$GRPC_TG
# Django stays on the HTTP1 target group (default action).`,
    spring: `// A Spring Boot REST service sits behind an HTTP1 target group; a gRPC service
// (grpc-java) behind a target group with ProtocolVersion=GRPC. Health check for the gRPC one:
//   aws elbv2 modify-target-group --target-group-arn $GRPC_TG \\
//     --health-check-path /grpc.health.v1.Health/Check --matcher GrpcCode=0
@GetMapping("/health")
Map<String, Boolean> health() { return Map.of("ok", true); }`,
    fastapi: `# Client side: detect the ALB's 464 and report the protocol mismatch clearly.
import httpx

r = httpx.get("https://api.example.com/orders")
if r.status_code == 464:
    raise RuntimeError("ALB 464: this path is served by an HTTP/2 or gRPC target group; "
                       "use a gRPC client or fix the listener rule")`,
    go: `// gRPC needs HTTP/2 from client to ALB: an HTTPS listener plus a GRPC target group.
// Plain net/http client calling a gRPC path over HTTP/1.1 gets 464:
resp, err := http.Post("https://api.example.com/orders.v1.Orders/List", "application/grpc", body)
if err == nil && resp.StatusCode == 464 {
	log.Print("ALB 464: protocol mismatch; use a gRPC client (HTTP/2)")
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed; it is safe to resend with the right protocol or to the right path.',
      'Using the protocol the target group expects, or a path routed to a compatible target group, resolves it.',
    ],
    mustNotAssume: [
      'That the request content is wrong.',
      'That retrying with the same protocol will ever work.',
    ],
  },
  related: [
    { code: 505, difference: 'The standard code for an HTTP major version the server does not support.' },
    { code: 426, difference: 'Standard: the server requires a protocol upgrade and names it in Upgrade.' },
    { code: 502, difference: 'What the ALB sends when a target answers with something it cannot parse, e.g. HTTP/1.1 from a target expected to speak HTTP/2.' },
  ],
  faq: [
    {
      question: 'My browser app gets 464 after we added gRPC. Why?',
      answer: 'The listener\'s default action (or a too-broad rule) now forwards to the gRPC target group. Add a rule that sends only gRPC requests there and keep an HTTP1 target group as the default.',
    },
    {
      question: 'Which target group protocol version should I choose?',
      answer: 'HTTP1 unless every client speaks HTTP/2: HTTP2 target groups forward only HTTP/2 requests and gRPC target groups only gRPC, so HTTP/1.1 clients get 464 from both.',
    },
  ],
  references: ['AWS ALB troubleshooting: HTTP 464', 'RFC 9110 §15.6.6', 'RFC 9113 §3.2'],
}
