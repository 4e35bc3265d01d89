/**
 * Debian's Chromium and its flags, for Playwright's test browser and the harness's PDF printer
 * alike. Without the network flags the browser keeps retrying refused connections (updates,
 * sync, QUIC probes) in a closed network; --no-sandbox because CI runs as root in a container.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
