// statuskit/web under the adapter contract on Node, through @hono/node-server's request
// listener (Node writes the status line's phrase itself: see \`phraseFromBridge\`).
import { runContract } from '../contract.js'
import { serveWeb } from './serve-web.js'
import { webDriver } from './web-driver.js'

runContract([webDriver('web-on-node', serveWeb, true)])
