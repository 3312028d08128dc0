/** Types of `entries.mjs`, for the TypeScript configs that import it. */

/** A layer of the package, bottom first. */
export type Layer = 'core' | 'server' | 'adapter' | 'client' | 'tool'

/** One public entry: a subpath of package.json `exports`, or the CLI's `bin`. */
export interface Entry {
  readonly subpath?: string
  readonly bin?: string
  readonly source: string
  readonly kind: Layer
  readonly folders: readonly string[]
}

/** The layers, bottom first. */
export const LAYERS: readonly Layer[]

/** Every entry, the CLI included. */
export const ENTRIES: readonly Entry[]

/** The entries a user imports (all but the CLI). */
export const MODULE_ENTRIES: readonly (Entry & { readonly subpath: string })[]

/** The name an import uses: `statuskit`, `statuskit/fetch`. */
export function importName(entry: Entry): string

/** The file name in dist/ without extension. */
export function distName(entry: Entry): string
