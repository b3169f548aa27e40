import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWebSession } from './support/web-session';

/** Screenshots of each main web.page land here, for a person to look at the layout. */
const SCREENSHOTS = process.env.ROUTEKAART_SCREENSHOTS ?? tmpdir();

const SHIPYARD = 'keten@werf.example';
const MAGNET_MAKER = 'verkoop@magneet.example';
const EZ = 'beleid@ez.example';
const FRIGATE = 'Luchtverdedigings- en commandofregat (LCF-vervanger)';

describe('the roadmap, chain and materials pages of the web app', () => {
	const web = useWebSession({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });

	const sql = <T>(query: string, parameters: unknown[] = []): Promise<T[]> => web.platform.platform.dataSource.query(query, parameters);

	/** The whole web.page, or (for long pages) what is in the window, or one element. */
	async function screenshot(name: string, what: 'page' | 'window' | ReturnType<Page['locator']> = 'page') {
		const path = join(SCREENSHOTS, `routekaart-${name}.png`);
		if (what === 'page' || what === 'window') await web.page.screenshot({ path, fullPage: what === 'page' });
		else await what.screenshot({ path });
	}

	async function itemId(name: string): Promise<string> {
		const [row] = await sql<{ id: string }>('SELECT id FROM item WHERE name = $1', [name]);
		if (!row) throw new Error(`no item named ${name}`);
		return row.id;
	}

	it('shows my roadmaps on the dashboard with their phase and participants, and opens one', async () => {
		await web.loginAt('/', SHIPYARD);
		const roadmaps = web.page.getByRole('region', { name: 'Mijn routekaarten' });
		const card = roadmaps.getByRole('article', { name: 'Routekaart Militaire schepen 2026' });
		await card.waitFor();
		await card.getByText('Militaire schepen', { exact: true }).waitFor();
		// The 6-step stepper: the demo story has reached Interventies; the three phases before it are done.
		const steps = card.getByRole('list', { name: 'Fasen van de routekaart' }).getByRole('listitem');
		expect(await steps.count()).toBe(6);
		for (const done of [0, 1, 2]) expect(await steps.nth(done).getAttribute('data-state')).toBe('done');
		expect(await steps.nth(3).getAttribute('aria-current')).toBe('step');
		expect(await steps.nth(3).textContent()).toContain('Interventies');
		await card.getByText('Nationaal Materialen Observatorium').waitFor();
		expect(await card.getByRole('listitem').filter({ hasText: 'Ministerie van Economische Zaken' }).textContent()).toContain('Trekker');
		await screenshot('dashboard');

		await card.getByRole('link', { name: 'Routekaart Militaire schepen 2026' }).click();
		await web.page.waitForURL((url) => url.pathname.startsWith('/roadmaps/'));
		await web.page.getByRole('heading', { level: 1, name: 'Routekaart Militaire schepen 2026' }).waitFor();
		// A member (the shipyard) sees the participants, without a way to change them.
		const table = web.page.getByRole('table');
		await table.getByRole('rowheader', { name: 'Brabant Magneettechniek B.V.' }).waitFor();
		expect(await web.page.getByRole('combobox').count()).toBe(0);
		expect(await web.page.getByRole('button', { name: /verwijderen/i }).count()).toBe(0);
		await web.page.getByText('Alleen de trekkers van deze routekaart kunnen deelnemers toevoegen').waitFor();
	});

	it('lets a roadmap lead change the role of a participant', async () => {
		const [roadmap] = await sql<{ id: string }>("SELECT id FROM roadmap WHERE title = 'Routekaart Militaire schepen 2026'");
		await web.loginAt(`/roadmaps/${roadmap.id}`, EZ);
		await web.page.getByRole('heading', { level: 1, name: 'Routekaart Militaire schepen 2026' }).waitFor();
		const role = web.page.getByRole('combobox', { name: 'Rol van Nationaal Materialen Observatorium' });
		expect(await role.inputValue()).toBe('MEMBER');
		await role.selectOption('OBSERVER');
		const row = web.page.getByRole('row').filter({ has: web.page.getByRole('rowheader', { name: 'Nationaal Materialen Observatorium' }) });
		await row.getByRole('button', { name: 'Opslaan' }).click();
		await web.page.getByRole('status').getByText('De rol van Nationaal Materialen Observatorium is nu Waarnemer.').waitFor();
		const [saved] = await sql<{ role: string }>(
			`SELECT p.role FROM participant p JOIN organisation o ON o.id = p.organisation_id
			 WHERE p.roadmap_id = $1 AND o.name = 'Nationaal Materialen Observatorium'`,
			[roadmap.id],
		);
		expect(saved.role).toBe('OBSERVER');
		await web.page.getByRole('heading', { name: 'Deelnemer toevoegen' }).waitFor();
		await screenshot('roadmap');
	});

	it('lets a roadmap lead add an organisation with a long name and remove it again after confirming in the page', async () => {
		// One unbroken word: it must wrap inside its cell and message, not stretch the page.
		const name = 'StichtingKennisconsortiumVoorKritiekeGrondstoffenEnStrategischeMaterialenNederland';
		await sql("INSERT INTO organisation (name, kind) VALUES ($1, 'KNOWLEDGE_INSTITUTE')", [name]);
		const [roadmap] = await sql<{ id: string }>("SELECT id FROM roadmap WHERE title = 'Routekaart Militaire schepen 2026'");
		await web.loginAt(`/roadmaps/${roadmap.id}`, EZ);
		await web.page.getByRole('heading', { name: 'Deelnemer toevoegen' }).waitFor();
		await web.page.getByLabel('Organisatie', { exact: true }).selectOption({ label: name });
		await web.page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
		await web.page.getByRole('status').getByText(`${name} neemt nu deel als Deelnemer.`).waitFor();
		const table = web.page.getByRole('table').filter({ has: web.page.getByRole('columnheader', { name: 'Rol' }) });
		await table.getByRole('rowheader', { name }).waitFor();
		const overflow = () =>
			web.page.evaluate(() => ({
				page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				tables: Math.max(0, ...[...document.querySelectorAll('.table-scroll')].map((el) => el.scrollWidth - el.clientWidth)),
			}));
		expect(await overflow()).toEqual({ page: 0, tables: 0 });

		// The role selects keep their width while a removal is being confirmed, and stay inside their cells.
		const selects = table.getByRole('combobox');
		const layout = () =>
			selects.evaluateAll((elements) =>
				elements.map((select) => {
					const box = select.getBoundingClientRect();
					const cell = select.closest('td')!.getBoundingClientRect();
					return { width: Math.round(box.width), inCell: box.left >= cell.left && box.right <= cell.right };
				}),
			);
		const before = await layout();
		expect(before.length).toBeGreaterThan(1);
		expect(before.every((select) => select.inCell && select.width > 80)).toBe(true);
		const trigger = table.getByRole('button', { name: `${name} verwijderen uit de routekaart` });
		await trigger.click();
		const question = table.getByRole('group', { name: `${name} verwijderen uit de routekaart` });
		await question.getByText('Zeker weten? De organisatie verliest dan de toegang tot deze routekaart.').waitFor();
		expect(await question.getByRole('button', { name: 'Annuleren' }).evaluate((button) => button === document.activeElement)).toBe(true);
		expect(await layout()).toEqual(before);
		await screenshot('roadmap-confirm-remove', table);

		// Escape cancels and gives focus back; "Verwijderen" removes.
		await web.page.keyboard.press('Escape');
		await question.waitFor({ state: 'detached' });
		expect(await trigger.evaluate((button) => button === document.activeElement)).toBe(true);
		await trigger.click();
		await question.getByRole('button', { name: 'Verwijderen', exact: true }).click();
		await web.page.getByRole('status').getByText(`${name} neemt niet meer deel aan deze routekaart.`).waitFor();
		await table.getByRole('rowheader', { name }).waitFor({ state: 'detached' });
		expect(await overflow()).toEqual({ page: 0, tables: 0 });
		const left = await sql(
			'SELECT 1 FROM participant p JOIN organisation o ON o.id = p.organisation_id WHERE p.roadmap_id = $1 AND o.name = $2',
			[roadmap.id, name],
		);
		expect(left).toEqual([]);
	});

	it('opens the frigate in the chain explorer and expands it down to a raw material', async () => {
		await web.loginAt('/keten', SHIPYARD);
		await web.page.getByRole('heading', { level: 1, name: 'Ketenverkenner' }).waitFor();
		await web.page.getByRole('navigation', { name: 'Platforms' }).getByRole('link', { name: new RegExp(`^${escape(FRIGATE)}`) }).click();
		await web.page.getByRole('heading', { name: `Opbouw van ${FRIGATE}` }).waitFor();
		const tree = web.page.getByRole('list', { name: 'Opbouw (stuklijst)' });

		for (const name of [
			'AESA-multifunctieradar (4 vlakken)',
			'Antennetegel (16 T/R-kanalen)',
			'GaN T/R-module',
			'GaN-op-SiC MMIC-vermogensversterker',
			'GaN-op-SiC epitaxiale wafer 150 mm',
		]) {
			const toggle = tree.getByRole('button', { name: `${name} uitklappen` });
			await toggle.click();
			await tree.getByRole('button', { name: `${name} inklappen` }).waitFor();
		}
		// Six levels below the platform: the precursor, with its raw material's symbol.
		const precursor = tree.locator('li.node[data-depth="6"]').filter({ hasText: 'Trimethylgallium-precursor (6N)' });
		await precursor.getByRole('link', { name: 'Ga', exact: true }).waitFor();
		expect(await precursor.getByText('Grondstofvorm').count()).toBe(1);

		// Selecting a part shows its supply links and where its supply comes from.
		await tree.getByRole('button', { name: 'AESA-multifunctieradar (4 vlakken)', exact: true }).click();
		const details = web.page.getByTestId('chain-details');
		await details.getByRole('heading', { name: 'AESA-multifunctieradar (4 vlakken)' }).waitFor();
		const link = details.getByTestId('supply-link').filter({ hasText: 'Delta Radar Systems B.V.' });
		expect(await link.textContent()).toContain('Nederland');
		expect(await link.textContent()).toContain('100%');
		expect(await link.textContent()).toContain('Routekaart');
		await details.getByRole('heading', { name: 'Herkomst', exact: true }).waitFor();
		// The figure says what it rests on, the same whether or not others' hidden links exist.
		expect(await details.getByTestId('supply-countries-basis').textContent()).toContain('Berekend over de schakels die u mag zien');
		await screenshot('chain');

		// The material filter finds the gallium and opens the way to it.
		await web.page.getByRole('button', { name: 'Alles inklappen' }).click();
		await web.page.getByLabel('Grondstof (naam of symbool)').fill('Ga');
		await web.page.getByRole('status').getByText(/onderdelen gevonden/).waitFor();
		const hit = tree.locator('.row').filter({ hasText: 'Trimethylgallium-precursor (6N)' }).first();
		await hit.getByRole('link', { name: 'Ga', exact: true }).waitFor();
		expect(await hit.getAttribute('class')).toContain('hit');
	});

	it('opens the gallium factsheet: China first, as a bar chart and a table', async () => {
		await web.loginAt('/grondstoffen?crm=1', SHIPYARD);
		await web.page.getByRole('heading', { level: 1, name: 'Grondstoffen' }).waitFor();
		expect(await web.page.getByLabel('Alleen grondstoffen op de EU-lijst van kritieke grondstoffen').isChecked()).toBe(true);
		await web.page.getByRole('rowheader', { name: 'Gallium' }).waitFor();
		// The group, not its elements: LREE is listed, neodymium is not.
		await web.page.getByRole('rowheader', { name: /Lichte zeldzame aardmetalen/i }).first().waitFor();
		expect(await web.page.getByRole('rowheader', { name: 'Neodymium', exact: true }).count()).toBe(0);
		await screenshot('materials');

		await web.page.getByRole('link', { name: 'Gallium', exact: true }).click();
		await web.page.waitForURL((url) => url.pathname === '/grondstoffen/Ga');
		await web.page.getByRole('heading', { level: 1, name: 'Gallium (Ga)' }).waitFor();
		const firstTable = web.page.getByRole('table').first();
		const firstRow = firstTable.locator('tbody tr').first();
		expect(await firstRow.getByRole('rowheader').textContent()).toContain('China');
		// The chart is drawn (echarts, SVG renderer), with China on top.
		const chart = web.page.getByRole('img', { name: /^Staafdiagram: China/ }).first();
		await chart.locator('svg').waitFor();
		await chart.locator('svg text', { hasText: 'China' }).first().waitFor();
		await screenshot('factsheet');
	});

	it('never shows the magnet maker the names of suppliers the shipyard keeps to itself', async () => {
		const hidden = await sql<{ supplier: string; itemId: string; itemName: string }>(
			`SELECT sl.supplier_name AS supplier, sl.item_id AS "itemId", i.name AS "itemName"
			 FROM supply_link sl
			 JOIN item i ON i.id = sl.item_id
			 JOIN organisation werf ON werf.id = sl.contributed_by_org_id AND werf.name = 'Noordzee Marinewerf B.V.'
			 JOIN organisation magneet ON magneet.name = 'Brabant Magneettechniek B.V.'
			 WHERE sl.visibility = 'OWNER' AND NOT (magneet.id = ANY(sl.shared_with)) AND sl.supplier_name IS NOT NULL`,
		);
		expect(hidden.length).toBeGreaterThan(0);
		const names = [...new Set(hidden.map((row) => row.supplier))];
		const frigate = await itemId(FRIGATE);

		await web.loginAt(`/keten?platform=${frigate}`, MAGNET_MAKER);
		await web.page.getByRole('heading', { name: `Opbouw van ${FRIGATE}` }).waitFor();
		await web.page.getByRole('button', { name: 'Alles uitklappen' }).click();
		await web.page.getByRole('button', { name: 'Trimethylgallium-precursor (6N)', exact: true }).first().waitFor();
		await expectNoneOf(names);

		// The parts those links belong to, one after the other in the details panel.
		for (const { itemId: id, itemName } of uniqueBy(hidden, (row) => row.itemId)) {
			await web.page.goto(`/keten?platform=${frigate}&item=${id}`);
			await web.page.getByTestId('chain-details').getByRole('heading', { name: itemName, exact: true }).waitFor();
			await expectNoneOf(names);
		}
	});

	it('adds a supply link with an explicit visibility, lists it, refuses a share of 150% on the field, changes it later, and exports CSV', async () => {
		await web.loginAt('/mijn-ketendata', SHIPYARD);
		await web.page.getByRole('heading', { level: 1, name: 'Mijn ketendata' }).waitFor();
		await web.page.getByRole('heading', { name: 'Schakel toevoegen' }).waitFor();
		const form = web.page.locator('form.supply-link-form');
		const supplier = 'Zeeuwse Consolebouw B.V.';

		// Without a visibility the form asks for one: there is no default.
		await form.getByLabel('Onderdeel *').selectOption({ label: 'Combat management system' });
		await form.getByLabel('Naam van de leverancier *').fill(supplier);
		await form.getByRole('button', { name: 'Schakel toevoegen' }).click();
		await form.getByText('Kies wie deze schakel mag zien.').waitFor();

		await form.getByLabel('Land van herkomst').selectOption('NL');
		await form.getByLabel('Aandeel in de levering van dit onderdeel (%)').fill('150');
		await form.getByLabel('Tier').fill('1');
		await form.getByLabel('Levertijd (weken)').fill('26');
		await form.getByLabel('Voorraad (maanden)').fill('2,5');
		// Before saving, the form names who will see what: with "Overheid", the ministries see the
		// figures only; the shipyard itself sees everything, and so does the radar maker it shares with.
		await form.getByRole('radio', { name: 'Overheid' }).check();
		const audience = form.getByTestId('contribution-audience');
		await audience.getByTestId('audience-figures').getByText('Ministerie van Defensie').waitFor();
		expect(await audience.getByTestId('audience-figures').textContent()).toContain('Ministerie van Economische Zaken');
		expect(await audience.getByTestId('audience-figures').textContent()).not.toContain('Delta Radar');
		expect((await audience.getByTestId('audience-everything').textContent())?.trim()).toBe('Noordzee Marinewerf B.V.');
		await form.getByRole('checkbox', { name: 'Delta Radar Systems B.V.' }).check();
		await audience.getByTestId('audience-everything').getByText('Delta Radar Systems B.V.').waitFor();
		await form.getByRole('checkbox', { name: 'Delta Radar Systems B.V.' }).uncheck();
		await form.getByRole('button', { name: 'Schakel toevoegen' }).click();

		// The API refuses the share and names the field; the message sits next to it.
		const share = form.getByLabel('Aandeel in de levering van dit onderdeel (%)');
		const shareError = form.locator('#sl-share-error');
		await shareError.waitFor();
		expect(await shareError.textContent()).toContain('Vul een aandeel in van 0 tot en met 100%');
		expect(await share.getAttribute('aria-invalid')).toBe('true');
		expect(await share.getAttribute('aria-describedby')).toContain('sl-share-error');
		await screenshot('chain-data-error', form);

		await share.fill('15');
		await form.getByRole('button', { name: 'Schakel toevoegen' }).click();
		await web.page.getByRole('status').getByText('De schakel voor Combat management system is toegevoegd.').waitFor();
		const row = web.page
			.getByRole('region', { name: 'Aangeleverde schakels' })
			.getByRole('row')
			.filter({ has: web.page.getByRole('cell', { name: supplier, exact: true }) });
		await row.waitFor();
		expect(await row.getByRole('rowheader').textContent()).toBe('Combat management system');
		expect(await row.textContent()).toContain('15%');
		expect(await row.textContent()).toContain('Overheid');
		const [stored] = await sql<{ visibility: string; share: string; country: string }>(
			'SELECT visibility, share, country FROM supply_link WHERE supplier_name = $1',
			[supplier],
		);
		expect(stored).toMatchObject({ visibility: 'GOVERNMENT', country: 'NL' });
		expect(Number(stored.share)).toBeCloseTo(0.15);
		await screenshot('chain-data', 'window');

		// Changed later: the row's "Wijzigen" opens the link's own form, filled in; the item stays.
		await row.getByRole('button', { name: `Schakel ${supplier} voor Combat management system wijzigen` }).click();
		const edit = web.page.getByRole('region', { name: `Schakel wijzigen: ${supplier} voor Combat management system` });
		const editShare = edit.getByLabel('Aandeel in de levering van dit onderdeel (%)');
		expect(await editShare.inputValue()).toBe('15');
		expect(await edit.getByLabel('Onderdeel *').isDisabled()).toBe(true);
		await editShare.fill('20');
		await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await web.page.getByRole('status').getByText(`De schakel ${supplier} voor Combat management system is gewijzigd.`).waitFor();
		await expect.poll(() => row.textContent()).toContain('20%');
		expect(await web.page.getByRole('region', { name: /^Schakel wijzigen/ }).count()).toBe(0);

		// "Alles wat ik mag zien" as CSV for Dutch Excel: Dutch headers, the share in percent, the owner named.
		const download = web.page.waitForEvent('download');
		await web.page.getByRole('button', { name: 'Alles wat ik mag zien als CSV' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/^ketendata-zichtbaar-\d{4}-\d{2}-\d{2}\.csv$/);
		const csv = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
		expect(csv.split('\r\n')[0]).toBe(
			'Onderdeel;Soort onderdeel;Leverancier;Land;Aandeel (%);Tier;Levertijd (weken);Voorraad (maanden);Enige bron;Zichtbaarheid;Bijgedragen door',
		);
		const line = csv.split('\r\n').find((l) => l.includes(supplier));
		expect(line).toMatch(/^Combat management system;[^;]+;Zeeuwse Consolebouw B\.V\.;Nederland \(NL\);20;1;26;2,5;Nee;Overheid;Noordzee Marinewerf B\.V\.$/);
		await web.page.getByRole('status').getByText(/schakels geëxporteerd naar ketendata-zichtbaar-/).waitFor();
	});

	it('names who sees each listed link, and shows the shipyard its own data as a ministry sees it: the supplier hidden there, listed here', async () => {
		const [link] = await sql<{ id: string }>(
			`SELECT sl.id FROM supply_link sl JOIN item i ON i.id = sl.item_id WHERE i.name = 'Close-in weapon system' AND sl.supplier_name = 'Atlantic Naval Weapons Inc.'`,
		);
		await web.loginAt('/mijn-ketendata', SHIPYARD);
		const row = web.page.locator(`tr[data-link-id="${link!.id}"]`);
		// A government-visible link: the shipyard sees everything, the ministries only the figures.
		const audience = row.getByTestId('link-audience');
		await audience.getByTestId('link-audience-figures').getByText('Ministerie van Defensie').waitFor();
		expect(await audience.getByTestId('link-audience-everything').textContent()).toContain('uw organisatie');
		expect(await audience.getByTestId('link-audience-figures').textContent()).toContain('Ministerie van Economische Zaken');
		expect(await row.textContent()).toContain('Atlantic Naval Weapons Inc.');
		await screenshot('chain-data-audience', 'window');
		// No horizontal scroll on a 1366-pixel screen: neither of the page nor of the table.
		expect(await web.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		expect(await row.locator('xpath=ancestor::div[contains(@class, "table-scroll")]').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

		// "What others see": from the row, then another organisation chosen in the page.
		await row.getByRole('link', { name: /Bekijk uw gegevens zoals .* ze ziet/ }).click();
		await web.page.getByRole('heading', { level: 1, name: 'Wat anderen zien van mijn gegevens' }).waitFor();
		await web.page.getByLabel('Bekijk als').selectOption({ label: 'Delta Radar Systems B.V.' });
		await web.page.getByRole('heading', { name: 'Uw schakels zoals Delta Radar Systems B.V. ze ziet' }).waitFor();
		await web.page.getByLabel('Bekijk als').selectOption({ label: 'Ministerie van Defensie' });
		const seen = web.page.getByRole('region', { name: 'Uw schakels zoals Ministerie van Defensie ze ziet' });
		const seenRow = seen.locator(`tr[data-link-id="${link!.id}"]`);
		await seenRow.waitFor();
		expect(await seenRow.getByRole('cell').first().textContent()).toContain('niet zichtbaar');
		expect(await seenRow.textContent()).not.toContain('Atlantic Naval Weapons');
		// Links kept to the shipyard itself are left out, and counted.
		expect(await seen.getByTestId('seen-links-count').textContent()).toMatch(/\d+ van uw \d+ schakels zijn voor Ministerie van Defensie niet zichtbaar/);
		expect(await web.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		expect(await seenRow.locator('xpath=ancestor::div[contains(@class, "table-scroll")]').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		await screenshot('chain-data-seen-by', 'window');
	});

	it('hides adding supply links from a government user, who contributes no chain data', async () => {
		await web.loginAt('/mijn-ketendata', EZ);
		await web.page.getByRole('heading', { level: 1, name: 'Mijn ketendata' }).waitFor();
		await web.page.getByText('Alleen bewerkers en beheerders van een bedrijf kunnen schakels toevoegen.').waitFor();
		expect(await web.page.getByRole('button', { name: 'Schakel toevoegen' }).count()).toBe(0);
		expect(await web.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn ketendata' }).count()).toBe(0);
	});

	/** Neither the visible text nor any attribute (titles, labels) of the web.page holds one of `names`. */
	async function expectNoneOf(names: string[]) {
		const html = await web.page.content();
		for (const name of names) expect(html, name).not.toContain(name);
	}
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function uniqueBy<T>(rows: T[], key: (row: T) => string): T[] {
	const seen = new Set<string>();
	return rows.filter((row) => !seen.has(key(row)) && seen.add(key(row)));
}
