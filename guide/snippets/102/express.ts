import express from 'express'
import { Status } from 'statuskit'

const app = express()
// Legacy WebDAV keep-alive only. New APIs: answer 202 with a status resource.
app.copy('/dav/*path', async (_req, res) => {
  const timer = setInterval(() => res.writeProcessing(), 15_000)
  try {
    await new Promise((resolve) => setTimeout(resolve, 60_000)) // the deep copy
    res.sendStatus(Status.NO_CONTENT)
  } finally {
    clearInterval(timer)
  }
})
app.listen(3000)
