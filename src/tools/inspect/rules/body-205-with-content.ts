import { contentOnEmptyStatus } from './content-on-empty-status.js'

/** The server MUST NOT generate content in a 205 (RFC 9110 §15.3.6). */
export const body205WithContent = contentOnEmptyStatus('body.205-with-content', 205, 'RFC 9110 §15.3.6', 'Send 205 with no body and `Content-Length: 0`.')
