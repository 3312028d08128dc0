import express from 'express'
import { Status } from 'statuskit'

const app = express()
// The v1 API moved for good; writes must arrive intact at the new address.
app.all('/v1/*rest', (req, res) => {
  res.set({ 'cache-control': 'max-age=3600', sunset: 'Sat, 01 May 2027 00:00:00 GMT' })
  res.redirect(Status.PERMANENT_REDIRECT, 'https://api.example.com/v2' + req.originalUrl.slice(3))
})
app.listen(3000)
