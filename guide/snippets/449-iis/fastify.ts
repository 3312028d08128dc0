import Fastify from 'fastify'
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
})
