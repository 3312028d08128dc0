import type { GuideEntry } from '../guide-entry.js'
import { status418 } from './status-418.js'
import { status421 } from './status-421.js'
import { status422 } from './status-422.js'
import { status423 } from './status-423.js'
import { status424 } from './status-424.js'
import { status425 } from './status-425.js'
import { status426 } from './status-426.js'
import { status428 } from './status-428.js'
import { status429 } from './status-429.js'
import { status431 } from './status-431.js'
import { status451 } from './status-451.js'
import { status500 } from './status-500.js'
import { status501 } from './status-501.js'
import { status502 } from './status-502.js'
import { status503 } from './status-503.js'
import { status504 } from './status-504.js'
import { status505 } from './status-505.js'
import { status506 } from './status-506.js'
import { status507 } from './status-507.js'
import { status508 } from './status-508.js'
import { status510 } from './status-510.js'
import { status511 } from './status-511.js'

/** Guide entries of this group: registered codes 418–511 (one file each). */
export const entries: readonly GuideEntry[] = [
  status418,
  status421,
  status422,
  status423,
  status424,
  status425,
  status426,
  status428,
  status429,
  status431,
  status451,
  status500,
  status501,
  status502,
  status503,
  status504,
  status505,
  status506,
  status507,
  status508,
  status510,
  status511,
]
