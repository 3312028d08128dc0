import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// A BFF calling a Laravel (Sanctum) API: on 419, refresh the CSRF cookie and repeat once.
const app = Fastify()
await app.register(problemPlugin)
app.post('/proxy/orders', async (req) => {
  const call = (xsrf: string) => fetch('https://shop.example.com/api/orders', {
    method: 'POST', body: JSON.stringify(req.body),
    headers: { 'content-type': 'application/json', 'x-xsrf-token': xsrf, cookie: req.headers.cookie ?? '' },
  })
  let r = await call(String(req.headers['x-xsrf-token'] ?? ''))
  if (r.status === 419) {
    const fresh = await fetch('https://shop.example.com/sanctum/csrf-cookie', { headers: { cookie: req.headers.cookie ?? '' } })
    r = await call(decodeURIComponent(/XSRF-TOKEN=([^;]+)/.exec(fresh.headers.get('set-cookie') ?? '')?.[1] ?? ''))
  }
  return { status: r.status }
})
