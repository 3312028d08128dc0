// statuskit/web (withProblems with the Worker's env and ctx) and statuskit/hono under the
// adapter contract in Cloudflare's runtime, workerd (see workerd-driver.ts).
import { runContract } from '../contract.js'
import { workerdDriver } from './workerd-driver.js'

runContract([workerdDriver('web-on-workerd', 'web'), workerdDriver('hono4-on-workerd', 'hono')])
