import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWebSession } from './support/web-session';

const SHIPYARD = 'keten@werf.example';
/** The demo trade association's user (Metaalunie), who keeps the profiles of member companies. */
const ASSOCIATION = 'leden@metaalunie.example';
const MEMBER = 'Eerste Lid Verspaning B.V.';
/** The main navigation's name (header.nav). */
const NAV = 'Hoofdmenu';

/** The template's sheets and headers (libs/domain/src/imports/template.ts), in Dutch. */
const ITEMS_SHEET = 'Onderdelen';
const ITEM_HEADERS = ['referentie', 'naam', 'soort', 'omschrijving', 'zichtbaarheid', 'gedeeld met'];
const LINKS_SHEET = 'Leveranciers';
const LINK_HEADERS = [
	'referentie',
	'onderdeel',
	'leverancier',
	'land',
	'aandeel %',
	'tier',
	'levertijd weken',
	'voorraad maanden',
	'enige bron',
	'zichtbaarheid',
	'gedeeld met',
];

const ITEM_NAME = 'Koelwaterpomp uit de import';
const SUPPLIER = 'Oostzee Pompen Import B.V.';

/** A workbook as a company would fill in the template: one new item and one supply link of it. */
async function workbook(link: { country: string; share: number }): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	const items = book.addWorksheet(ITEMS_SHEET);
	items.addRow(ITEM_HEADERS);
	items.addRow(['E2E-POMP-1', ITEM_NAME, 'Component', 'Centrifugaalpomp', 'Alleen eigen organisatie', '']);
	const links = book.addWorksheet(LINKS_SHEET);
	links.addRow(LINK_HEADERS);
	links.addRow(['E2E-LEV-1', 'E2E-POMP-1', SUPPLIER, link.country, link.share, 1, 12, '1,5', 'nee', 'Alleen eigen organisatie', '']);
	return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The chain-data import in the browser, as the shipyard: the template downloads, a file with a bad
 * row is checked and every problem is reported at its row and column with nothing written, the fixed
 * file is checked (no problems, the counts) and applied, the new link shows among the supplied links,
 * and the same file again changes nothing.
 */
/*
 * The member-profile import of a trade association (issue 19) shares this file (one Chromium start):
 * the association's user downloads the template, gets every bad row reported, is refused a company
 * that keeps its own profile, applies the fixed file and finds the profiles in its list.
 */
