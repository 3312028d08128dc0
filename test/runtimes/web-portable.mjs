// Portable tests of `statuskit/web` against the BUILT entry, in any runtime with web
// `Request`/`Response` (Node 18+, Bun, Deno): the wrapped handler called directly, then,
// where the runtime has a web server of its own (`Bun.serve`, `Deno.serve`), served on
// 127.0.0.1 (port 0) and called with fetch. Returns { passed, failed, failures }.

/** A handler with one route per case. */
function routes(core) {
  return (request) => {
    const path = new URL(request.url).pathname
    if (path === '/conflict') throw core.conflict('Order 7 is at version 8.', { headers: { etag: '"8"' } })
    if (path === '/secret') throw new Error('password hunter2')
    if (path === '/response') throw new Response('thrown', { status: 418 })
    return Response.json({ ok: true })
  }
}

/** Starts the runtime's own server, or returns undefined where it has none. */
function serveNative(fetch) {
  if (globalThis.Bun) {
    const server = globalThis.Bun.serve({ port: 0, hostname: '127.0.0.1', fetch })
    return { origin: `http://127.0.0.1:${server.port}`, close: async () => server.stop(true) }
  }
  if (globalThis.Deno) {
    const server = globalThis.Deno.serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, fetch)
    return { origin: `http://127.0.0.1:${server.addr.port}`, close: () => server.shutdown() }
  }
  return undefined
}

export async function runWebTests(core, web) {
  const failures = []
  let passed = 0
  const check = async (name, body) => {
    try {
      await body()
      passed++
    } catch (error) {
      failures.push(`${name}: ${error?.message ?? error}`)
    }
  }
  const assert = (ok, message) => {
    if (!ok) throw new Error(message)
  }
  const logged = []
  const handler = web.withProblems(routes(core), { log: (level, problem) => logged.push(`${level} ${problem.status}`) })

  const cases = async (call, where) => {
    await check(`${where}: thrown conflict() is a 409 problem`, async () => {
      const response = await call('/conflict')
      assert(response.status === 409, `status ${response.status}`)
      assert(response.headers.get('content-type') === 'application/problem+json', `content-type ${response.headers.get('content-type')}`)
      assert(response.headers.get('etag') === '"8"', 'etag')
      const body = await response.json()
      assert(body.detail === 'Order 7 is at version 8.' && body.title === 'Conflict', JSON.stringify(body))
    })
    await check(`${where}: an unknown error is a 500 that leaks nothing`, async () => {
      const response = await call('/secret')
      const text = await response.text()
      assert(response.status === 500 && !text.includes('hunter2'), `${response.status} ${text}`)
    })
    await check(`${where}: a thrown Response is returned as is`, async () => {
      const response = await call('/response')
      assert(response.status === 418 && (await response.text()) === 'thrown', `status ${response.status}`)
    })
    await check(`${where}: HEAD has no body`, async () => {
      const response = await call('/conflict', { method: 'HEAD' })
      assert(response.status === 409 && (await response.text()) === '', `status ${response.status}`)
    })
  }

  await cases((path, init) => handler(new Request(`http://localhost${path}`, init)), 'direct')
  await check('direct: problemResponse negotiates text/plain', async () => {
    const response = web.problemResponse(core.conflict('Changed.'), new Request('http://localhost/', { headers: { accept: 'text/plain' } }))
    assert(response.status === 409 && response.headers.get('content-type').startsWith('text/plain'), response.headers.get('content-type'))
  })
  const server = serveNative(handler)
  if (server) {
    try {
      await cases((path, init) => fetch(`${server.origin}${path}`, init), 'served')
    } finally {
      await server.close()
    }
  }
  await check('the problems were logged', async () => {
    await new Promise((resolve) => setTimeout(resolve, 10))
    assert(logged.includes('error 500') && logged.includes('info 409'), logged.join(', '))
  })
  return { passed, failed: failures.length, failures }
}
