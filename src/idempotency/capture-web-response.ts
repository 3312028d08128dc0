import type { IdempotencyDecision } from './create-idempotency.js'
import { joinBytes } from './read-request-bytes.js'

type Run = Extract<IdempotencyDecision, { action: 'run' }>

/**
 * Internal to statuskit/idempotency (used by `createWebIdempotency`).
 * Sends a handler's web `Response` on while recording it for `run.finish`: its status,
 * headers and the body chunks as they pass, up to `run.maxBodyBytes`. The body is not
 * buffered: each chunk goes out as the handler produces it (a stream stays a stream).
 * When the body ends, the response is stored (or the key freed) before the stream closes,
 * and `Content-Length` is dropped, so a client has the whole answer only once a repeat
 * gets the replay. Past `maxBodyBytes`, a chunk that is not bytes, a stream that fails or
 * a client that cancels it, the key is freed at once and the rest passes through.
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
  let chunks: Uint8Array[] | undefined = []
  let size = 0
  const passed = new Headers(headers)
  passed.delete('content-length')
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
        await run.finish(status, fields, chunks && joinBytes(chunks, size))
        controller.close()
        return
      }
      const chunk: unknown = next.value
      if (chunks) {
        size += chunk instanceof Uint8Array ? chunk.byteLength : Infinity
        if (size <= run.maxBodyBytes) chunks.push(chunk as Uint8Array)
        else {
          chunks = undefined
          free()
        }
      }
      controller.enqueue(chunk as Uint8Array)
    },
    cancel(reason) {
      free()
      return reader.cancel(reason)
    },
  })
  return new Response(stream, { status, statusText: response.statusText, headers: passed })
}
