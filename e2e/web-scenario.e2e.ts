import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWebSession } from './support/web-session';

/** The scenario simulator as a person sees it, for a look at the layout (a laptop screen, 1366 × 768). */
const SCREENSHOTS = process.env.ROUTEKAART_SCREENSHOTS ?? join(__dirname, 'screenshots');

const DEFENCE = 'beleid@defensie.example';
const SHIPYARD = 'keten@werf.example';
const FRIGATE = 'Luchtverdedigings- en commandofregat (LCF-vervanger)';
const PLATFORMS = ['ASW-fregat', 'Combat Support Ship', FRIGATE];
const TMGA = 'Trimethylgallium-precursor (6N)';
const ROADMAP = 'Routekaart Militaire schepen 2026';

describe('the scenario simulator of the web app', () => {
	const web = useWebSession({ viewport: { width: 1366, height: 768 } });

	const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
	const event = (n: number) => web.page.getByRole('group', { name: `Gebeurtenis ${n}` });
	const itemRow = (name: string) => web.page.getByTestId('scenario-items').locator(`tr[data-item="${name}"]`);

	/** The gallium preset, started on 2027-01-01 so the figures do not depend on today, and run. */
	async function runGalliumPreset() {
		await web.page.getByRole('button', { name: 'China halveert gallium vanaf volgende maand, 6 maanden' }).click();
		await event(1).getByLabel('Vanaf').fill('2027-01-01');
		await web.page.getByRole('button', { name: 'Doorrekenen' }).click();
		await web.page.getByTestId('scenario-platforms').waitFor();
	}

	/** The platforms' first shortfall as the API answers `email` for the same question. */
	async function apiFirstShortfalls(email: string): Promise<Record<string, string | null>> {
		const token = await web.platform.login(email);
		const setup = await web.platform.gql<{ productGroups: { id: string }[]; material: { id: string } }>(
			'{ productGroups { id } material(symbol: "Ga") { id } }',
			{},
			token,
		);
		const input = {
			productGroupId: setup.data!.productGroups[0].id,
			horizonMonths: 36,
			events: [{ country: 'CN', materialId: setup.data!.material.id, cutPercent: 50, start: '2027-01-01', durationMonths: 6 }],
		};
		const res = await web.platform.gql<{ runScenario: { platforms: { platform: { name: string }; firstShortfall: string | null }[] } }>(
			'query ($input: ScenarioInput!) { runScenario(input: $input) { platforms { platform { name } firstShortfall } } }',
			{ input },
			token,
		);
		return Object.fromEntries(res.data!.runScenario.platforms.map((p) => [p.platform.name, p.firstShortfall]));
	}

	it('shows the Defence ministry which platforms and parts fall short when China halves gallium, and where a cut is refused', async () => {
		await web.loginAt('/analyse', DEFENCE);
		await web.page.getByRole('link', { name: /Reken een scenario door/ }).click();
		await web.page.waitForURL((url) => url.pathname === '/analyse/scenario');
		await web.page.getByRole('heading', { level: 1, name: 'Scenariosimulator' }).waitFor();
		const nav = web.page.getByRole('navigation', { name: 'Hoofdmenu' });
		expect(await nav.getByRole('link', { name: 'Risicoanalyse' }).getAttribute('aria-current')).toBe('page');

		// The preset fills the form: China cuts gallium by half for 6 months, from the first of next month.
		await web.page.getByRole('button', { name: 'China halveert gallium vanaf volgende maand, 6 maanden' }).click();
		const first = event(1);
		expect(await first.getByLabel('Grondstof').locator('option:checked').textContent()).toBe('Gallium (Ga)');
		expect(await first.getByLabel('Land').inputValue()).toBe('CN');
		// Name and code, no flag emoji (an empty box in Debian's Chromium).
		// The share is added to the label once the material's supply figures have loaded.
		await expect.poll(() => text(first.getByLabel('Land').locator('option:checked')), { timeout: 15_000 }).toMatch(/^China \(CN\) — 93,\d% verwerking$/);
		expect(await first.getByLabel('Beperking (%)').inputValue()).toBe('50');
		expect(await first.getByLabel('Duur (maanden)').inputValue()).toBe('6');
		expect(await first.getByLabel('Vanaf').inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
		expect(await web.page.getByLabel('Horizon (maanden)').inputValue()).toBe('36');

		await runGalliumPreset();

		// Every demo platform has GaN radars, but Defence reads the stocks of the precursor and of the GaN
		// wafers: together they absorb the six months of halved gallium, so no platform falls short
		// (the API agrees), and the precursor is the one part that does.
		const platforms = web.page.getByTestId('scenario-platforms');
		expect((await platforms.locator('tbody th').allTextContents()).map((n) => n.trim()).sort()).toEqual(PLATFORMS);
		const expected = await apiFirstShortfalls(DEFENCE);
		for (const name of PLATFORMS) {
			expect(expected[name], name).toBeNull();
			const row = platforms.locator('tbody tr').filter({ has: web.page.getByRole('rowheader', { name, exact: true }) });
			expect(await row.locator('time').count(), name).toBe(0);
			expect(await text(row), name).toContain('niet binnen de horizon');
		}
		expect(await text(web.page.getByTestId('scenario-result').locator('.headline'))).toBe('0 van 3 platforms en 1 onderdeel komen tekort.');

		// The gallium precursor: its 26 weeks of lead time bring the cut in July 2027, its stock lasts
		// four months, short from November 2027, the pipeline full again from January 2028.
		const tmga = itemRow(TMGA);
		expect(await tmga.locator('[data-field="shortfallFrom"]').getAttribute('datetime')).toBe('2027-11');
		expect(await text(tmga.locator('[data-field="shortfallFrom"]'))).toBe('november 2027');
		expect(await tmga.locator('[data-field="recoveredFrom"]').getAttribute('datetime')).toBe('2028-01');
		expect(await text(tmga.locator('[data-field="recoveredFrom"]'))).toBe('januari 2028');
		expect(await text(tmga)).toContain('1: Ga (CN)');
		// Sorted by first shortfall: the precursor is the first part to fall short.
		expect(await text(web.page.getByTestId('scenario-items').locator('tbody th').first())).toBe(TMGA);

		// The timeline as a line chart (ECharts, SVG), and as a table with the same figures.
		const chart = web.page.getByRole('img', { name: /^Lijngrafiek van de beschikbaarheid van 3 platforms over 36 maanden/ });
		await chart.locator('svg').waitFor();
		await chart.locator('svg text', { hasText: '100%' }).first().waitFor();
		const view = (name: string) => web.page.getByRole('group', { name: 'Weergave van de tijdlijn' }).getByRole('button', { name });
		await view('Tabel').click();
		const table = web.page.getByTestId('timeline-table');
		expect((await table.getByRole('columnheader').allTextContents()).map((c) => c.trim())).toEqual(['Maand', ...PLATFORMS]);
		expect(await table.locator('tbody tr').count()).toBe(36);
		const cells = async (row: Locator) => (await row.locator('th, td').allTextContents()).map((c) => c.trim());
		expect(await cells(table.locator('tbody tr').first())).toEqual(['januari 2027', '100%', '100%', '100%']);
		// The pulse is over before the horizon: every platform has all it needs in every month.
		const march = await cells(table.locator('tbody tr').filter({ hasText: 'maart 2028' }));
		expect(march).toEqual(['maart 2028', '100%', '100%', '100%']);
		await view('Grafiek').click();
		await chart.locator('svg text', { hasText: '100%' }).first().waitFor();

		await web.page.evaluate('window.scrollTo(0, 0)');
		mkdirSync(SCREENSHOTS, { recursive: true });
		await web.page.screenshot({ path: join(SCREENSHOTS, 'scenario.png'), fullPage: true });

		// A cut of 150%: the API refuses it, and the page says so at that event's cut field.
		const cut = first.getByLabel('Beperking (%)');
		await cut.fill('150');
		await web.page.getByRole('button', { name: 'Doorrekenen' }).click();
		const error = first.getByTestId('cut-error');
		await error.waitFor();
		expect(await text(error)).toBe('Vul een beperking in van 0 tot en met 100%.');
		expect(await cut.getAttribute('aria-invalid')).toBe('true');
		// The focus moves to the refused field.
		expect(await web.page.evaluate('document.activeElement && document.activeElement.id')).toBe(await cut.getAttribute('id'));
		expect(await web.page.getByRole('alert').filter({ hasText: 'Het scenario is niet doorgerekend' }).count()).toBe(1);

		// In English, the same page.
		await cut.fill('50');
		await web.page.getByRole('button', { name: 'English' }).click();
		await web.page.getByRole('heading', { level: 1, name: 'Scenario simulator' }).waitFor();
		expect(await text(itemRow(TMGA).locator('[data-field="shortfallFrom"]'))).toBe('November 2027');
	});

	it('lets the shipyard save the scenario in the demo roadmap, lists it there and opens it again', async () => {
		await web.loginAt('/analyse/scenario', SHIPYARD);
		await runGalliumPreset();
		// The shipyard sees fewer stocks: its figures differ from Defence's, computed on its own chain.
		const tmga = itemRow(TMGA);
		expect(await tmga.locator('[data-field="recoveredFrom"]').getAttribute('datetime')).toBe('2027-12');

		const save = web.page.getByRole('region', { name: 'Opslaan in een routekaart' });
		expect(await save.getByLabel('Routekaart').locator('option:checked').textContent()).toBe(ROADMAP);
		await save.getByRole('button', { name: 'Opslaan' }).click();
		await save.getByText('Geef het scenario een naam van hoogstens 200 tekens.').waitFor();
		await save.getByLabel('Naam').fill('Galliumstop 2027');
		await save.getByRole('button', { name: 'Opslaan' }).click();
		await save.getByText(`Opgeslagen als „Galliumstop 2027” in ${ROADMAP}.`).waitFor();
		await save.getByRole('link', { name: 'Naar de routekaart' }).click();

		await web.page.getByRole('heading', { level: 1, name: ROADMAP }).waitFor();
		const list = web.page.getByTestId('saved-scenarios');
		const row = list.locator('tbody tr').filter({ hasText: 'Galliumstop 2027' });
		expect(await text(row)).toContain('Ga (CN): −50% vanaf 1 januari 2027, 6 maanden');
		expect(await text(row)).toContain('Noordzee Marinewerf B.V.');

		// Opened from the roadmap: the form holds the saved question, with its result for this reader.
		await row.getByRole('link', { name: 'Galliumstop 2027' }).click();
		await web.page.waitForURL((url) => url.pathname === '/analyse/scenario' && url.searchParams.has('scenario'));
		await web.page.getByText(`Opgeslagen scenario „Galliumstop 2027” uit ${ROADMAP}`).waitFor();
		expect(await event(1).getByLabel('Vanaf').inputValue()).toBe('2027-01-01');
		expect(await event(1).getByLabel('Beperking (%)').inputValue()).toBe('50');
		// The shipyard reads only the French precursor link (20 weeks): short from September 2027.
		expect(await itemRow(TMGA).locator('[data-field="shortfallFrom"]').getAttribute('datetime')).toBe('2027-09');

		// The organisation that saved it may delete it again.
		await web.page.goBack();
		await web.page.getByRole('heading', { level: 1, name: ROADMAP }).waitFor();
		// Asked in the page, not in a browser dialog.
		const dialogs: string[] = [];
		web.page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await web.page.getByRole('button', { name: 'Scenario Galliumstop 2027 verwijderen' }).click();
		const confirm = web.page.getByRole('group', { name: 'Scenario Galliumstop 2027 verwijderen' });
		await confirm.getByText('Zeker weten?').waitFor();
		await confirm.getByRole('button', { name: 'Verwijderen', exact: true }).click();
		await web.page.getByText('Scenario „Galliumstop 2027” is verwijderd.').waitFor();
		expect(dialogs).toEqual([]);
		await web.page.getByText('Er zijn nog geen scenario’s opgeslagen.').waitFor();
	});
});
