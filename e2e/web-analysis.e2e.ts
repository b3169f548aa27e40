import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWebSession } from './support/web-session';

/** The analysis web.page as a person sees it, for a look at the layout (a laptop screen, 1366 × 768). */
const SCREENSHOTS = process.env.ROUTEKAART_SCREENSHOTS ?? join(__dirname, 'screenshots');

const DEFENCE = 'beleid@defensie.example';
const MAGNET_MAKER = 'verkoop@magneet.example';
const FRIGATE = 'Luchtverdedigings- en commandofregat (LCF-vervanger)';
const PLATFORMS = ['ASW-fregat', 'Combat Support Ship', FRIGATE];

describe('the risk analysis page of the web app', () => {
	const web = useWebSession({ viewport: { width: 1366, height: 768 } });

	interface Heatmap {
		platforms: { name: string }[];
		materials: { symbol: string; chemicalSymbol: string | null; name: string; nameNl: string | null }[];
		cells: { row: number; column: number; score: number | null }[];
	}

	/** The heatmap as the API gives it to `email` (materials riskiest first). */
	async function apiHeatmap(email: string): Promise<Heatmap> {
		const token = await web.platform.login(email);
		const groups = await web.platform.gql<{ productGroups: { id: string }[] }>('{ productGroups { id } }', {}, token);
		const res = await web.platform.gql<{ dependencyHeatmap: Heatmap }>(
			'query ($id: ID!) { dependencyHeatmap(productGroupId: $id) { platforms { name } materials { symbol chemicalSymbol name nameNl } cells { row column score } } }',
			{ id: groups.data!.productGroups[0].id },
			token,
		);
		return res.data!.dependencyHeatmap;
	}

	const heatmapTable = () => web.page.getByTestId('heatmap-table');
	const details = () => web.page.getByTestId('dependency-details');
	const text = async (locator: ReturnType<Page['locator']>) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

	it('shows the Defence ministry the fleet’s heatmap and explains the gallium of the air-defence frigate', async () => {
		await web.loginAt('/analyse', DEFENCE);
		await web.page.getByRole('heading', { level: 1, name: 'Risicoanalyse' }).waitFor();
		const nav = web.page.getByRole('navigation', { name: 'Hoofdmenu' });
		expect(await nav.getByRole('link', { name: 'Risicoanalyse' }).getAttribute('aria-current')).toBe('page');
		// The demo's one product group is chosen.
		const picker = web.page.getByLabel('Productgroep');
		expect(await picker.locator('option:checked').textContent()).toBe('Militaire schepen');

		// The chart (ECharts, SVG) is drawn first, with the scores printed in the cells.
		const chart = web.page.getByRole('img', { name: /^Heatmap van 3 platforms en \d+ grondstoffen/ });
		await chart.locator('svg').waitFor();
		await chart.locator('svg text', { hasText: 'Ga' }).first().waitFor();
		// Its columns by chemical symbol; a material that is no element by its Dutch name, not its catalogue key.
		await chart.locator('svg text', { hasText: 'Natuurlijk grafiet' }).first().waitFor();
		expect(await chart.locator('svg text', { hasText: /^(GRAPHITE|FLUORSPAR)$/ }).count()).toBe(0);

		// The table has the same figures: a column per platform, a row per material, riskiest first.
		await web.page.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: 'Tabel' }).click();
		const table = heatmapTable();
		await table.waitFor();
		const columns = await table.getByRole('columnheader').allTextContents();
		expect(columns.map((c) => c.trim())).toEqual(['Grondstof', ...PLATFORMS]);
		// Each row by its chemical symbol and Dutch name; a material that is no element (natural
		// graphite) by its name only, never by its catalogue key (GRAPHITE).
		const rows = await table.locator('tbody th[scope="row"]').evaluateAll((headers) =>
			headers.map((th) => ({ code: th.querySelector('.symbol')?.textContent?.trim() ?? null, name: th.querySelector('.name')?.textContent?.trim() ?? null })),
		);
		const api = await apiHeatmap(DEFENCE);
		expect(rows.map((r) => r.code)).toEqual(api.materials.map((m) => m.chemicalSymbol));
		expect(rows.map((r) => r.code)).toContain('Ga');
		expect(rows.find((r) => r.code === 'W')?.name).toBe('Wolfraam');
		expect(rows.filter((r) => r.code === null).map((r) => r.name)).toContain('Natuurlijk grafiet');


		// Gallium in the frigate, chosen with the keyboard: the explanation opens beside the list.
		const cell = table.getByRole('button', { name: new RegExp(`^Gallium \\(Ga\\) in ${escape(FRIGATE)}: \\d+`) });
		await cell.focus();
		await web.page.keyboard.press('Enter');
		await web.page.waitForURL((url) => url.searchParams.get('dependency')?.includes('|MATERIAL|') ?? false);
		const panel = details();
		await panel.getByRole('heading', { name: `Gallium (Ga) in ${FRIGATE}` }).waitFor();
		expect(await cell.getAttribute('aria-current')).toBe('true');

		// Each factor in words, with its weight and points; the points add up to the score.
		const restriction = panel.locator('tr[data-factor="EXPORT_RESTRICTION"]');
		expect(await text(restriction)).toMatch(/Exportbeperking.*\d+(,\d)?% van het aanbod uit landen met exportbeperking \(CN\)/);
		expect(await text(panel.locator('tr[data-factor="CONCENTRATION"]'))).toMatch(/HHI 0,\d+ \(hoog\)/);
		expect(await text(panel.locator('tr[data-factor="SINGLE_SOURCE"]'))).toContain('via een enkelvoudig geleverd onderdeel');
		const total = await text(panel.locator('tfoot td'));
		expect(await text(panel.locator('.headline dd').first())).toBe(`${total} van 100`);
		const points = await panel.locator('tbody td:last-child').allTextContents();
		const sum = points.reduce((s, p) => s + Number(p.trim().replace(',', '.')), 0);
		expect(sum).toBeCloseTo(Number(total.replace(',', '.')), 0);
		await panel.locator('.weakest').getByText('Zwakste schakel:').waitFor();

		// Example paths from the platform down to the gallium precursor.
		const paths = (await panel.getByTestId('dependency-paths').locator('.path').allTextContents()).map((p) => p.trim());
		expect(paths.length).toBeGreaterThan(0);
		expect(paths.length).toBeLessThanOrEqual(5);
		expect(paths.every((p) => p.startsWith(`${FRIGATE} → `))).toBe(true);
		expect(paths.some((p) => p.endsWith('→ Trimethylgallium-precursor (6N)'))).toBe(true);

		// The top list, filtered to countries; a row opens the same panel.
		const list = web.page.getByTestId('dependency-list');
		expect(await list.locator('tbody tr').count()).toBe(20);
		await web.page.getByRole('radio', { name: 'Landen' }).check();
		// Only countries ("China (CN)"), once the list has been read again.
		const onlyCountries = async () => (await list.locator('tbody .target').allTextContents()).every((name) => /\([A-Z]{2}\)$/.test(name.trim()));
		await expect.poll(onlyCountries).toBe(true);
		await web.page.getByRole('status').getByText(/^20 van \d+, riskantste eerst$/).waitFor();
		const china = list.getByRole('button', { name: new RegExp(`^China \\(CN\\) ${escape(FRIGATE)}$`) });
		await china.click();
		await panel.getByRole('heading', { name: `China (CN) in ${FRIGATE}` }).waitFor();
		// No governance data on record: supply risk counts for nothing, and the page says why.
		expect(await text(panel.locator('tr[data-factor="SUPPLY_RISK"]'))).toContain(
			'geen gegevens (telt niet mee; de andere gewichten zijn opgeschaald)',
		);

		// Back to the chart: a click there opens a cell too (one whose printed score no other cell has).
		const view = (name: string) => web.page.getByRole('group', { name: 'Weergave' }).getByRole('button', { name });
		await view('Grafiek').click();
		await chart.locator('svg text', { hasText: 'Ga' }).first().waitFor();
		const rounded = api.cells.filter((c) => c.score !== null).map((c) => Math.round(c.score!));
		const unique = api.cells.find((c) => c.score !== null && rounded.filter((r) => r === Math.round(c.score!)).length === 1);
		expect(unique).toBeDefined();
		const material = api.materials[unique!.column];
		const label = `${material.nameNl ?? material.name}${material.chemicalSymbol ? ` (${material.chemicalSymbol})` : ''}`;
		await chart.locator('svg text').filter({ hasText: new RegExp(`^${Math.round(unique!.score!)}$`) }).click();
		await panel.getByRole('heading', { name: `${label} in ${api.platforms[unique!.row].name}` }).waitFor();

		// Gallium again, for the picture: outlined in the chart, explained beside the list.
		await view('Tabel').click();
		await cell.click();
		await panel.getByRole('heading', { name: `Gallium (Ga) in ${FRIGATE}` }).waitFor();
		await view('Grafiek').click();
		await chart.locator('svg text', { hasText: 'Ga' }).first().waitFor();
		// The details panel scrolls within the window (sticky beside the list); a taller window shows all of it.
		await web.page.setViewportSize({ width: 1366, height: 1400 });
		await web.page.evaluate('window.scrollTo(0, 0)');
		mkdirSync(SCREENSHOTS, { recursive: true });
		await web.page.screenshot({ path: join(SCREENSHOTS, 'analyse.png'), fullPage: true });
		await web.page.setViewportSize({ width: 1366, height: 768 });

		// The same explanation in English.
		await web.page.getByRole('button', { name: 'English' }).click();
		await web.page.getByRole('heading', { level: 1, name: 'Risk analysis' }).waitFor();
		expect(await text(restriction)).toMatch(/of supply from countries restricting exports \(CN\)/);
	});

	it('still shows an industry user the analysis of the chain they may see', async () => {
		await web.loginAt('/analyse', MAGNET_MAKER);
		await web.page.getByRole('heading', { level: 1, name: 'Risicoanalyse' }).waitFor();
		await web.page.getByRole('img', { name: /^Heatmap van \d+ platforms/ }).locator('svg').waitFor();
		await web.page.getByRole('button', { name: 'Tabel' }).click();
		const table = heatmapTable();
		await table.waitFor();
		expect((await table.locator('tbody tr').count()) > 0).toBe(true);
		expect(await web.page.getByTestId('dependency-list').locator('tbody tr').count()).toBeGreaterThan(0);
		expect(await web.page.getByRole('alert').count()).toBe(0);
		await web.page.getByText('Kies een cel in de heatmap of een afhankelijkheid in de lijst').waitFor();
	});

	it('lists gallium’s export restriction on its factsheet, says so when a material has none, and shows the catalogue in Dutch', async () => {
		await web.loginAt('/grondstoffen/Ga', DEFENCE);
		await web.page.getByRole('heading', { level: 1, name: 'Gallium (Ga)' }).waitFor();
		const section = web.page.getByRole('region', { name: 'Exportbeperkingen' });
		const row = section.getByTestId('restrictions-in-force').locator('tbody tr').filter({ hasText: 'China' });
		await row.waitFor();
		expect(await text(row.getByRole('rowheader'))).toContain('China (CN)');
		expect(await text(row)).toContain('Exportvergunning verplicht');
		expect(await text(row)).toContain('sinds 1 augustus 2023');
		expect(await text(row)).toContain('MOFCOM/GAC Announcement No. 23 of 2023');

		await web.page.goto('/grondstoffen/Fe');
		await web.page.getByRole('heading', { level: 1, name: /\(Fe\)$/ }).waitFor();
		await web.page.getByRole('region', { name: 'Exportbeperkingen' }).getByText('Geen exportbeperkingen geregistreerd.').waitFor();

		// Neodymium (issue 20): the group's key figures with a note, and chart and table with the same rows.
		await web.page.goto('/grondstoffen/Nd');
		await web.page.getByRole('heading', { level: 1, name: 'Neodymium (Nd)' }).waitFor();
		expect(await text(web.page.locator('#figures-title'))).toBe('Kerncijfers (EU 2023) (cijfers van de groep LREE)');
		expect(await text(web.page.getByTestId('group-figures-note'))).toContain('beoordeelt Lichte zeldzame aardmetalen als groep');
		const mining = web.page.locator('table[data-stage="EXTRACTION"][data-scope="GLOBAL"]');
		const tableRows = (await mining.locator('tbody th[scope="row"]').allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());
		expect(tableRows).toHaveLength(10);
		// The combined row folds out to the countries in it (Malaysia 0.3%, Burundi 0.1%), 0.4% together.
		expect(tableRows[9]).toMatch(/^2 andere landen/);
		expect(tableRows[9]).toContain('Maleisië (MY)');
		expect(tableRows[9]).toContain('Burundi (BI)');
		expect(await text(mining.locator('tbody tr').nth(9).locator('td'))).toBe('0,4%');
		expect(tableRows.some((r) => r.startsWith('Burundi'))).toBe(false);
		const chart = web.page.getByRole('img', { name: /^Staafdiagram: China 68,3%/ }).first();
		await chart.locator('svg text', { hasText: '2 andere landen' }).waitFor();
		const bars = await chart.locator('svg text').allTextContents();
		expect(bars.filter((b) => b === 'Burundi')).toEqual([]);
		expect(await text(web.page.getByTestId('hhi').first())).toMatch(/^HHI 0,\d{3} \(sterk geconcentreerd\)/);

		// Dutch names, searched in Dutch; chemical symbols only for elements; the non-critical materials.
		await web.page.goto('/grondstoffen?q=wolfraam');
		const list = web.page.locator('table.data-table tbody tr');
		await list.first().waitFor();
		const cells = async (row: ReturnType<Page['locator']>) => (await row.locator('th, td').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim());
		expect(await list.count()).toBe(1);
		expect((await cells(list.first())).slice(0, 3)).toEqual(['Wolfraam', 'W', 'Kritiek']);
		await web.page.goto('/grondstoffen?kritiek=0');
		await list.filter({ hasText: 'Gips' }).waitFor();
		expect(await list.count()).toBe(36);
		expect((await cells(list.filter({ hasText: 'Gips' }))).slice(0, 3)).toEqual(['Gips', '—', 'Niet kritiek']);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
