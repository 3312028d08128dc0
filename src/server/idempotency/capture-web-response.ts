import type { IdempotencyDecision } from './create-idempotency.js'
import { joinBytes } from './read-request-bytes.js'

type Run = Extract<IdempotencyDecision, { action: 'run' }>

/**
 * Internal to statuskit/idempotency (used by `createWebIdempotency`).
 * Sends a handler's web `Response` on while recording it for `run.finish`: its status,
 * headers and the body chunks as they pass, up to `run.maxBodyBytes`. Each chunk goes out
 * as the handler produces it (a stream stays a stream); up to `maxBodyBytes` are read ahead
 * of the reader, so a body that fits is stored even when nobody reads it (a test's
 * `app.request()`). When the body ends, the response is stored (or the key freed) before the stream closes,
 * and `Content-Length` is dropped, so a client has the whole answer only once a repeat
 * gets the replay. When the client goes away (the server cancels the stream), the rest is
 * still read and recorded, so that the answer it lost is replayed to its retry. Past
 * `maxBodyBytes`, a chunk that is not bytes or a stream that fails, the key is freed at
 * once and the rest passes through.
 *
 * @param response - What the handler returned.
 * @param run - The `run` decision of the request.
 * @returns The response to send instead (the same one when it has no body).
 */
export async function captureWebResponse(response: Response, run: Run): Promise<Response> {
  const { status, headers, body } = response
  const fields = Object.fromEntries(headers)
  if (body === null) {
    await run.finish(status, fields, new Uint8Array())
    return response
  }
  const free = (): void => void run.finish(status, fields, undefined)
  let reader: ReadableStreamDefaultReader<Uint8Array>
  try {
    reader = body.getReader()
  } catch {
    free() // a body already read or locked
    return response
  }
  /** The chunks recorded, `undefined` once the body cannot be stored. */
  let chunks: Uint8Array[] | undefined = []
  let size = 0
  const record = (chunk: unknown): void => {
    if (!chunks) return
    size += chunk instanceof Uint8Array ? chunk.byteLength : Infinity
    if (size <= run.maxBodyBytes) chunks.push(chunk as Uint8Array)
    else {
      chunks = undefined
      free()
    }
  }
  const complete = (): Promise<void> => run.finish(status, fields, chunks && joinBytes(chunks, size))
  /** Reads what the client no longer will, to store it; bounded by maxBodyBytes (one round a chunk). */
  const drain = async (reason: unknown): Promise<void> => {
    try {
      for (let round = 0; chunks && round <= run.maxBodyBytes; round++) {
        const next = await reader.read()
        if (next.done) return await complete()
        record(next.value)
      }
    } catch {
      // the stream failed: nothing to store
    }
    free()
    await reader.cancel(reason).catch(() => undefined)
  }
  const passed = new Headers(headers)
  passed.delete('content-length')
  // Read ahead up to maxBodyBytes whether or not anyone reads: a body that can be stored is
  // stored once the handler has produced it, as Express stores at `res.end()`.
  const readAhead: QueuingStrategy<Uint8Array> = { highWaterMark: run.maxBodyBytes + 1, size: (chunk) => chunk.byteLength || 1 }
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let next: ReadableStreamReadResult<Uint8Array>
      try {
        next = await reader.read()
      } catch (error) {
        free()
        controller.error(error)
        return
      }
      if (next.done) {
        await complete()
        controller.close()
        return
      }
      record(next.value)
      controller.enqueue(next.value)
    },
    cancel(reason) {
      void drain(reason)
    },
  }, readAhead)
  return new Response(stream, { status, statusText: response.statusText, headers: passed })
}
