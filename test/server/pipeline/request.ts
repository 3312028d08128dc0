// A RequestInfo from a plain header record, for the pipeline's unit tests.
import type { RequestInfo } from 'statuskit/server'

export function request(headers: Record<string, string> = {}, method = 'GET', url = '/orders/7'): RequestInfo {
  return {
    method,
    url,
    accept: headers['accept'],
    header: (name) => headers[name.toLowerCase()],
    signal: new AbortController().signal,
  }
}
