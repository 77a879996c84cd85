import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../../src/cli/chromium.ts';

// The system's Chromium, never a downloaded one (downloads fail on locked-down machines).
const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  globalSetup: './global-setup.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // A whole test's budget, not a step's (each wait and expect has its own few seconds, which is
  // what catches a hang): on a loaded 2-core CI machine, tests that walk several pages took 25 s
  // of a 30 s budget, and one ran out.
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '../../test-results/e2e-report' }]] : 'list',
  use: {
    browserName: 'chromium',
    // The visitors the site is for: a Korean browser in Seoul. The build runs in Node with its own
    // locale and time zone, so any order or date the pre-renderer and the browser compute
    // differently shows up here as a hydration error (the fixtures fail a test on any).
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    headless: true,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
