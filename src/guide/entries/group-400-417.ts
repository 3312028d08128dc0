import type { GuideEntry } from '../guide-entry.js'
import { status400 } from './status-400.js'
import { status401 } from './status-401.js'
import { status402 } from './status-402.js'
import { status403 } from './status-403.js'
import { status404 } from './status-404.js'
import { status405 } from './status-405.js'
import { status406 } from './status-406.js'
import { status407 } from './status-407.js'
import { status408 } from './status-408.js'
import { status409 } from './status-409.js'
import { status410 } from './status-410.js'
import { status411 } from './status-411.js'
import { status412 } from './status-412.js'
import { status413 } from './status-413.js'
import { status414 } from './status-414.js'
import { status415 } from './status-415.js'
import { status416 } from './status-416.js'
import { status417 } from './status-417.js'

/**
 * Guide entries of this group: the registered codes 400 to 417, one file each.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(409).summary
 * ```
 */
export const entries: readonly GuideEntry[] = [
  status400,
  status401,
  status402,
  status403,
  status404,
  status405,
  status406,
  status407,
  status408,
  status409,
  status410,
  status411,
  status412,
  status413,
  status414,
  status415,
  status416,
  status417,
]
