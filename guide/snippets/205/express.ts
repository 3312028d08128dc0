import express from 'express'
import { Status } from 'statuskit'

const readings: unknown[] = []
const app = express()
app.use(express.json())
app.post('/meter-readings', (req, res) => {
  readings.push(req.body)
  // Saved: the data-entry client clears its form for the next reading.
  res.status(Status.RESET_CONTENT).set('content-length', '0').end()
})
app.listen(3000)