describe('the chain-data import of the web app', () => {
	const web = useWebSession({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });

	async function download(panel: Locator, name: string): Promise<Download> {
		const [file] = await Promise.all([web.page.waitForEvent('download'), panel.getByRole('group', { name: 'Sjabloon downloaden' }).getByRole('button', { name }).click()]);
		return file;
	}

	it('checks a file, reports every problem at its row and column, applies the fixed file once, then changes nothing — nor does its own export', async () => {
		await web.loginAt('/mijn-ketendata', SHIPYARD);
		const page = web.page;
		await page.getByRole('heading', { level: 1, name: 'Mijn ketendata' }).waitFor();
		// A company is no trade association: no link to the member-profile import.
		await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Mijn ketendata' }).waitFor();
		expect(await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Ledenprofielen' }).count()).toBe(0);
		const panel = page.getByRole('region', { name: 'Ketendata importeren' });
		await panel.waitFor();

		// The template, in Dutch and in English, with the sheets and headers the test file uses.
		const dutch = await download(panel, 'Nederlands');
		expect(dutch.suggestedFilename()).toBe('routekaart-ketendata-sjabloon.xlsx');
		const template = new ExcelJS.Workbook();
		await template.xlsx.readFile((await dutch.path())!);
		expect(template.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining([ITEMS_SHEET, LINKS_SHEET]));
		const headers = (sheet: string) => (template.getWorksheet(sheet)!.getRow(1).values as unknown[]).slice(1);
		expect(headers(ITEMS_SHEET)).toEqual(ITEM_HEADERS);
		expect(headers(LINKS_SHEET)).toEqual(LINK_HEADERS);
		await panel.getByText('Het sjabloon routekaart-ketendata-sjabloon.xlsx is gedownload.').waitFor();
		const english = await download(panel, 'English');
		expect(english.suggestedFilename()).toBe('routekaart-chain-data-template.xlsx');

		const file = panel.getByLabel('Bestand (.xlsx of .csv)');
		const announcement = panel.getByTestId('import-announcement');
		const check = panel.getByRole('button', { name: 'Controleren' });

		// A share of 150 and an unknown country on one row: both problems, each at its column.
		await file.setInputFiles({ name: 'ketendata.xlsx', mimeType: XLSX, buffer: await workbook({ country: 'Atlantis', share: 150 }) });
		await check.click();
		await announcement.getByText('2 problemen gevonden').waitFor();
		const problems = panel.getByRole('table', { name: 'Problemen in het bestand' });
		const headerCells = await problems.getByRole('columnheader').allTextContents();
		expect(headerCells.map((h) => h.trim())).toEqual(['Tabblad', 'Rij', 'Kolom', 'Probleem']);
		const cells = async (column: string) => {
			const row = problems.getByRole('row').filter({ has: page.getByRole('cell', { name: column, exact: true }) });
			expect(await row.count(), column).toBe(1);
			return (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
		};
		expect(await cells('aandeel %')).toEqual([LINKS_SHEET, '2', 'aandeel %', 'Geef een getal van 0 tot en met 100, niet 150.']);
		expect(await cells('land')).toEqual([LINKS_SHEET, '2', 'land', '"Atlantis" is geen land; geef de landcode (bijv. NL) of de naam.']);
		expect(await problems.getByRole('row').count()).toBe(3);
		expect(await panel.getByRole('button', { name: 'Toepassen' }).count()).toBe(0);
		await panel.getByText('Er is niets opgeslagen.', { exact: false }).waitFor();

		// The fixed file: no problems, one new item and one new link.
		await file.setInputFiles({ name: 'ketendata.xlsx', mimeType: XLSX, buffer: await workbook({ country: 'Duitsland', share: 60 }) });
		await check.click();
		await announcement.getByText('Geen problemen').waitFor();
		expect((await panel.getByTestId('import-summary').textContent())?.trim()).toBe(
			'1 onderdeel nieuw, 0 gewijzigd, 0 ongewijzigd; 1 schakel nieuw, 0 gewijzigd, 0 ongewijzigd',
		);
		expect(await problems.count()).toBe(0);
		const changes = panel.getByRole('table', { name: 'Nieuwe en gewijzigde rijen' });
		await changes.getByRole('row').filter({ hasText: `E2E-LEV-1 — ${SUPPLIER}` }).getByText('Nieuw').waitFor();
		await changes.getByRole('row').filter({ hasText: `E2E-POMP-1 — ${ITEM_NAME}` }).waitFor();

		// Applying shows its progress: the file going up, then the server's phases, to 100%.
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { progressSeen: string[] }).progressSeen = seen;
			const note = () => {
				const text = document.querySelector('[data-testid="import-progress-phase"]')?.textContent?.trim();
				if (text && seen.at(-1) !== text) seen.push(text);
			};
			new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
		});
		await panel.getByRole('button', { name: 'Toepassen' }).click();
		await announcement.getByText('Toegepast: 1 onderdeel nieuw, 0 gewijzigd, 0 ongewijzigd; 1 schakel nieuw, 0 gewijzigd, 0 ongewijzigd.').waitFor();
		expect(await panel.getByRole('button', { name: 'Toepassen' }).count()).toBe(0);
		const bar = panel.getByRole('progressbar', { name: 'Voortgang' });
		expect(await bar.getAttribute('aria-valuenow')).toBe('100');
		expect(await bar.getAttribute('aria-valuetext')).toBe('100% — Klaar');
		const phases = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
		const firstIndex = (pattern: RegExp) => phases.findIndex((p) => pattern.test(p));
		// (A file this small is sent before the browser reports upload progress; a large one shows "Bestand versturen: n%" first.)
		const order = [/^Voorbereiden…$/, /^Rijen lezen: 2 gelezen/, /^Rijen controleren…$/, /^Opslaan: 2 van 2 rijen$/, /^Klaar$/].map(firstIndex);
		expect(order.every((index) => index >= 0), phases.join(' | ')).toBe(true);
		expect([...order].sort((a, b) => a - b), phases.join(' | ')).toEqual(order);

		// The new link is among the supplied links, with its figures.
		const links = page.getByRole('region', { name: 'Aangeleverde schakels' });
		const row = links.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ITEM_NAME }) });
		await row.waitFor();
		expect(await row.textContent()).toContain(SUPPLIER);
		expect(await row.textContent()).toContain('Duitsland');
		expect(await row.textContent()).toContain('60');

		// The same file again: nothing to apply.
		await file.setInputFiles({ name: 'ketendata.xlsx', mimeType: XLSX, buffer: await workbook({ country: 'Duitsland', share: 60 }) });
		await check.click();
		await announcement.getByText('Geen problemen').waitFor();
		await panel.getByText('Dit bestand verandert niets.').waitFor();
		expect((await panel.getByTestId('import-summary').textContent())?.trim()).toBe(
			'0 onderdelen nieuw, 0 gewijzigd, 1 ongewijzigd; 0 schakels nieuw, 0 gewijzigd, 1 ongewijzigd',
		);
		expect(await panel.getByRole('button', { name: 'Toepassen' }).count()).toBe(0);
		expect(await links.getByRole('rowheader', { name: ITEM_NAME }).count()).toBe(1);

		// The company's own data exported in the template's format imports back changing nothing.
		const ownDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Mijn eigen gegevens (importsjabloon) als Excel (.xlsx)' }).click();
		const own = await ownDownload;
		expect(own.suggestedFilename()).toMatch(/^ketendata-\d{4}-\d{2}-\d{2}\.xlsx$/);
		await file.setInputFiles({ name: own.suggestedFilename(), mimeType: XLSX, buffer: readFileSync(await own.path()) });
		await check.click();
		await panel.getByText('Dit bestand verandert niets.').waitFor();
		expect((await panel.getByTestId('import-summary').textContent())?.trim()).toMatch(/^0 onderdelen nieuw, 0 gewijzigd, \d+ ongewijzigd; .*0 schakels nieuw, 0 gewijzigd, \d+ ongewijzigd$/);
	});

	it('imports member profiles as a trade association: template, every bad row reported, a company keeping its own profile refused, the fixed file applied and listed', async () => {
		await web.loginAt('/leveranciers/import', ASSOCIATION);
		const page = web.page;
		await page.getByRole('heading', { level: 1, name: 'Profielen van leden importeren' }).waitFor();
		// The navigation leads association users here, and marks this page, not the directory, as current.
		const nav = page.getByRole('navigation', { name: NAV });
		expect(await nav.getByRole('link', { name: 'Ledenprofielen' }).getAttribute('aria-current')).toBe('page');
		expect(await nav.getByRole('link', { name: 'Leveranciers', exact: true }).getAttribute('aria-current')).toBeNull();
		const panel = page.getByRole('region', { name: 'Profielen van leden importeren' });

		// The template: the rows sheet with Dutch headers, the vocabulary sheet, the explanation.
		const [dutch] = await Promise.all([
			page.waitForEvent('download'),
			panel.getByRole('group', { name: 'Sjabloon downloaden' }).getByRole('button', { name: 'Sjabloon (Nederlands)' }).click(),
		]);
		expect(dutch.suggestedFilename()).toBe('leveranciersprofielen-sjabloon.xlsx');
		const template = new ExcelJS.Workbook();
		await template.xlsx.readFile((await dutch.path())!);
		expect(template.worksheets.map((s) => s.name)).toEqual(['Leveranciers', 'Woordenlijst', 'Toelichting']);
		const headers = (template.getWorksheet('Leveranciers')!.getRow(1).values as unknown[]).slice(1) as string[];
		expect(headers.slice(0, 6)).toEqual(['KvK-nummer', 'Bedrijfsnaam', 'Provincie', 'Grootteklasse', 'Categorie', 'Capaciteiten']);

		/** The template filled in: one row per member, cells by header. */
		const members = async (rows: Record<string, string>[]) => {
			const book = new ExcelJS.Workbook();
			const sheet = book.addWorksheet('Leveranciers');
			sheet.addRow(headers);
			for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? ''));
			return Buffer.from(await book.xlsx.writeBuffer());
		};
		const member = (kvk: string, name: string, more: Record<string, string> = {}) => ({
			'KvK-nummer': kvk,
			Bedrijfsnaam: name,
			Provincie: 'Gelderland',
			Grootteklasse: 'klein',
			Categorie: 'C',
			Capaciteiten: '5-assig verspanen; precisieplaatwerk',
			...more,
		});
		const file = panel.getByLabel('Bestand met ledenprofielen (.xlsx of .csv)');
		const announcement = panel.getByTestId('member-import-announcement');
		const check = panel.getByRole('button', { name: 'Controleren' });

		// An unknown capability, a KvK number of 7 digits, and the magnet maker, which keeps its own profile.
		await file.setInputFiles({
			name: 'leden.xlsx',
			mimeType: XLSX,
			buffer: await members([
				member('37000001', MEMBER, { Capaciteiten: 'telepathie' }),
				member('3700002', 'Tweede Lid B.V.'),
				member('16345678', 'Brabant Magneettechniek B.V.'),
			]),
		});
		await check.click();
		await announcement.getByText('3 problemen gevonden').waitFor();
		const problems = panel.getByRole('table', { name: 'Problemen per rij' });
		const rows: string[] = [];
		for (const row of (await problems.getByRole('row').all()).slice(1)) rows.push((await row.getByRole('cell').allTextContents()).map((c) => c.trim()).join(' '));
		expect(rows).toEqual([
			'2 Capaciteiten "telepathie" staat niet in de woordenlijst (capaciteiten); zie het tabblad Woordenlijst van het sjabloon.',
			'3 KvK-nummer "3700002" is geen KvK-nummer: dat heeft 8 cijfers.',
			'4 KvK-nummer Het bedrijf met KvK-nummer 16345678 beheert zelf zijn profiel op het platform; u kunt het niet overschrijven. Haal deze rij weg.',
		]);
		expect(await panel.getByRole('button', { name: 'Toepassen' }).count()).toBe(0);

		// The fixed file: two new members, applied, then in the list of profiles the association keeps.
		const fixed = await members([member('37000001', MEMBER), member('37000002', 'Tweede Lid B.V.', { 'Zichtbaarheid capaciteit': 'alleen overheid' })]);
		await file.setInputFiles({ name: 'leden.xlsx', mimeType: XLSX, buffer: fixed });
		await check.click();
		await announcement.getByText('2 rijen gelezen: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd.').waitFor();
		await panel.getByRole('table', { name: 'Profielen die worden toegevoegd of bijgewerkt' }).getByRole('row', { name: new RegExp(MEMBER) }).waitFor();
		await panel.getByRole('button', { name: 'Toepassen' }).click();
		await announcement.getByText('Toegepast: 2 profielen toegevoegd, 0 bijgewerkt.').waitFor();
		const list = page.getByRole('region', { name: 'Profielen die u beheert' });
		await list.getByLabel('Zoek op naam of KvK-nummer').fill('3700000');
		await list.getByRole('button', { name: 'Zoeken' }).click();
		await list.getByTestId('member-profile-count').getByText('2 profielen').waitFor();
		const row = list.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tweede Lid B.V.' }) });
		expect((await row.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual(['37000002', 'Gelderland', 'C', '5-assig verspanen, precisieplaatwerk', 'capaciteit']);

		// The same file again changes nothing.
		await file.setInputFiles({ name: 'leden.xlsx', mimeType: XLSX, buffer: fixed });
		await check.click();
		await panel.getByText('Geen problemen. Dit bestand verandert niets.').waitFor();

		// One kept profile changed by hand: from the list to its page, where the association edits it.
		await row.getByRole('link', { name: 'Tweede Lid B.V.' }).click();
		await page.getByRole('heading', { level: 1, name: 'Tweede Lid B.V.' }).waitFor();
		await page.getByText('Uw brancheorganisatie beheert dit profiel voor een lid zonder eigen account.').waitFor();
		await page.getByRole('button', { name: 'Profiel bewerken' }).click();
		const form = page.getByTestId('profile-form');
		await form.getByLabel('Uren per maand').fill('720');
		await form.getByRole('button', { name: 'Profiel opslaan' }).click();
		await page.getByRole('status').getByText('Het profiel is opgeslagen.').waitFor();
		await page.getByText('720 uur per maand').waitFor();
	});
});
