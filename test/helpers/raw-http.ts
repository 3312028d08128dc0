// Sends raw bytes to a loopback server and returns the whole answer (the server closes
// or the answer ends within the test's own timeout). For request-targets and Host
// headers fetch refuses to send.
import { connect } from 'node:net'

export function rawHttp(base: string, text: string): Promise<string> {
  const { port } = new URL(base)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(text))
    let out = ''
    socket.on('data', (d: Buffer) => (out += d.toString('latin1')))
    socket.on('end', () => resolve(out))
    socket.on('error', reject)
  })
}
