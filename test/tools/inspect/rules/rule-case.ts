import type { InspectInput } from 'statuskit/inspect'

/** Fixtures of one rule: exchanges on which it must fire and exchanges on which it must not. */
export interface RuleCase {
  readonly id: string
  readonly fires: readonly InspectInput[]
  readonly silent: readonly InspectInput[]
}

export const URL_ = 'https://api.example.com/orders/7'
export const PROBLEM = 'application/problem+json'

/** One exchange: the request method, the status, response headers, body and request headers. */
export function exchange(
  method: string,
  status: number,
  headers: Record<string, string> = {},
  body?: unknown,
  requestHeaders: Record<string, string> = {},
  url = URL_,
): InspectInput {
  return { request: { method, url, headers: requestHeaders }, response: { status, headers, body } }
}
