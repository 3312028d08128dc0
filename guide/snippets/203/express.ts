import express from 'express'
import { Status } from 'statuskit'

// A transforming proxy: it rewrites the origin's 200 and says so with 203.
const app = express()
app.get('/news', async (_req, res) => {
  const upstream = await fetch('https://origin.example.com/news')
  const html = await upstream.text()
  if (upstream.status !== 200 || (upstream.headers.get('cache-control') ?? '').includes('no-transform')) {
    res.status(upstream.status).type('html').send(html)
    return
  }
  const lazy = html.replaceAll('<img ', '<img loading="lazy" ')
  res.status(Status.NON_AUTHORITATIVE_INFORMATION).set('via', '1.1 optimiser').type('html').send(lazy)
})
app.listen(3000)
