import { HttpException } from '@nestjs/common'
import { toProblem, type HttpProblem } from 'statuskit'

/** `value instanceof HttpException`, `false` when asking throws (a Proxy whose `getPrototypeOf` trap throws). */
function isHttpException(value: unknown): value is HttpException {
  try {
    return value instanceof HttpException
  } catch {
    return false
  }
}

/** The `message` of `getResponse()` as a detail: a string, or the strings of an array (ValidationPipe's) joined with `; `. */
function detailOf(response: unknown): string | undefined {
  const message = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response
  if (typeof message === 'string') return message
  if (Array.isArray(message) && message.every((item) => typeof item === 'string')) return message.join('; ')
  return undefined
}

/**
 * Nest's `HttpException` (and every subclass: `ConflictException`, `BadRequestException`,
 * ...) as a problem, for the `map` list of `ProblemFilter`: the status of `getStatus()`,
 * and as `detail` the message of `getResponse()` in its string form or its object form
 * (`message` a string, or ValidationPipe's `string[]` joined with `; `). `toProblem`
 * applies the rule of every adapter: the detail goes out for 4xx only, never for 5xx.
 *
 * @param thrown - What the handler threw.
 * @returns The problem, or `undefined` when it is not an `HttpException`.
 */
export function mapHttpException(thrown: unknown): HttpProblem | undefined {
  if (!isHttpException(thrown)) return undefined
  let status: unknown
  let detail: string | undefined
  try {
    status = thrown.getStatus()
    detail = detailOf(thrown.getResponse())
  } catch {
    status = 500 // an odd subclass whose getters throw: a bug on the server
  }
  return toProblem({ status, message: detail, cause: thrown })
}

/**
 * Whether this is the `NotFoundException` Nest throws for a request no route matched
 * (`Cannot GET /path`, from its not-found handler): answered with the plain 404 problem of
 * every adapter, which does not echo the path.
 *
 * @param thrown - What reached the filter.
 * @param method - The request method.
 * @param url - The request target as Nest reports it (`originalUrl`, or the raw `url`).
 * @returns `true` for Nest's own route-not-found exception.
 */
export function isRouteNotFound(thrown: unknown, method: string, url: string): boolean {
  if (!isHttpException(thrown)) return false
  try {
    return thrown.getStatus() === 404 && thrown.message === `Cannot ${method} ${url}`
  } catch {
    return false
  }
}
