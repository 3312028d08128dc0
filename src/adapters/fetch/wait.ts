/**
 * Waits `ms` milliseconds, or rejects with `signal.reason` as soon as `signal` aborts
 * (at once when it already has), clearing the timer and the listener either way, so an
 * aborted retry wait neither delays the caller nor keeps the process alive. Internal;
 * the idea of sindresorhus/delay as vendored by ky (`source/utils/delay.ts`).
 *
 * @param ms - Milliseconds, 0 or more.
 * @param signal - The caller's abort signal, if any.
 */
export function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    // +1: timers count whole milliseconds of a cached clock and can fire up to 1 ms early;
    // a retry must never come sooner than Retry-After (RFC 9110 §10.2.3).
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms + 1)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
