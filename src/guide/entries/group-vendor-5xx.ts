import type { GuideEntry } from '../guide-entry.js'
import { vendorCloudflare520 } from './vendor-cloudflare-520.js'
import { vendorCloudflare521 } from './vendor-cloudflare-521.js'
import { vendorCloudflare522 } from './vendor-cloudflare-522.js'
import { vendorCloudflare523 } from './vendor-cloudflare-523.js'
import { vendorCloudflare524 } from './vendor-cloudflare-524.js'
import { vendorCloudflare525 } from './vendor-cloudflare-525.js'
import { vendorCloudflare526 } from './vendor-cloudflare-526.js'
import { vendorCloudflare527 } from './vendor-cloudflare-527.js'
import { vendorCloudflare530 } from './vendor-cloudflare-530.js'
import { vendorAwsElb561 } from './vendor-aws-elb-561.js'
import { vendorCpanel509 } from './vendor-cpanel-509.js'
import { vendorProxy598 } from './vendor-proxy-598.js'
import { vendorProxy599 } from './vendor-proxy-599.js'
import { vendorQualys529 } from './vendor-qualys-529.js'

/** Guide entries of this group: vendor 5xx codes of VENDOR_STATUSES (one file each). */
export const entries: readonly GuideEntry[] = [
  vendorCloudflare520,
  vendorCloudflare521,
  vendorCloudflare522,
  vendorCloudflare523,
  vendorCloudflare524,
  vendorCloudflare525,
  vendorCloudflare526,
  vendorCloudflare527,
  vendorCloudflare530,
  vendorAwsElb561,
  vendorCpanel509,
  vendorProxy598,
  vendorProxy599,
  vendorQualys529,
]
