import type { GuideEntry } from '../guide-entry.js'
import { status100 } from './status-100.js'
import { status101 } from './status-101.js'
import { status102 } from './status-102.js'
import { status103 } from './status-103.js'
import { status104 } from './status-104.js'
import { status200 } from './status-200.js'
import { status201 } from './status-201.js'
import { status202 } from './status-202.js'
import { status203 } from './status-203.js'
import { status204 } from './status-204.js'
import { status205 } from './status-205.js'
import { status206 } from './status-206.js'
import { status207 } from './status-207.js'
import { status208 } from './status-208.js'
import { status226 } from './status-226.js'
import { status300 } from './status-300.js'
import { status301 } from './status-301.js'
import { status302 } from './status-302.js'
import { status303 } from './status-303.js'
import { status304 } from './status-304.js'
import { status305 } from './status-305.js'
import { status306 } from './status-306.js'
import { status307 } from './status-307.js'
import { status308 } from './status-308.js'

/**
 * Guide entries of this group: the registered 1xx, 2xx and 3xx codes, one file each.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(204).summary
 * ```
 */
export const entries: readonly GuideEntry[] = [
  status100, status101, status102, status103, status104,
  status200, status201, status202, status203, status204, status205, status206, status207, status208, status226,
  status300, status301, status302, status303, status304, status305, status306, status307, status308,
]
