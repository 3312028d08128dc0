import type { GuideEntry } from '../guide-entry.js'
import { vendorNginx444 } from './vendor-nginx-444.js'
import { vendorNginx494 } from './vendor-nginx-494.js'
import { vendorNginx495 } from './vendor-nginx-495.js'
import { vendorNginx496 } from './vendor-nginx-496.js'
import { vendorNginx497 } from './vendor-nginx-497.js'
import { vendorNginx499 } from './vendor-nginx-499.js'
import { vendorEsri498 } from './vendor-esri-498.js'
import { vendorEsri499 } from './vendor-esri-499.js'
import { vendorAwsElb460 } from './vendor-aws-elb-460.js'
import { vendorAwsElb463 } from './vendor-aws-elb-463.js'
import { vendorAwsElb464 } from './vendor-aws-elb-464.js'
import { vendorIis440 } from './vendor-iis-440.js'
import { vendorIis449 } from './vendor-iis-449.js'
import { vendorMicrosoft450 } from './vendor-microsoft-450.js'
import { vendorLaravel419 } from './vendor-laravel-419.js'
import { vendorShopify430 } from './vendor-shopify-430.js'
import { vendorTwitter420 } from './vendor-twitter-420.js'

/**
 * Guide entries of this group: every 4xx row of `VENDOR_STATUSES`, one file each, keyed by
 * vendor and code (499 has two: nginx and Esri).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(499, 'esri').summary
 * ```
 */
export const entries: readonly GuideEntry[] = [
  vendorNginx444,
  vendorNginx494,
  vendorNginx495,
  vendorNginx496,
  vendorNginx497,
  vendorNginx499,
  vendorEsri498,
  vendorEsri499,
  vendorAwsElb460,
  vendorAwsElb463,
  vendorAwsElb464,
  vendorIis440,
  vendorIis449,
  vendorMicrosoft450,
  vendorLaravel419,
  vendorShopify430,
  vendorTwitter420,
]
