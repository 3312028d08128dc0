// contract.ts: shared by the server and the client
import { defineProblem } from 'statuskit'
import * as z from 'zod'

export const versionConflict = defineProblem({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
  extensions: z.object({ currentVersion: z.number().int(), yourVersion: z.number().int() }),
})

export const OrderUpdate = z.object({ version: z.number().int(), quantity: z.number().int().positive() })
