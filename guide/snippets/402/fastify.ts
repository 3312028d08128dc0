import Fastify from 'fastify'
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
})
