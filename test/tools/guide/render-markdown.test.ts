import { describe, expect, it } from 'vitest'
import { explain, renderMarkdown } from 'statuskit/guide'

describe('renderMarkdown()', () => {
  const page = renderMarkdown(explain(409))

  it('starts with the code and phrase, then the summary as a quote', () => {
    expect(page.split('\n').slice(0, 3)).toEqual(['# 409 Conflict', '', `> ${explain(409).summary}`])
  })

  it('has a section for each part of the guide, in reading order', () => {
    const headings = page.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## Facts',
      '## Meaning',
      '## What it guarantees',
      '## What it does not guarantee',
      '## When to use it',
      '## When not to use it',
      '## Headers that matter',
      '## How tools treat it',
      '## Client can assume',
      '## Client must not assume',
      '## Retry and monitoring',
      '## What an inspector checks',
      '## What to check by hand',
      '## Correctness warnings',
      '## Debugging',
      '## Framework snippets',
      '## Related codes',
      '## FAQ',
      '## References',
    ])
  })

  it('fences snippets with their language', () => {
    for (const fence of ['### Express\n\n```ts\n', '### Fastify\n\n```ts\n', '### Django REST Framework\n\n```python\n', '### Spring Boot\n\n```java\n', '### FastAPI\n\n```python\n', '### Go net/http\n\n```go\n']) {
      expect(page).toContain(fence)
    }
  })

  it('shows the retry strategy and the Idempotency-Key nuance from the classifier', () => {
    expect(page).toContain('| Retry strategy | after-refresh-state |')
    expect(page).toMatch(/\| POST, honoured Idempotency-Key \| repeat after \S+ ms \(first retry\) \[with-backoff\]; classifier: "409: /)
  })

  it('writes FAQ questions in bold, followed by the answer', () => {
    expect(page).toMatch(/## FAQ\n\n- \*\*[^*\n]+\?\*\* \S/)
  })

  it('numbers debugging steps', () => {
    expect(page).toMatch(/## Debugging\n\n1\. .+\n2\. /)
  })

  it('links related codes only when asked', () => {
    expect(page).toContain('- **412 Precondition Failed**: ')
    expect(renderMarkdown(explain(409), { relatedLinks: true })).toContain('- **[412 Precondition Failed](412.md)**: ')
  })

  it('names the vendor and the wire behaviour of vendor codes', () => {
    const nginx = renderMarkdown(explain(495))
    expect(nginx.startsWith('# 495 SSL Certificate Error (nginx)\n')).toBe(true)
    expect(nginx).toContain('| Sent to clients | no: the client receives 400 |')
  })

  it('shows registry expiry and escapes pipes inside table cells', () => {
    expect(renderMarkdown(explain(104))).toContain('| Registry | temporary, expires 2026-11-13 |')
    const g = explain(409)
    const piped = { ...g, toolInterpretation: { ...g.toolInterpretation, browsers: 'a | b' } }
    expect(renderMarkdown(piped)).toContain('| Browsers | a \\| b |')
  })
})
