import { pageLayout } from './page-layout.js'

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/**
 * The web inspector (`/inspect`): a form for a URL, a method, request headers and a body.
 * The server makes the request (`POST /api/inspect`: http and https only, 10 s, 1 MiB,
 * redirects shown hop by hop and followed only when asked) and the page shows every
 * header sent and received, the body, the findings with their references, and the
 * cache, retry and monitoring verdicts.
 *
 * @returns The HTML document.
 *
 * @example
 * ```ts
 * import { renderInspectorPage } from 'statuskit/serve'
 * renderInspectorPage().includes('id="inspector-form"') // true
 * ```
 */
export function renderInspectorPage(): string {
  const options = METHODS.map((m) => `<option>${m}</option>`).join('')
  return pageLayout(
    'Inspector · statuskit',
    `<h1>Inspector</h1><p class="summary">Check a real HTTP response against RFC 9110, 9111, 9457 and the Fetch standard: the server on this machine makes the request (http and https only, at most 10 s and 1 MiB), shows each redirect as a hop, and lists what the response gets wrong, with the RFC section and the fix. The same from a terminal: <code>npx statuskit inspect &lt;url&gt;</code>.</p>
<div id="inspector"><form id="inspector-form">
<label for="inspector-url">URL</label><input type="url" id="inspector-url" name="url" required placeholder="http://127.0.0.1:3000/orders/7">
<label>Method <select name="method">${options}</select></label> <label><input type="checkbox" name="follow"> follow redirects</label>
<label for="inspector-headers">Request headers, one per line (Name: value)</label><textarea id="inspector-headers" name="headers" rows="3" placeholder="If-Match: &quot;v1&quot;&#10;Origin: https://app.example"></textarea>
<label for="inspector-body">Body (a body starting with { or [ is sent as application/json)</label><textarea id="inspector-body" name="body" rows="3"></textarea>
<button type="submit" id="inspector-button">Inspect</button></form></div>
<div id="inspector-result" aria-live="polite"></div>`,
  )
}
