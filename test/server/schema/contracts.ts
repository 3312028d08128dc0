// The problem types the schema tests share: one per schema library, the 409 version
// conflict of docs/problem-details.md among them.
import { toJsonSchema } from '@valibot/to-json-schema'
import { type } from 'arktype'
import * as v from 'valibot'
import * as z from 'zod'
import { defineProblem } from 'statuskit'

export const versionConflict = defineProblem({
  type: 'https://example.com/probs/version-conflict',
  status: 409,
  title: 'Version conflict',
  extensions: z.object({ currentVersion: z.number().int(), yourVersion: z.number().int() }),
})

export const outOfCredit = defineProblem({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  extensions: type({ balance: 'number', accounts: 'string[]' }),
})

const Locked = v.object({ lockedBy: v.string(), 'until~/': v.optional(v.string()) })
export const resourceLocked = defineProblem({
  type: 'https://example.com/probs/resource-locked',
  status: 423,
  title: 'Resource locked',
  extensions: Locked,
  extensionsJsonSchema: toJsonSchema(Locked),
})
