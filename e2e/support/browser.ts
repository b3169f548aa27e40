import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, with the flags STACK.md prescribes for these machines (no browser downloads). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Starts Chromium with its own downloads folder; `close()` stops it and removes the folder. */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const downloads = mkdtempSync(join(tmpdir(), 'rk-chromium-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, downloadsPath: downloads });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
