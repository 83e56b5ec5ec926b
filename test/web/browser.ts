import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { PROJECT_ROOT } from '../../src/config/paths';

/** The operating system's Chromium (Debian: `apt-get install chromium`); never a downloaded one. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where the browser tests leave their screenshots for review (ignored by git). */
export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-output', 'screenshots');

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Headless Chromium in a fresh profile that talks to nothing but the page under test. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'web-test-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    // The flags are given here in full (headless: false keeps puppeteer from adding its own).
    headless: false,
    userDataDir,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      '--window-size=1600,1000',
    ],
    defaultViewport: { width: 1600, height: 1000 },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
