import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 402 Payment Required: registered but "reserved for future use"; any meaning
 * is an API's private convention.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(402).meaning
 * ```
 */
export const status402: GuideEntry = {
  code: 402,
  summary: 'Reserved for future use by RFC 9110; some APIs use it for billing failures, with meanings that differ per vendor.',
  meaning:
    'RFC 9110 §15.5.3 defines 402 only as "reserved for future use". HTTP gives it no semantics, so generic clients treat it as a plain 4xx. Payment APIs use it by their own convention: Stripe for a request that was valid but failed (e.g. a declined card), Shopify for a shop whose plan is unpaid or frozen. These meanings are not interoperable; an API that uses 402 must define it in its problem type.',
  guarantees: [
    'The request was refused by the server as a client-side condition; a generic client learns nothing more from the code.',
    'If the API documents 402, its problem type describes the billing condition (declined card, quota of a paid plan, unpaid account).',
  ],
  doesNotGuarantee: [
    'Any standard meaning, header or body shape: HTTP defines none.',
    'That paying will fix it: the code is used for declined cards, exhausted credit and frozen accounts alike.',
    'That the operation had no side effect at the payment provider (a declined charge may still be recorded).',
  ],
  whenToUse: [
    'Your own API, documented: a paid feature was requested on an account whose subscription has lapsed, with a problem type such as /probs/subscription-required.',
    'A payment endpoint where the request was valid but the charge was declined, following Stripe\'s convention, with the decline code in an extension member.',
    'Prepaid credit is exhausted and the client must top up before further metered calls succeed (distinct from a rate limit).',
  ],
  whenNotToUse: [
    {
      misuse: 'Using 402 for rate limiting or quota windows that reset by themselves',
      consequence: 'Clients do not back off and retry; they prompt users to pay for something that would recover on its own.',
      instead: '429 Too Many Requests with Retry-After',
    },
    {
      misuse: 'Using 402 for an unauthenticated caller of a paid endpoint',
      consequence: 'Clients never trigger login; billing UI is shown to anonymous users.',
      instead: '401 Unauthorized with a WWW-Authenticate challenge',
    },
    {
      misuse: 'Sending 402 with no problem type, expecting clients to understand it',
      consequence: 'Generic clients treat it as an opaque 4xx; every integrator must reverse-engineer your meaning.',
      instead: '402 with a documented problem type, or 403 Forbidden with a type such as /probs/plan-required',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json: the problem type is the only place 402\'s meaning lives.',
      ifMissing: 'The client sees a status with no agreed semantics and no explanation.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store: the answer changes as soon as the account is paid up.',
      ifMissing: 'A cached 402 could keep blocking a user who has already paid.',
    },
    {
      name: 'Link',
      why: 'A link to the billing page or the payment method to update (e.g. rel="payment").',
      ifMissing: 'The user has no path to resolve the condition from the response.',
    },
  ],
  toolInterpretation: {
    browsers: 'No special handling; the body is rendered or handed to script like any 4xx.',
    apiClients: 'Treated as a non-retryable 4xx by ky, got and undici. Vendor SDKs map it to their own errors (Stripe: CardError).',
    crawlers: 'Treated like other 4xx: the URL is not indexed. Paywalled articles should not answer 402 to crawlers they want indexed.',
    uptimeMonitors: 'A 402 on a monitored endpoint usually means the monitoring account\'s plan or credit ran out.',
    cdns: 'Passed through; no default caching.',
  },
  inspectorSignals: [
    'Whether a problem type documents the billing condition.',
    'Whether the condition is actually a rate limit (then 429) or an authentication problem (then 401).',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.5.3 reserves 402 for future use: vendor meanings are not interoperable.',
    'Do not put card numbers or full payment details in the problem detail or extensions.',
  ],
  debugging: [
    'Read the problem body with curl -i: the type or vendor error code (e.g. Stripe decline_code) says which billing condition applies.',
    'Check the account\'s plan, subscription state and remaining credit in the provider\'s dashboard.',
    'For card payments, retry in test mode with a known-good test card to separate integration bugs from declines.',
    'Confirm whether the API documents 402 at all; if not, report it as a bug in the API.',
  ],
  frameworks: {
    express: `import express from 'express'
import { paymentRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const plans = new Map([['acme', 'lapsed']])
const app = express()
app.post('/reports/:account', (req, res) => {
  if (plans.get(req.params.account) === 'lapsed') {
    throw paymentRequired('Reports need an active subscription.', {
      type: 'https://example.com/probs/subscription-required',
      headers: { link: '</billing>; rel="payment"' },
    })
  }
  res.status(202).json({ queued: true })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { paymentRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

let credits = 0
const app = Fastify()
await app.register(problemPlugin)
app.post('/translate', async () => {
  if (credits <= 0) {
    throw paymentRequired('Your prepaid credit is exhausted.', {
      type: 'https://example.com/probs/credit-exhausted',
      extensions: { balance: credits },
    })
  }
  credits -= 1
  return { ok: true }
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class ReportView(APIView):
    def post(self, request):
        if not request.user.account.subscription_active:
            return Response({"type": "https://example.com/probs/subscription-required",
                             "title": "Subscription required", "status": 402,
                             "detail": "Reports need an active subscription."},
                            status=402, content_type="application/problem+json")
        return Response(status=202)`,
    spring: `@ExceptionHandler(SubscriptionLapsedException.class)
ProblemDetail onLapsed(SubscriptionLapsedException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED,
        "Reports need an active subscription.");
    pd.setType(URI.create("https://example.com/probs/subscription-required"));
    pd.setTitle("Subscription required");
    return pd;
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()
balance = {"acme": 0}

@app.post("/accounts/{account}/translate")
def translate(account: str):
    if balance[account] <= 0:
        return JSONResponse(status_code=402, media_type="application/problem+json", content={
            "type": "https://example.com/probs/credit-exhausted", "title": "Credit exhausted",
            "status": 402, "detail": "Top up your prepaid credit.", "balance": balance[account]})
    balance[account] -= 1
    return {"ok": True}`,
    go: `func charge(w http.ResponseWriter, r *http.Request) {
	if declineCode, declined := tryCharge(r); declined {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusPaymentRequired)
		json.NewEncoder(w).Encode(map[string]any{
			"type": "https://example.com/probs/card-declined", "title": "Card declined",
			"status": 402, "detail": "The card was declined.", "declineCode": declineCode,
		})
		return
	}
	w.WriteHeader(http.StatusCreated)
}`,
  },
  clientContract: {
    canAssume: [
      'Only what the API\'s own documentation and problem type say.',
      'The failed call did not perform the paid operation itself.',
    ],
    mustNotAssume: [
      'Any interoperable meaning across APIs (Stripe and Shopify use 402 differently).',
      'That waiting and retrying helps; the billing condition must be resolved first.',
    ],
  },
  related: [
    { code: 403, difference: 'The standard way to refuse a request the caller is not entitled to; add a problem type such as /probs/plan-required.' },
    { code: 429, difference: 'A rate limit or quota that recovers with time; clients back off instead of paying.' },
    { code: 401, difference: 'The caller is not authenticated at all.' },
  ],
  faq: [
    {
      question: 'Is 402 safe to use in a public API?',
      answer: 'It works, but HTTP gives it no meaning: document it and always send a problem type. Many APIs choose 403 with a specific type to stay within defined semantics.',
    },
    {
      question: 'Does Stripe\'s 402 mean the same as Shopify\'s?',
      answer: 'No. Stripe uses 402 when a valid request failed at the payment step (e.g. a declined card); Shopify has used it for shops with unpaid bills or frozen plans. Read each API\'s error code in the body, not just the status.',
    },
  ],
  references: ['RFC 9110 §15.5.3', 'RFC 9457 §3'],
}
