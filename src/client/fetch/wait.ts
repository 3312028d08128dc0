/** The longest a timer can wait (2^31 - 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647

/**
 * The pending waits on each caller's signal, behind ONE `abort` listener per signal, so
 * any number of concurrent retries on a shared signal never trips Node's
 * `MaxListenersExceededWarning` (it warns past 10 listeners on an EventTarget whose limit
 * no one raised), whatever fetch is wrapped. The listener stays until the signal aborts or
 * is collected (the map is weak); it holds nothing once the waits are over.
 */
const waiting = /* @__PURE__ */ new WeakMap<AbortSignal, Set<() => void>>()

/** Calls `onAbort` when `signal` aborts; returns the function that stops that. */
function onAbortOf(signal: AbortSignal, onAbort: () => void): () => void {
  let callbacks = waiting.get(signal)
  if (!callbacks) {
    const created = new Set<() => void>()
    waiting.set(signal, (callbacks = created))
    signal.addEventListener('abort', () => created.forEach((callback) => callback()), { once: true })
  }
  callbacks.add(onAbort)
  return () => callbacks.delete(onAbort)
}

/**
 * Waits `ms` milliseconds, or rejects with `signal.reason` as soon as `signal` aborts
 * (at once when it already has), clearing the timer and the listener either way, so an
 * aborted retry wait neither delays the caller nor keeps the process alive. Internal;
 * the idea of sindresorhus/delay as vendored by ky (`source/utils/delay.ts`).
 *
 * @param ms - Milliseconds, 0 to {@link MAX_TIMER_MS}.
 * @param signal - The caller's abort signal, if any.
 */
export function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    // +1: timers count whole milliseconds of a cached clock and can fire up to 1 ms early;
    // a retry must never come sooner than Retry-After (RFC 9110 §10.2.3). Clamped to the
    // longest timer: one more millisecond would overflow it into a 1 ms timer.
    const timer = setTimeout(() => {
      stop?.()
      resolve()
    }, Math.min(ms + 1, MAX_TIMER_MS))
    const stop = signal
      ? onAbortOf(signal, () => {
          clearTimeout(timer)
          reject(signal.reason)
        })
      : undefined
  })
}
