import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A gateway in front of an IIS app: translate its 440 into a standard 401.
const app = Fastify()
await app.register(problemPlugin)
app.get('/mail/inbox', async (req) => {
  const r = await fetch('https://owa.example.com/owa/service.svc', { headers: { cookie: req.headers.cookie ?? '' } })
  if (r.status === 440) throw unauthorized('The mail session timed out; sign in again.', { wwwAuthenticate: 'Session realm="mail"' })
  return r.json()
})
