import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './browser';
import { startTestPlatform, type TestPlatform } from './platform';
import { ensureWebBuild } from './web-build';

/** Every demo user's password. */
export const DEMO_PASSWORD = 'routekaart';

export interface WebSession {
  platform: TestPlatform;
  browser: Browser;
  /** A fresh context (no cookies, no storage) and page per test. */
  context: BrowserContext;
  page: Page;
  /** Opens `path`, which asks to log in first, and logs in as `email`; resolves on `path`. */
  loginAt(path: string, email: string): Promise<void>;
  /**
   * What the API's Content-Security-Policy blocked in this test's page (securitypolicyviolation
   * events and the browser's console reports); each test fails unless it is empty at the end.
   */
  cspViolations: string[];
  /** Lets this test's violations matching `pattern` pass (for a test that provokes one on purpose). */
  allowCspViolations(pattern: RegExp): void;
}

/**
 * Registers the hooks of a browser test file: the built web app and API on a fresh copy of the demo
 * database, Debian's Chromium, and per test a new context in Dutch whose page must raise no error
 * and break no rule of the Content-Security-Policy the API sends.
 * The returned object's fields are set while the tests run.
 */
export function useWebSession(contextOptions: BrowserContextOptions = {}): WebSession {
  let closeBrowser: (() => Promise<void>) | undefined;
  let pageErrors: string[] = [];
  let allowedViolations: RegExp[] = [];
  const session = {
    allowCspViolations(pattern: RegExp) {
      allowedViolations.push(pattern);
    },
    async loginAt(path: string, email: string) {
      const { page } = session;
      await page.goto(path);
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      const target = new URL(path, session.platform.baseUrl);
      await page.waitForURL((url) => url.pathname === target.pathname);
    },
  } as WebSession;

  beforeAll(async () => {
    ensureWebBuild();
    session.platform = await startTestPlatform();
    ({ browser: session.browser, close: closeBrowser } = await launchChromium());
  });

  afterAll(async () => {
    await closeBrowser?.();
    await session.platform?.close();
  });

  beforeEach(async () => {
    session.context = await session.browser.newContext({ baseURL: session.platform.baseUrl, locale: 'nl-NL', ...contextOptions });
    session.page = await session.context.newPage();
    session.page.setDefaultTimeout(15_000);
    pageErrors = [];
    session.page.on('pageerror', (error) => pageErrors.push(error.message));
    const violations: string[] = [];
    session.cspViolations = violations;
    allowedViolations = [];
    // Init scripts and bindings come in through the DevTools protocol, which the page's CSP does not govern.
    await session.context.exposeBinding('__rkReportCspViolation', (_source, text: string) => violations.push(text));
    await session.context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) =>
        window.__rkReportCspViolation(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber + ' (' + e.sample + ')'));`,
    });
    session.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  });

  afterEach(async () => {
    await session.context?.close();
    expect(pageErrors).toEqual([]);
    expect(session.cspViolations.filter((v) => !allowedViolations.some((allowed) => allowed.test(v)))).toEqual([]);
  });

  return session;
}
