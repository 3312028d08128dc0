import { contentOnEmptyStatus } from './content-on-empty-status.js'

/** A 204 ends at the header section: no content (RFC 9110 §15.3.5). */
export const bodyContentOn204 = contentOnEmptyStatus('body.content-on-204', 204, 'RFC 9110 §15.3.5', 'Drop the body, or answer 200 with it.')
