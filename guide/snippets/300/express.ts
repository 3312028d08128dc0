import express from 'express'
import { Status } from 'statuskit'

const variants = [{ lang: 'en', href: '/guide.en.html' }, { lang: 'de', href: '/guide.de.html' }]
const app = express()
app.get('/guide', (_req, res) => {
  res.status(Status.MULTIPLE_CHOICES)
    .location('/guide.en.html') // the server's preference
    .set('link', variants.map((v) => '<' + v.href + '>; rel="alternate"; hreflang="' + v.lang + '"').join(', '))
    .json({ alternatives: variants })
})
app.listen(3000)
