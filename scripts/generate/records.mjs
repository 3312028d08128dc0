// Reads and validates data/statuses/*.json. Used by scripts/generate.mjs and the tests.
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '../..')
export const dataDir = resolve(root, 'data/statuses')
const schema = JSON.parse(readFileSync(resolve(dataDir, 'status.schema.json'), 'utf8'))

/** Vendors in the order VENDOR_STATUSES lists them (most common first): the schema's enum. */
export const VENDORS = schema.properties.vendor.enum

/** Checks `value` against the subset of JSON Schema that status.schema.json uses. */
function validate(value, node, path, errors) {
  if (node.$ref) node = schema.$defs[node.$ref.replace('#/$defs/', '')]
  const types = [].concat(node.type ?? [])
  const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v)
  if (types.length && !types.some((t) => t === typeOf(value) || (t === 'number' && typeof value === 'number'))) {
    return errors.push(`${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`)
  }
  if (node.enum && !node.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${node.enum.join(', ')}`)
  if ('const' in node && value !== node.const) errors.push(`${path}: must be ${JSON.stringify(node.const)}`)
  if (typeof value === 'string') {
    if (node.pattern && !new RegExp(node.pattern).test(value)) errors.push(`${path}: "${value}" does not match ${node.pattern}`)
    if (node.minLength && value.length < node.minLength) errors.push(`${path}: too short`)
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) errors.push(`${path}: below ${node.minimum}`)
    if (node.maximum !== undefined && value > node.maximum) errors.push(`${path}: above ${node.maximum}`)
  }
  if (Array.isArray(value) && node.items) value.forEach((item, i) => validate(item, node.items, `${path}[${i}]`, errors))
  if (typeOf(value) === 'object') {
    for (const key of node.required ?? []) if (!(key in value)) errors.push(`${path}: missing "${key}"`)
    for (const [key, item] of Object.entries(value)) {
      const child = node.properties?.[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined)
      if (child) validate(item, child, `${path}.${key}`, errors)
      else if (node.additionalProperties === false) errors.push(`${path}: unknown field "${key}"`)
    }
  }
}

/** Rules the schema cannot state: file names, classes, which fields go with which kind of record. */
function checkRecord(record, file, errors) {
  const id = record.vendor ? `${record.vendor}:${record.code}` : String(record.code)
  const expectedFile = record.vendor ? `${record.vendor}-${record.code}.json` : `${record.code}.json`
  if (file !== expectedFile) errors.push(`${file}: a record of ${id} belongs in ${expectedFile}`)
  if (record.class !== `${String(record.code)[0]}xx`) errors.push(`${file}: class ${record.class} does not match ${record.code}`)
  if (record.treatAs !== Math.floor(record.code / 100) * 100) errors.push(`${file}: treatAs must be the x00 of the class (RFC 9110 §15)`)
  if (record.vendor) {
    for (const key of ['name', 'registry', 'builder', 'legacyNames']) if (key in record) errors.push(`${file}: a vendor record has no "${key}"`)
    for (const key of ['wire', 'source']) if (!(key in record)) errors.push(`${file}: a vendor record needs "${key}"`)
  } else {
    for (const key of ['name', 'registry']) if (!(key in record)) errors.push(`${file}: a registered record needs "${key}"`)
    for (const key of ['wire', 'wireAs', 'source']) if (key in record) errors.push(`${file}: only vendor records have "${key}"`)
  }
  for (const rule of record.retry.when ?? []) {
    if ((rule.condition === 'problem-type') !== ('problemType' in rule)) errors.push(`${file}: "problemType" goes with the problem-type condition only`)
  }
  return id
}

/**
 * Each related code names a record: a registered code or a vendor code by number when one
 * vendor uses it, as "<vendor>:<code>" when several do (nginx:499, esri:499).
 */
function checkRelated(records, errors) {
  const ids = new Set(records.map((r) => r.id))
  for (const r of records) {
    for (const related of r.related) {
      if (typeof related === 'string') {
        if (!ids.has(related)) errors.push(`${r.id}: related "${related}" is no record`)
        continue
      }
      const vendors = records.filter((x) => x.code === related && x.vendor).map((x) => x.vendor)
      if (ids.has(String(related))) continue
      if (vendors.length === 0) errors.push(`${r.id}: related ${related} is no record`)
      if (vendors.length > 1) errors.push(`${r.id}: related ${related} is defined by ${vendors.join(' and ')}: write ${vendors.map((v) => `"${v}:${related}"`).join(' or ')}`)
    }
  }
}

/** Every record, registered codes by number, then vendor records in VENDORS order and by code. */
export function loadRecords() {
  const errors = []
  const records = []
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'status.schema.json').sort()) {
    let record
    try {
      record = JSON.parse(readFileSync(resolve(dataDir, file), 'utf8'))
    } catch (error) {
      errors.push(`${file}: ${error.message}`)
      continue
    }
    const before = errors.length
    validate(record, schema, file, errors)
    if (errors.length === before) records.push({ ...record, id: checkRecord(record, file, errors) })
  }
  checkRelated(records, errors)
  if (errors.length) throw new Error(`Invalid status records:\n  ${errors.join('\n  ')}`)
  const rank = (r) => (r.vendor ? 1000 * (1 + VENDORS.indexOf(r.vendor)) : 0) + r.code
  return records.sort((a, b) => rank(a) - rank(b))
}
