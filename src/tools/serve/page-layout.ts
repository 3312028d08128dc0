import { escapeHtml } from './escape-html.js'

/**
 * Wraps page content in the shared HTML shell (title escaped; `body` must already be safe).
 *
 * @param title - Page title, plain text.
 * @param body - Trusted HTML.
 * @returns A complete HTML document.
 *
 * @example
 * ```ts
 * import { pageLayout } from 'statuskit/serve'
 * pageLayout('Status codes', '<h1>Status codes</h1>')
 * ```
 */
export function pageLayout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/assets/style.css"><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"></head>
<body><header><a href="/">statuskit · HTTP status codes</a><nav><a href="/inspect">Inspector</a></nav></header><main>${body}</main>
<script src="/assets/page.js" defer></script></body></html>`
}
