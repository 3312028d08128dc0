/** Flags for Debian's headless Chromium on a machine without outside network. */
export declare const CHROMIUM_ARGS: readonly string[]
