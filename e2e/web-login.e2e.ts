import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useWebSession } from './support/web-session';


const EMAIL = 'keten@werf.example';

describe('logging in to the web app', () => {
	const web = useWebSession();

	const path = () => new URL(web.page.url()).pathname + new URL(web.page.url()).search;
	const text = async (locator: ReturnType<Page['locator']>) => (await locator.textContent())?.trim();

	it('sends a visitor to the login page, refuses a wrong password in Dutch, logs in, switches to English and logs out', async () => {
		// The app's scripts arrive precompressed (brotli), cached for a year since their names carry a hash.
		const scripts: { encoding?: string; cache?: string }[] = [];
		web.page.on('response', (response) => {
			if (new URL(response.url()).pathname.startsWith('/_app/immutable/') && response.url().endsWith('.js')) {
				scripts.push({ encoding: response.headers()['content-encoding'], cache: response.headers()['cache-control'] });
			}
		});
		await web.page.goto('/');
		await web.page.waitForURL((url) => url.pathname === '/login');
		await web.page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
		expect(await web.page.locator('html').getAttribute('lang')).toBe('nl');
		// The test platform runs with demo data, so the login page offers the demo accounts.
		await web.page.getByRole('heading', { name: 'Demo-omgeving' }).waitFor();
		await web.page.getByRole('button', { name: `Gebruik ${EMAIL}` }).waitFor();
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.every((s) => s.encoding === 'br' && s.cache === 'public, max-age=31536000, immutable')).toBe(true);

		await web.page.getByLabel('E-mailadres').fill(EMAIL);
		await web.page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
		await web.page.getByRole('button', { name: 'Inloggen' }).click();
		const alert = web.page.getByRole('alert');
		await alert.waitFor();
		expect(await text(alert)).toBe('Onjuist e-mailadres of wachtwoord.');
		expect(path()).toBe('/login');
		expect(await web.page.getByLabel('Wachtwoord').inputValue()).toBe('');

		await web.page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
		await web.page.getByRole('button', { name: 'Inloggen' }).click();
		await web.page.waitForURL((url) => url.pathname === '/');
		await web.page.getByRole('heading', { level: 1, name: 'Welkom, Willem Smit' }).waitFor();
		const header = web.page.getByRole('banner');
		await header.getByText('Willem Smit', { exact: true }).waitFor();
		await header.getByText('Noordzee Marinewerf B.V.', { exact: true }).waitFor();
		await web.page.getByRole('heading', { name: 'Mijn routekaarten' }).waitFor();
		await web.page.getByRole('heading', { name: 'Mijn taken' }).waitFor();
		// The system status (database latency) is for platform operators only; a company's user does not see it.
		expect(await web.page.getByRole('heading', { name: 'Systeemstatus' }).count()).toBe(0);

		await web.page.getByRole('button', { name: 'English' }).click();
		await web.page.getByRole('heading', { level: 1, name: 'Welcome, Willem Smit' }).waitFor();
		await web.page.getByRole('heading', { name: 'My roadmaps' }).waitFor();
		await web.page.getByRole('button', { name: 'Log out' }).waitFor();
		expect(await web.page.locator('html').getAttribute('lang')).toBe('en');
		expect(await web.page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

		await web.page.getByRole('button', { name: 'Log out' }).click();
		await web.page.waitForURL((url) => url.pathname === '/login');
		await web.page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
		expect(await text(web.page.getByRole('status'))).toBe('You have logged out.');
		await web.page.getByLabel('E-mail address').waitFor();

		// The session really ended: a reload of the dashboard asks to log in again, still in English.
		await web.page.goto('/');
		await web.page.waitForURL((url) => url.pathname === '/login');
		await web.page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
	});

	it('runs under the API’s Content-Security-Policy, whose violations the browser helper catches', async () => {
		const response = await web.page.goto('/login');
		const policy = response!.headers()['content-security-policy'];
		expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/);
		expect(policy).toContain("frame-ancestors 'none'");
		await web.page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

		// An injected inline script does not run, and the helper sees the violation (provoked here on purpose).
		web.allowCspViolations(/script-src/);
		const ran = await web.page.evaluate(`(() => {
			const script = document.createElement('script');
			script.textContent = 'window.rkInjected = true';
			document.head.append(script);
			return window.rkInjected === true;
		})()`);
		expect(ran).toBe(false);
		await expect.poll(() => web.cspViolations.some((v) => /script-src/.test(v))).toBe(true);
	});

	it('asks which organisation to log in to when the password matches accounts in two, and logs in to the one chosen', async () => {
		for (const admin of ['inkoop@radar.example', 'verkoop@magneet.example']) {
			const created = await web.platform.gql(
				'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
				{ i: { email: 'dubbel@voorbeeld.example', name: 'Dirk Dubbel', role: 'VIEWER', password: 'hetzelfde-wachtwoord' } },
				await web.platform.login(admin),
			);
			expect(created.errors).toBeUndefined();
		}
		await web.page.goto('/login');
		await web.page.getByLabel('E-mailadres').fill('dubbel@voorbeeld.example');
		await web.page.getByLabel('Wachtwoord').fill('hetzelfde-wachtwoord');
		await web.page.getByRole('button', { name: 'Inloggen' }).click();

		const alert = web.page.getByRole('alert');
		await alert.waitFor();
		expect(await text(alert)).toBe(
			'Dit e-mailadres hoort bij accounts in meer dan één organisatie waarvoor dit wachtwoord geldt. Kies bij welke organisatie u wilt inloggen.',
		);
		const choice = web.page.getByRole('group', { name: 'Organisatie' });
		expect(await choice.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.parentElement?.textContent?.trim()))).toEqual([
			'Brabant Magneettechniek B.V.',
			'Delta Radar Systems B.V.',
		]);
		expect(path()).toBe('/login');

		await choice.getByRole('radio', { name: 'Delta Radar Systems B.V.' }).check();
		await web.page.getByRole('button', { name: 'Inloggen' }).click();
		await web.page.waitForURL((url) => url.pathname === '/');
		await web.page.getByRole('banner').getByText('Delta Radar Systems B.V.', { exact: true }).waitFor();
	});

	it('returns to the page asked for after logging in', async () => {
		await web.page.goto('/?view=compact');
		await web.page.waitForURL((url) => url.pathname === '/login');
		expect(path()).toBe(`/login?returnTo=${encodeURIComponent('/?view=compact')}`);

		await web.page.getByLabel('E-mailadres').fill(EMAIL);
		await web.page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
		await web.page.getByRole('button', { name: 'Inloggen' }).click();

		await web.page.waitForURL((url) => url.pathname === '/' && url.search === '?view=compact');
		await web.page.getByRole('heading', { level: 1, name: 'Welkom, Willem Smit' }).waitFor();
	});
});
