import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A negotiator that refuses to pick a variant that would negotiate again.
const variants: Record<string, { negotiable: boolean }> = { '/report.en.html': { negotiable: true } }
const app = express()
app.get('/report', (_req, _res) => {
  const chosen = '/report.en.html'
  if (variants[chosen]?.negotiable) throw problem(506, 'Server negotiation is misconfigured.')
})
app.use(problemHandler())
