import express from 'express'
import { problemHandler } from 'statuskit/express'

// A crash that resets the connection becomes a Cloudflare 520.
// A catch-all handler turns it into a complete 500 the edge passes through.
const app = express()
app.get('/export', async () => {
  throw new Error('PDF renderer crashed')
})
app.use(problemHandler())
app.listen(8080)
