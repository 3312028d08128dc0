import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/rates', async () => {
  try {
    const upstream = await fetch('http://rates.internal:8080/latest')
    return (await upstream.json()) as unknown
  } catch (cause) {
    throw problem(502, 'The rates service returned an invalid response.', { cause })
  }
})
