import express from 'express'
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
app.use(problemHandler())
