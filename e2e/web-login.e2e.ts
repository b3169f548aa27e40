import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { ensureWebBuild } from './support/web-build';
import { launchChromium } from './support/browser';


const EMAIL = 'keten@werf.example';
const PASSWORD = 'routekaart';

describe('logging in to the web app', () => {
	let platform: TestPlatform;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let pageErrors: string[];
	let closeBrowser: () => Promise<void>;

	beforeAll(async () => {
		ensureWebBuild();
		platform = await startTestPlatform();
		({ browser, close: closeBrowser } = await launchChromium());
	});

	afterAll(async () => {
		await closeBrowser?.();
		await platform?.close();
	});

	beforeEach(async () => {
		// A fresh context per test: no cookies, no localStorage (so Dutch is the starting language).
		context = await browser.newContext({ baseURL: platform.baseUrl, locale: 'nl-NL' });
		page = await context.newPage();
		page.setDefaultTimeout(15_000);
		pageErrors = [];
		page.on('pageerror', (error) => pageErrors.push(error.message));
	});

	afterEach(async () => {
		await context?.close();
		expect(pageErrors).toEqual([]);
	});

	const path = () => new URL(page.url()).pathname + new URL(page.url()).search;
	const text = async (locator: ReturnType<Page['locator']>) => (await locator.textContent())?.trim();

	it('sends a visitor to the login page, refuses a wrong password in Dutch, logs in, switches to English and logs out', async () => {
		await page.goto('/');
		await page.waitForURL((url) => url.pathname === '/login');
		await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
		expect(await page.locator('html').getAttribute('lang')).toBe('nl');
		// The test platform runs with demo data, so the login page offers the demo accounts.
		await page.getByRole('heading', { name: 'Demo-omgeving' }).waitFor();
		await page.getByRole('button', { name: `Gebruik ${EMAIL}` }).waitFor();

		await page.getByLabel('E-mailadres').fill(EMAIL);
		await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await text(alert)).toBe('Onjuist e-mailadres of wachtwoord.');
		expect(path()).toBe('/login');
		expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('');

		await page.getByLabel('Wachtwoord').fill(PASSWORD);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await page.getByRole('heading', { level: 1, name: 'Welkom, Willem Smit' }).waitFor();
		const header = page.getByRole('banner');
		await header.getByText('Willem Smit', { exact: true }).waitFor();
		await header.getByText('Noordzee Marinewerf B.V.', { exact: true }).waitFor();
		await page.getByRole('heading', { name: 'Mijn routekaarten' }).waitFor();
		await page.getByText('Verbonden', { exact: false }).waitFor(); // the API's health, database up

		await page.getByRole('button', { name: 'English' }).click();
		await page.getByRole('heading', { level: 1, name: 'Welcome, Willem Smit' }).waitFor();
		await page.getByRole('heading', { name: 'My roadmaps' }).waitFor();
		await page.getByRole('button', { name: 'Log out' }).waitFor();
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

		await page.getByRole('button', { name: 'Log out' }).click();
		await page.waitForURL((url) => url.pathname === '/login');
		await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
		expect(await text(page.getByRole('status'))).toBe('You have logged out.');
		await page.getByLabel('E-mail address').waitFor();

		// The session really ended: a reload of the dashboard asks to log in again, still in English.
		await page.goto('/');
		await page.waitForURL((url) => url.pathname === '/login');
		await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
	});

	it('returns to the page asked for after logging in', async () => {
		await page.goto('/?view=compact');
		await page.waitForURL((url) => url.pathname === '/login');
		expect(path()).toBe(`/login?returnTo=${encodeURIComponent('/?view=compact')}`);

		await page.getByLabel('E-mailadres').fill(EMAIL);
		await page.getByLabel('Wachtwoord').fill(PASSWORD);
		await page.getByRole('button', { name: 'Inloggen' }).click();

		await page.waitForURL((url) => url.pathname === '/' && url.search === '?view=compact');
		await page.getByRole('heading', { level: 1, name: 'Welkom, Willem Smit' }).waitFor();
	});
});
