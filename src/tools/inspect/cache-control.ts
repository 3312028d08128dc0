/**
 * Directives of a `Cache-Control` field value, by lower-case name: `true` for a directive
 * without argument, the unquoted argument otherwise (RFC 9111 §5.2). Internal; never throws.
 *
 * @param value - The field value, if any.
 * @returns A dictionary without prototype.
 */
export function parseCacheControl(value: string | undefined): Record<string, string | true> {
  const directives: Record<string, string | true> = Object.create(null) as Record<string, string | true>
  for (const part of (value ?? '').split(',')) {
    const [name = '', ...rest] = part.split('=')
    const key = name.trim().toLowerCase()
    if (key) directives[key] = rest.length ? rest.join('=').trim().replace(/^"|"$/g, '') : true
  }
  return directives
}

/**
 * Reads a delta-seconds directive argument (`max-age=60`), or `undefined` when the
 * directive is absent or its argument is not `1*DIGIT` (RFC 9111 §1.2.2). Internal.
 */
export function deltaSeconds(directive: string | true | undefined): number | undefined {
  return typeof directive === 'string' && /^\d+$/.test(directive) ? Number(directive) : undefined
}
