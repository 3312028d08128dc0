// The flags Debian's headless Chromium needs on this closed-network machine; shared by
// the browser test (test/helpers/chromium.ts) and the runtime matrix (scripts/test-runtimes.mjs).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
