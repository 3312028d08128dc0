import express from 'express'

const app = express()
app.get('/', async (_req, res) => {
  // Node 18.11+: the hints go out at once, before the slow work.
  res.writeEarlyHints({ link: ['</app.css>; rel=preload; as=style', '<https://cdn.example.com>; rel=preconnect'] })
  const html = await new Promise<string>((resolve) => setTimeout(() => resolve('<!doctype html>...'), 300))
  res.set('link', '</app.css>; rel=preload; as=style').type('html').send(html)
})
app.listen(3000)
