import Fastify from 'fastify'
import { serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
const maxInFlight = 200
let inFlight = 0
app.addHook('onRequest', async () => {
  inFlight += 1 // every request is counted once and released once in onResponse
  if (inFlight > maxInFlight) throw serviceUnavailable('Server is shedding load.', { retryAfter: 5, expose: true })
})
app.addHook('onResponse', async () => { inFlight -= 1 })
