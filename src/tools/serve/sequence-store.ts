/**
 * Keys the sequence endpoint remembers; the oldest is forgotten beyond this.
 *
 * @example
 * ```ts
 * import { MAX_SEQUENCE_KEYS } from 'statuskit/serve'
 * MAX_SEQUENCE_KEYS // 1000
 * ```
 */
export const MAX_SEQUENCE_KEYS = 1000
/**
 * Statuses one sequence may list.
 *
 * @example
 * ```ts
 * import { MAX_SEQUENCE_LENGTH } from 'statuskit/serve'
 * MAX_SEQUENCE_LENGTH // 20: /api/sequence/503,503,200 lists 3
 * ```
 */
export const MAX_SEQUENCE_LENGTH = 20

/**
 * Where each `/api/sequence/:codes?key=` run is: a bounded map from key to the next step.
 * A key seen with another list of codes starts over; the least recently used key is
 * dropped when more than `maxKeys` are held, so memory stays bounded.
 */
export class SequenceStore {
  readonly #steps = new Map<string, { readonly codes: string; next: number }>()
  readonly #maxKeys: number

  constructor(maxKeys = MAX_SEQUENCE_KEYS) {
    this.#maxKeys = maxKeys
  }

  /** Keys held now. */
  get size(): number {
    return this.#steps.size
  }

  /**
   * The index of the step to answer for `key` (0-based), then advances it. After the
   * last step the last status keeps being answered.
   */
  take(key: string, codes: string, length: number): number {
    const held = this.#steps.get(key)
    const entry = held && held.codes === codes ? held : { codes, next: 0 }
    this.#steps.delete(key)
    this.#steps.set(key, entry)
    if (this.#steps.size > this.#maxKeys) this.#steps.delete(this.#steps.keys().next().value as string)
    const index = Math.min(entry.next, length - 1)
    entry.next = index + 1
    return index
  }
}
