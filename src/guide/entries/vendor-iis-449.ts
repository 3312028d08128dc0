import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for Microsoft 449 (Retry With): a Microsoft protocol extension asking the client to
 * repeat the request after supplying what the server asked for.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(449).references
 * ```
 */
export const vendorIis449: GuideEntry = {
  code: 449,
  vendor: 'iis',
  summary: 'A Microsoft extension status: the server wants the request repeated with extra information it names (an echo header in WebDAV, a provisioning step in Exchange ActiveSync).',
  meaning:
    'Microsoft-specific: 449 "Retry With" is defined by Microsoft protocol documents, not by HTTP. In the WebDAV extensions (MS-WDV §3.1.5.5) the server answers 449 with an Ms-Echo-Request header, and the client repeats the request carrying Ms-Echo-Reply with the same value. Exchange ActiveSync uses 449 to tell a device it must (re)provision, i.e. fetch and acknowledge the security policy, before its command is accepted. Generic HTTP clients know nothing of this and treat 449 as 400.',
  guarantees: [
    'The request was not performed yet.',
    'Repeating it with the information the protocol asks for (echo header, provisioning) is expected to succeed.',
  ],
  doesNotGuarantee: [
    'That a generic client can comply: only clients implementing the Microsoft protocol know what to add.',
    'That the same meaning applies outside IIS WebDAV and Exchange ActiveSync.',
  ],
  whenToUse: [
    'Implementing a client of Windows WebDAV (MS-WDV) servers: handle 449 by echoing Ms-Echo-Request in Ms-Echo-Reply and resending.',
    'Exchange ActiveSync device logs: 449 after a policy change means the device must run the Provision command again.',
    'Reading IIS logs: 449 bursts right after an ActiveSync policy update are expected.',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 449 from a new API to say "retry with different parameters"',
      consequence: 'Clients treat it as 400 and cannot know what to change; no standard header names the requirement.',
      instead: '428 Precondition Required, 412, or 400/422 with a problem type that says what to change',
    },
    {
      misuse: 'Retrying a 449 unchanged in a generic client',
      consequence: 'The server answers 449 again; the client loops.',
      instead: 'Implement the vendor protocol step, or surface the error',
    },
  ],
  criticalHeaders: [
    {
      name: 'Ms-Echo-Request',
      why: 'MS-WDV: the value the client must send back in Ms-Echo-Reply on its repeated request.',
      ifMissing: 'A WebDAV client cannot complete the exchange.',
    },
    {
      name: 'X-MS-PolicyKey',
      why: 'Exchange ActiveSync: the policy key the device obtains by provisioning and sends on later commands.',
      ifMissing: 'The device keeps receiving 449 until it provisions.',
    },
  ],
  toolInterpretation: {
    browsers: 'Not relevant: browsers do not speak these Microsoft protocols; a 449 would be shown as an error.',
    apiClients: 'Generic clients treat 449 as 400; Windows WebDAV redirector and ActiveSync clients handle it.',
    crawlers: 'Not applicable.',
    uptimeMonitors: 'ActiveSync probes that do not provision will see 449; use a provisioned test device or account.',
    cdns: 'Passed through; reverse proxies publishing Exchange must forward the ActiveSync headers unchanged.',
  },
  inspectorSignals: [
    'A 449 with Ms-Echo-Request (MS-WDV) or on /Microsoft-Server-ActiveSync (EAS).',
    'Whether the client\'s next request carries Ms-Echo-Reply or X-MS-PolicyKey.',
  ],
  correctnessWarnings: [
    '449 is a Microsoft extension (status-facts §3); new services should not use it.',
    'Standard clients cannot act on 449 without implementing the vendor protocol.',
  ],
  debugging: [
    'Capture the exchange (curl -v or a proxy like Fiddler) and look for Ms-Echo-Request or an ActiveSync path.',
    'For WebDAV: check that the repeated request sends Ms-Echo-Reply with the exact value.',
    'For ActiveSync: check the device log for Provision commands and the policy key it sends.',
    'Make sure no proxy strips the Ms-* or X-MS-* headers.',
  ],
  frameworks: {
    express: `import express from 'express'
import { preconditionRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// The standard way to say "repeat with X": 428 plus a problem body naming X, instead of 449.
const app = express()
app.put('/files/:name', (req, res) => {
  if (req.get('if-match') === undefined) {
    throw preconditionRequired('Repeat the upload with If-Match set to the ETag you last read.')
  }
  res.status(204).end()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Client side of MS-WDV: answer a 449 by echoing Ms-Echo-Request and resending once.
const app = Fastify()
await app.register(problemPlugin)
app.put<{ Params: { name: string } }>('/mirror/:name', async (req) => {
  const send = (extra: Record<string, string>) =>
    fetch('https://dav.example.com/' + req.params.name, { method: 'PUT', body: String(req.body), headers: extra })
  let r = await send({})
  const echo = r.headers.get('ms-echo-request')
  if (r.status === 449 && echo !== null) r = await send({ 'ms-echo-reply': echo })
  return { status: r.status }
})`,
    django: `import requests

def dav_put(url, data, session: requests.Session):
    r = session.put(url, data=data)
    echo = r.headers.get("Ms-Echo-Request")
    if r.status_code == 449 and echo:
        r = session.put(url, data=data, headers={"Ms-Echo-Reply": echo})  # MS-WDV 3.1.5.5
    return r`,
    spring: `// Standard replacement for "Retry With": 428 with a ProblemDetail naming the requirement.
@ExceptionHandler(MissingPreconditionException.class)
ProblemDetail onMissingPrecondition(MissingPreconditionException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
        "Repeat the request with If-Match set to the current ETag.");
    pd.setType(URI.create("https://example.com/probs/if-match-required"));
    return pd;
}`,
    fastapi: `import httpx

def activesync(client: httpx.Client, cmd: str, body: bytes, policy_key: str | None):
    headers = {"X-MS-PolicyKey": policy_key} if policy_key else {}
    r = client.post(f"/Microsoft-Server-ActiveSync?Cmd={cmd}", content=body, headers=headers)
    if r.status_code == 449:  # Retry With: provision first, then repeat with the new policy key
        raise NeedsProvisioning()
    return r`,
    go: `resp, err := client.Do(req)
if err == nil && resp.StatusCode == 449 {
	if echo := resp.Header.Get("Ms-Echo-Request"); echo != "" {
		retry := req.Clone(req.Context())
		retry.Body, _ = req.GetBody()
		retry.Header.Set("Ms-Echo-Reply", echo)
		resp, err = client.Do(retry)
	}
}`,
  },
  clientContract: {
    canAssume: [
      'If it implements the Microsoft protocol in use, repeating with the requested information is the expected next step.',
      'The server is reachable and asks for a specific next protocol step rather than refusing outright.',
    ],
    mustNotAssume: [
      'That a plain retry without the requested header or provisioning step will succeed.',
      'That 449 means anything outside the Microsoft protocols that define it.',
    ],
  },
  related: [
    { code: 428, difference: 'The standard way to demand that a request be repeated with a precondition.' },
    { code: 412, difference: 'A precondition the client sent failed.' },
    { code: 400, difference: 'How generic clients interpret the unknown 449.' },
  ],
  faq: [
    {
      question: 'Should my API return 449 to ask clients to retry?',
      answer: 'No. Use a registered code that says why (428, 409, 429, 503 with Retry-After) and a problem body with the details.',
    },
    {
      question: 'Why does my ActiveSync phone keep getting 449?',
      answer: 'The server requires a security policy the device has not acknowledged with the Provision command and the new policy key. Re-provisioning (often removing and re-adding the account) resolves it.',
    },
  ],
  references: ['Microsoft MS-WDV §3.1.5.5', 'Microsoft MS-ASHTTP', 'RFC 6585 §3'],
}
