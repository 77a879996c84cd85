/**
 * Finds the Chromium the browser tests drive. Playwright's own browser download does not work
 * on every machine (and not on ours), so we use the system's Chromium: Debian's package by
 * default, or whatever CHROMIUM_PATH names.
 */
import { accessSync, constants } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found for the browser tests: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.';

export function findChromium(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CANDIDATES;
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Flags for a headless Chromium on a locked-down machine (root, no network but loopback). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
}

// `tsx src/cli/chromium.ts [--install]`: exits 0 when a Chromium is there; with --install, as
// root on Debian, installs the chromium package first.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let found = findChromium();
  if (!found && process.argv.includes('--install')) {
    if (canInstallWithApt()) {
      console.log('Installing Debian’s chromium package for the browser tests…');
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      found = findChromium();
    }
  }
  if (!found) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log(`Chromium for browser tests: ${found}`);
}
