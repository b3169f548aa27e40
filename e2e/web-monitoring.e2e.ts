import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useWebSession } from './support/web-session';

/**
 * Monitoring in the browser, as the "done when" describes it: the knowledge institute's
 * analyst adds an observation to a series, sees the chart take it, and a policy officer with the
 * dashboard open in another browser sees the new alert appear without reloading.
 */

const ANALYST = { email: 'analist@nmo.example' };
/** Government, a lead of the demo roadmap, whose radars contain gallium. */
const POLICY = { email: 'beleid@ez.example' };
const SERIES = 'Galliumprijs (browsertest)';

describe('monitoring in the web app', () => {
	const web = useWebSession({ viewport: { width: 1366, height: 900 } });
	let seriesId = '';
	let others: BrowserContext[] = [];
	let otherErrors: string[] = [];

	const lastMonth = () => {
		const d = new Date();
		d.setUTCDate(1);
		d.setUTCMonth(d.getUTCMonth() - 1);
		return d.toISOString().slice(0, 10);
	};

	beforeAll(async () => {
		const analyst = await web.platform.login(ANALYST.email);
		const [{ id: gallium }] = await web.platform.platform.dataSource.query(`SELECT id FROM material WHERE symbol = 'Ga'`);
		const created = await web.platform.gql<{ createMonitoringSeries: { id: string } }>(
			`mutation($m: ID!) { createMonitoringSeries(input: { name: "${SERIES}", subjectKind: MATERIAL, materialId: $m, indicator: PRICE,
			   unit: "USD/kg", frequency: MONTHLY, source: "Browsertest" }) { id } }`,
			{ m: gallium },
			analyst,
		);
		seriesId = created.data!.createMonitoringSeries.id;
		await web.platform.gql('mutation($s: ID!) { createThreshold(seriesId: $s, input: { kind: ABOVE, value: 2000, severity: CRITICAL }) { id } }', { s: seriesId }, analyst);
		await web.platform.gql('mutation($s: ID!, $d: String!) { addObservations(seriesId: $s, observations: [{ date: $d, value: 1500 }]) { imported } }', { s: seriesId, d: lastMonth() }, analyst);
	});

	afterEach(async () => {
		for (const context of others) await context.close();
		others = [];
		expect(otherErrors).toEqual([]);
		otherErrors = [];
	});

	async function openAs(user: { email: string }, path: string): Promise<Page> {
		const context = await web.browser.newContext({ baseURL: web.platform.baseUrl, locale: 'nl-NL', viewport: { width: 1366, height: 900 } });
		others.push(context);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		page.on('pageerror', (error) => otherErrors.push(`${user.email}: ${error.message}`));
		await page.goto(path);
		await page.waitForURL((url) => url.pathname === '/login');
		await page.getByLabel('E-mailadres').fill(user.email);
		await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await page.waitForURL((url) => url.pathname === path);
		return page;
	}

	const markLoaded = (page: Page) => page.evaluate(() => Object.assign(window, { __rkSameLoad: true }));
	const sameLoad = (page: Page) => page.evaluate(() => (window as unknown as { __rkSameLoad?: boolean }).__rkSameLoad === true);

	it("shows the analyst's new observation in the chart and its alert on a policy officer's dashboard without a reload", async () => {
		// The policy officer has the dashboard open, following alerts live.
		await web.loginAt('/', POLICY.email);
		const dashboard = web.page;
		const alerts = dashboard.getByRole('region', { name: 'Signalen' });
		await dashboard.locator('[data-testid="alerts-live"][data-live="true"]').waitFor({ state: 'attached' });
		await markLoaded(dashboard);
		expect(await alerts.getByText(SERIES).count()).toBe(0);

		// The analyst opens the series: the chart with its threshold, and the forms to maintain it.
		const analyst = await openAs(ANALYST, `/monitoring/${seriesId}`);
		await analyst.getByRole('heading', { level: 1, name: SERIES }).waitFor();
		await analyst.locator('[data-testid="live-state"][data-live="true"]').waitFor();
		const chart = analyst.getByRole('img', { name: new RegExp(`^${SERIES.replace(/[()]/g, '\\$&')}\\.`) });
		await expect.poll(() => chart.getAttribute('aria-label')).toContain('1 waarneming');
		await analyst.getByTestId('thresholds').getByText('Drempel boven 2.000 USD/kg (kritiek)').waitFor();

		// A bad value is refused at the field; then the observation of today, above the threshold.
		const form = analyst.getByRole('region', { name: 'Waarneming toevoegen' });
		const today = new Date().toISOString().slice(0, 10);
		await form.getByLabel('Datum').fill(today);
		await form.getByLabel(/Waarde/).fill('veel');
		await form.getByRole('button', { name: 'Waarneming opslaan' }).click();
		expect(await form.getByLabel(/Waarde/).getAttribute('aria-invalid')).toBe('true');
		await form.getByLabel(/Waarde/).fill('2.150,5');
		await form.getByRole('button', { name: 'Waarneming opslaan' }).click();

		// The analyst's chart takes it (live, from the API) and marks the alert.
		await expect.poll(() => chart.getAttribute('aria-label')).toContain('2 waarnemingen');
		expect(await chart.getAttribute('aria-label')).toContain('2.150,5 USD/kg');
		expect(await chart.getAttribute('aria-label')).toContain('1 signaal');

		// The policy officer's dashboard shows the alert, without a reload, naming the roadmap it concerns.
		const shown = alerts.getByRole('listitem').filter({ hasText: SERIES });
		await shown.waitFor();
		expect(await shown.textContent()).toContain('2.150,5 USD/kg');
		expect(await shown.textContent()).toContain('Kritiek');
		expect(await shown.textContent()).toContain('Routekaart Militaire schepen 2026');
		expect(await sameLoad(dashboard)).toBe(true);

		// Seen: it leaves the list (for this officer).
		await shown.getByRole('button', { name: /Gezien/ }).click();
		await expect.poll(() => alerts.getByText(SERIES).count()).toBe(0);
	});

	it("lists the roadmap's monitoring: what moved this month, from the officer's view of the chain", async () => {
		await web.loginAt('/monitoring', POLICY.email);
		await web.page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
		const table = web.page.getByTestId('series-table');
		await table.getByRole('link', { name: SERIES }).waitFor();
		// Knowledge institutes publish; a ministry reads.
		expect(await web.page.getByRole('button', { name: 'Nieuwe reeks' }).count()).toBe(0);
		await table.getByRole('link', { name: SERIES }).click();
		await web.page.waitForURL((url) => url.pathname === `/monitoring/${seriesId}`);
		expect(await web.page.getByRole('region', { name: 'Waarneming toevoegen' }).count()).toBe(0);
	});

	it('lets the officer link the alert to a risk in the register, where every participant sees it', async () => {
		const lead = await web.platform.login(POLICY.email);
		const found = await web.platform.gql<{ roadmaps: { id: string; title: string }[] }>('{ roadmaps { id title } }', {}, lead);
		const roadmapId = found.data!.roadmaps.find((r) => r.title === 'Routekaart Militaire schepen 2026')!.id;
		await web.loginAt(`/roadmaps/${roadmapId}/risicos`, POLICY.email);
		const row = web.page.getByTestId('risk-list').getByRole('row').nth(1);
		await row.getByText('Signaal koppelen').click();
		const choice = row.getByLabel(/^Signaal voor/);
		const option = choice.locator('option', { hasText: SERIES });
		await choice.selectOption((await option.getAttribute('value'))!);
		await row.getByRole('button', { name: 'Koppelen' }).click();
		await row.getByTestId('risk-alerts').getByRole('link', { name: new RegExp(SERIES.replace(/[()]/g, '\\$&')) }).waitFor();

		// A member company reads the link on the same risk.
		const member = await web.platform.login('keten@werf.example');
		const risks = await web.platform.gql<{ risks: { alerts: { series: { name: string } }[] }[] }>(
			'query($r: ID!) { risks(roadmapId: $r) { alerts { series { name } } } }',
			{ r: roadmapId },
			member,
		);
		expect(risks.data!.risks.flatMap((r) => r.alerts.map((a) => a.series.name))).toContain(SERIES);
	});

	it("lets the analyst keep a material's key figures on its factsheet, each change listed there with the organisation", async () => {
		await web.loginAt('/grondstoffen/Sb', ANALYST.email);
		const page = web.page;
		const editor = page.getByRole('region', { name: 'Catalogus bijhouden' });
		await editor.getByRole('button', { name: 'Kerncijfers bewerken' }).click();
		await editor.getByLabel('Substitutie-index').fill('-1');
		await editor.getByRole('button', { name: 'Kerncijfers opslaan' }).click();
		await editor.getByText('Geef een getal van 0 of meer.').waitFor();
		await editor.getByLabel('Substitutie-index').fill('0,85');
		await editor.getByRole('button', { name: 'Kerncijfers opslaan' }).click();
		const history = page.getByRole('region', { name: 'Wijzigingen in de catalogus' });
		await history.getByText(/substitutie-index 0,85/).waitFor();
		expect(await history.textContent()).toContain('Nationaal Materialen Observatorium');
		// A ministry reads the factsheet and its history, and gets no editor.
		await web.context.clearCookies();
		await web.loginAt('/grondstoffen/Sb', POLICY.email);
		await page.getByRole('region', { name: 'Wijzigingen in de catalogus' }).getByText(/substitutie-index 0,85/).waitFor();
		expect(await page.getByRole('region', { name: 'Catalogus bijhouden' }).count()).toBe(0);
	});

	it("leads from a material's factsheet to a country's page: its shares, export restrictions and the series about it", async () => {
		await web.loginAt('/grondstoffen/Ga', POLICY.email);
		await web.page.getByRole('link', { name: 'China' }).first().click();
		await web.page.waitForURL((url) => url.pathname === '/landen/CN');
		await web.page.getByRole('heading', { level: 1, name: /China/ }).waitFor();
		const shares = web.page.getByTestId('country-shares');
		await shares.getByRole('link', { name: 'Gallium (Ga)' }).first().waitFor();
		await web.page.getByRole('img', { name: /^Nieuwe exportbeperkingen China op kritieke grondstoffen \(demo\)\./ }).waitFor();
	});
});
