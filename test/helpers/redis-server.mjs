// Starts a real redis-server (Debian's; .ci/run installs it) on a random loopback port,
// without persistence, and stops it. No assertions. Plain JS (typed by redis-server.d.mts)
// so that the tests and the bench share it.
import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'

/** Whether `redis-server` is on the PATH. */
export function hasRedisServer() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0
}

/** A port that was free a moment ago (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function startOn(port) {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`redis-server did not start:\n${output}`))
    }, 10_000)
    child.stdout.on('data', (chunk) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with ${code}:\n${output}`))
    })
  })
}

/** Starts redis-server; throws with the install hint when it is missing. */
export async function startRedisServer() {
  if (!hasRedisServer()) throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does)')
  let lastError
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    try {
      const child = await startOn(port)
      return {
        port,
        url: `redis://127.0.0.1:${port}`,
        stop: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve()
            child.once('exit', () => resolve())
            child.kill('SIGTERM')
          }),
      }
    } catch (error) {
      lastError = error // the port was taken in between: try another
    }
  }
  throw lastError
}
