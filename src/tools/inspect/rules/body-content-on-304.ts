import { contentOnEmptyStatus } from './content-on-empty-status.js'

/** A 304 cannot contain content; the client reuses its stored copy (RFC 9110 §15.4.5). */
export const bodyContentOn304 = contentOnEmptyStatus('body.content-on-304', 304, 'RFC 9110 §15.4.5', 'Send 304 without a body, or 200 with it.')
