import { X509Certificate } from 'node:crypto'
import { createServer } from 'node:https'
import express from 'express'

// Refuse to start with a certificate Cloudflare's Full (strict) mode would reject (526).
const cert = process.env.ORIGIN_CERT_PEM ?? ''
const x509 = new X509Certificate(cert)
if (x509.checkHost('www.example.com') === undefined) throw new Error('origin certificate does not cover www.example.com')
if (new Date(x509.validTo) < new Date()) throw new Error(`origin certificate expired on ${x509.validTo}`)
const app = express()
app.get('/', (_req, res) => { res.send('ok') })
createServer({ cert, key: process.env.ORIGIN_KEY_PEM ?? '' }, app).listen(443)
