// client.ts: read the 409 as the typed, checked problem
import { matchProblem } from 'statuskit'
import { versionConflict } from './contract.js'

export async function updateQuantity(baseUrl: string, id: string, version: number, quantity: number): Promise<string> {
  const response = await fetch(`${baseUrl}/orders/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version, quantity }),
  })
  if (response.ok) return 'saved'
  const problem = matchProblem(await response.text(), [versionConflict], { status: response.status, baseUrl: response.url })
  if (problem.known && problem.type === versionConflict.type) {
    // Checked by the schema: numbers, present. Re-read the order, reapply, resend.
    return `re-read: the order is at version ${problem.extensions.currentVersion}`
  }
  return `failed: ${problem.status ?? response.status} ${problem.title ?? ''}`.trim()
}
