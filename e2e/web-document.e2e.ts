import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportedFileText } from '../apps/api/src/testing/exported-file';
import { DEMO_PASSWORD, useWebSession } from './support/web-session';

/**
 * The roadmap document in the browser, as its co-editors use it: two browser contexts are two demo
 * users (each with its own cookies and IndexedDB). Comments, live figures and export add their own
 * `it`s here; keep one behaviour per `it`.
 */

const DEFENCE = { email: 'beleid@defensie.example', name: 'Daan Bakker', organisation: 'Ministerie van Defensie' };
const SHIPYARD = { email: 'keten@werf.example', name: 'Willem Smit', organisation: 'Noordzee Marinewerf B.V.' };
/** Made an observer of the demo roadmap in the setup: reads the document, may not change it. */
const RADAR = { email: 'inkoop@radar.example', name: 'Rosa Visser', organisation: 'Delta Radar Systems B.V.' };
/** The magnet maker: a small supplier that sees only its own part of the chain. */
const MAGNET = { email: 'verkoop@magneet.example', name: 'Mehmet Yilmaz', organisation: '' };
const DOCUMENT = 'Routekaart Militaire schepen — concept';
/** The editor with two co-editors' carets, for a look at the layout. */
const SCREENSHOTS = process.env.ROUTEKAART_SCREENSHOTS ?? join(__dirname, 'screenshots');

describe('the roadmap document in the web app', () => {
	const web = useWebSession();
	let roadmapId = '';
	let documentId = '';
	let documentPath = '';
	/** Contexts a test opens besides `web.context`; closed after it. */
	let others: BrowserContext[] = [];
	let otherErrors: string[] = [];

	beforeAll(async () => {
		const lead = await web.platform.login(DEFENCE.email);
		const found = await web.platform.gql<{ roadmaps: { id: string; documents: { id: string; title: string }[]; participants: { role: string; organisation: { id: string; name: string } }[] }[] }>(
			'{ roadmaps { id documents { id title } participants { role organisation { id name } } } }',
			{},
			lead,
		);
		const roadmap = found.data!.roadmaps.find((r) => r.documents.some((d) => d.title === DOCUMENT))!;
		roadmapId = roadmap.id;
		documentId = roadmap.documents.find((d) => d.title === DOCUMENT)!.id;
		documentPath = `/roadmaps/${roadmapId}/documenten/${documentId}`;
		const radar = roadmap.participants.find((p) => p.organisation.name === RADAR.organisation)!;
		const changed = await web.platform.gql(
			'mutation ($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: OBSERVER) { role } }',
			{ r: roadmapId, o: radar.organisation.id },
			lead,
		);
		expect(changed.errors).toBeUndefined();
	});

	afterEach(async () => {
		for (const context of others) await context.close();
		others = [];
		expect(otherErrors).toEqual([]);
		otherErrors = [];
	});

	/** A second user in their own browser context, logged in and on `path`. */
	async function openAs(user: { email: string }, path: string): Promise<Page> {
		const context = await web.browser.newContext({ baseURL: web.platform.baseUrl, locale: 'nl-NL' });
		others.push(context);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		page.on('pageerror', (error) => otherErrors.push(`${user.email}: ${error.message}`));
		await login(page, user.email, path);
		return page;
	}

	async function login(page: Page, email: string, path: string) {
		await page.goto(path);
		await page.waitForURL((url) => url.pathname === '/login');
		await page.getByLabel('E-mailadres').fill(email);
		await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await page.waitForURL((url) => url.pathname === path);
	}

	const text = (page: Page) => page.getByRole('textbox', { name: `Tekst van „${DOCUMENT}”` });

	/** Waits until the editor shows the document from the server and takes input. */
	async function editable(page: Page) {
		await text(page).and(page.locator('[contenteditable="true"]')).waitFor();
		await text(page).getByText('Aanleiding', { exact: true }).waitFor();
		await page.getByTestId('connection-status').and(page.locator('[data-phase="connected"]')).waitFor();
	}

	/** Types `words` as a new paragraph at the end of the document. */
	async function typeAtEnd(page: Page, words: string) {
		await text(page).click();
		await page.keyboard.press('Control+End');
		await page.keyboard.press('Enter');
		await page.keyboard.type(words, { delay: 10 });
	}

	/** Inserts, through the editor's menu, a live table of the 20 riskiest single-sourced items of the product group. */
	async function insertDependencyBlock(page: Page) {
		await text(page).click();
		await page.keyboard.press('Control+End');
		await page.getByRole('button', { name: 'Live cijfer invoegen…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Live cijfer invoegen' });
		await dialog.getByLabel('Soort afhankelijkheid').selectOption({ label: 'Enkelvoudig geleverde onderdelen' });
		await dialog.getByLabel('Aantal rijen (top N)').fill('20');
		await dialog.getByRole('button', { name: 'Invoegen' }).click();
	}

	/** The rows of the (first) live block as `page`'s reader sees them: "dependency | platform". */
	async function rowsIn(page: Page): Promise<string[]> {
		const block = text(page).getByTestId('live-figure').first();
		await block.scrollIntoViewIfNeeded();
		await text(page).locator('[data-testid="live-figure"][data-state="shown"]').first().waitFor();
		return block.getByTestId('live-figure-row').evaluateAll((rows) =>
			rows.map((row) => `${row.querySelector('[data-field="label"]')?.textContent?.trim()} | ${row.querySelector('[data-field="platform"]')?.textContent?.trim()}`),
		);
	}

	/** The document's text as the server has it (the version diff reads the stored content). */
	async function serverText(): Promise<string> {
		const token = await web.platform.login(DEFENCE.email);
		const saved = await web.platform.gql<{ saveDocumentVersion: { id: string } }>(
			'mutation ($d: ID!) { saveDocumentVersion(documentId: $d, name: "controle") { id } }',
			{ d: documentId },
			token,
		);
		const diff = await web.platform.gql<{ documentDiff: { kind: string; text: string }[] }>(
			'query ($v: ID!) { documentDiff(versionId: $v) { kind text } }',
			{ v: saved.data!.saveDocumentVersion.id },
			token,
		);
		return diff.data!.documentDiff.map((line) => line.text).join('\n');
	}

	it('lists the documents on the roadmap page and opens the demo document at its own URL, ready to type', async () => {
		await web.loginAt(`/roadmaps/${roadmapId}`, DEFENCE.email);
		const list = web.page.getByTestId('roadmap-documents');
		const row = list.locator('tr', { hasText: DOCUMENT });
		await row.waitFor();
		// Nobody has typed in the seeded document yet (the co-editing test below checks the name after an edit).
		expect((await row.locator('[data-field="lastEdited"]').textContent())?.trim()).toBe('Nog niet bewerkt');

		const started = Date.now();
		await row.getByRole('link', { name: DOCUMENT }).click();
		await web.page.waitForURL((url) => url.pathname === documentPath);
		await editable(web.page);
		console.log(`document route: navigation to an editable editor in ${Date.now() - started} ms`);

		await web.page.locator('.page-header').getByRole('heading', { level: 1, name: DOCUMENT }).waitFor();
		await web.page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').waitFor();
		const bold = web.page.getByRole('toolbar', { name: 'Opmaak' }).getByRole('button', { name: 'Vet', exact: true });
		expect(await bold.getAttribute('title')).toBe('Vet (Ctrl+B)');
		expect(await bold.getAttribute('aria-pressed')).toBe('false');
	});

	it('lets a roadmap lead create, rename and delete a document', async () => {
		await web.loginAt(`/roadmaps/${roadmapId}`, DEFENCE.email);
		await web.page.getByTestId('roadmap-documents').waitFor();
		await web.page.getByRole('button', { name: 'Document maken' }).click();
		await web.page.getByText('Geef het document een titel.').waitFor();
		await web.page.getByLabel('Nieuw document').fill('Bijlage interventies');
		await web.page.getByRole('button', { name: 'Document maken' }).click();
		await web.page.getByText('Het document „Bijlage interventies” is gemaakt.').waitFor();

		await web.page.getByRole('button', { name: 'Naam van „Bijlage interventies” wijzigen' }).click();
		await web.page.getByLabel('Naam van „Bijlage interventies” wijzigen').fill('Bijlage maatregelen');
		await web.page.getByTestId('roadmap-documents').getByRole('button', { name: 'Opslaan', exact: true }).click();
		await web.page.getByText('Het document heet nu „Bijlage maatregelen”.').waitFor();

		await web.page.getByRole('button', { name: '„Bijlage maatregelen” verwijderen' }).click();
		await web.page.getByRole('group', { name: '„Bijlage maatregelen” verwijderen' }).getByRole('button', { name: 'Verwijderen', exact: true }).click();
		await web.page.getByText('Het document „Bijlage maatregelen” is verwijderd.').waitFor();
		expect(await web.page.getByTestId('roadmap-documents').getByRole('link').allTextContents()).toEqual([DOCUMENT]);
	});

	it('shows each of two co-editors the other’s text and named caret, and who has the document open', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		const shipyard = await openAs(SHIPYARD, documentPath);
		await Promise.all([editable(web.page), editable(shipyard)]);

		await typeAtEnd(web.page, 'Defensie vult de voorraadparagraaf aan.');
		await typeAtEnd(shipyard, 'De werf levert de magneetdata per kwartaal.');

		await text(shipyard).getByText('Defensie vult de voorraadparagraaf aan.').waitFor();
		await text(web.page).getByText('De werf levert de magneetdata per kwartaal.').waitFor();

		// Each sees the other's caret, labelled with their name, in their colour.
		const caretOf = (page: Page, name: string) => text(page).locator('.collaboration-carets__label', { hasText: name });
		await caretOf(web.page, SHIPYARD.name).waitFor();
		await caretOf(shipyard, DEFENCE.name).waitFor();
		expect(await caretOf(web.page, SHIPYARD.name).evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);

		// The presence list names both, with their organisations.
		const present = web.page.getByRole('list', { name: 'Nu in dit document' });
		await present.locator('li', { hasText: SHIPYARD.name }).filter({ hasText: SHIPYARD.organisation }).waitFor();
		await present.locator('li', { hasText: DEFENCE.name }).filter({ hasText: '(u)' }).waitFor();

		mkdirSync(SCREENSHOTS, { recursive: true });
		await web.page.screenshot({ path: join(SCREENSHOTS, 'document.png'), fullPage: true });

		// The roadmap page says when the document was last edited, and by whom.
		await web.page.locator('.breadcrumbs a').click();
		const edited = web.page.getByTestId('roadmap-documents').locator('tr', { hasText: DOCUMENT }).locator('[data-field="lastEdited"]');
		await edited.locator('time').waitFor();
		expect(await edited.textContent()).toMatch(/door (Willem Smit \(Noordzee Marinewerf B\.V\.\)|Daan Bakker \(Ministerie van Defensie\))/);
	});

	it('keeps an observer from typing and tells them why', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		await editable(web.page);
		const observer = await openAs(RADAR, documentPath);
		await text(observer).getByText('Aanleiding', { exact: true }).waitFor();

		const banner = observer.getByTestId('read-only-banner');
		await banner.waitFor();
		expect(await banner.textContent()).toContain('Uw organisatie is waarnemer bij deze routekaart');
		expect(await text(observer).getAttribute('contenteditable')).toBe('false');
		expect(await observer.getByRole('button', { name: 'Vet', exact: true }).isDisabled()).toBe(true);
		expect(await observer.getByRole('button', { name: 'Versie opslaan' }).count()).toBe(0);

		// Typing does nothing, and nothing reaches the co-editors.
		await text(observer).click();
		await observer.keyboard.type('Waarnemer probeert te typen');
		expect(await text(observer).textContent()).not.toContain('Waarnemer probeert te typen');
		await typeAtEnd(web.page, 'Een regel van de trekker.');
		await text(observer).getByText('Een regel van de trekker.').waitFor();
		expect(await text(web.page).textContent()).not.toContain('Waarnemer probeert te typen');
	});

	it('sends a user whose session ended to the login page, which says so and leads back to the document', async () => {
		await web.loginAt(documentPath, SHIPYARD.email);
		await editable(web.page);
		// The session ends while the document is open: here logged out through the API from the same browser, as from another tab.
		const loggedOut = await web.page.evaluate(() =>
			fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { logout }' }) }).then((r) => r.json()),
		);
		expect(loggedOut).toEqual({ data: { logout: true } });
		await web.page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('returnTo') === documentPath);
		await web.page.getByTestId('session-expired').waitFor();
		expect(await web.page.getByTestId('session-expired').textContent()).toContain('Uw sessie is verlopen');

		await web.page.getByLabel('E-mailadres').fill(SHIPYARD.email);
		await web.page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
		await web.page.getByRole('button', { name: 'Inloggen' }).click();
		await web.page.waitForURL((url) => url.pathname === documentPath);
		await editable(web.page);
	});

	it('saves a named version, shows how it differs from the current text, and restores it for every editor', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		const shipyard = await openAs(SHIPYARD, documentPath);
		await Promise.all([editable(web.page), editable(shipyard)]);

		const versions = web.page.getByRole('region', { name: 'Versies' });
		await versions.getByLabel('Naam van de versie').fill('Voor de bespreking');
		await versions.getByRole('button', { name: 'Versie opslaan' }).click();
		await versions.getByText('Versie „Voor de bespreking” is opgeslagen.').waitFor();
		await versions.locator('li[data-version="Voor de bespreking"]').waitFor();
		expect(await versions.locator('li[data-version="Voor de bespreking"] [data-field="createdBy"]').textContent()).toContain(
			`door ${DEFENCE.name} (${DEFENCE.organisation})`,
		);

		await typeAtEnd(web.page, 'Een zin die na de versie kwam.');
		await text(shipyard).getByText('Een zin die na de versie kwam.').waitFor();

		await versions.getByRole('button', { name: '„Voor de bespreking” vergelijken met de huidige tekst' }).click();
		const diff = web.page.getByTestId('version-diff');
		await diff.locator('.added', { hasText: 'Een zin die na de versie kwam.' }).waitFor();
		expect(await diff.textContent()).toContain('Sindsdien 1 regel toegevoegd en 0 regels verwijderd.');

		await versions.getByRole('button', { name: '„Voor de bespreking” herstellen' }).click();
		await versions.getByRole('group', { name: '„Voor de bespreking” herstellen' }).getByRole('button', { name: 'Herstellen', exact: true }).click();
		await versions.getByText('Versie „Voor de bespreking” is hersteld.').waitFor();

		// Both editors lose the sentence typed after the version; the text before the restore is kept as a version.
		await expect.poll(() => text(web.page).textContent()).not.toContain('Een zin die na de versie kwam.');
		await expect.poll(() => text(shipyard).textContent()).not.toContain('Een zin die na de versie kwam.');
		await versions.locator('li[data-version="Voor herstel van \\"Voor de bespreking\\""]').waitFor();
	});

	it('loses nothing typed while the network is gone for 10 seconds', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		const shipyard = await openAs(SHIPYARD, documentPath);
		await Promise.all([editable(web.page), editable(shipyard)]);

		await typeAtEnd(web.page, 'Voor de storing.');
		await text(shipyard).getByText('Voor de storing.').waitFor();

		await web.context.setOffline(true);
		await web.page.getByTestId('connection-status').and(web.page.locator('[data-phase="offline"]')).waitFor();
		expect(await web.page.getByTestId('connection-status').textContent()).toContain('Uw wijzigingen worden in deze browser bewaard');
		// Ten seconds of typing without a network, while the other keeps typing too.
		const offlineWords: string[] = [];
		const until = Date.now() + 10_000;
		for (let i = 1; Date.now() < until; i++) {
			const words = `Offline regel ${i}.`;
			await typeAtEnd(web.page, words);
			offlineWords.push(words);
		}
		await typeAtEnd(shipyard, 'De werf typte tijdens de storing.');
		expect(await text(shipyard).textContent()).not.toContain(offlineWords[0]);
		await web.context.setOffline(false);

		await web.page.getByTestId('connection-status').and(web.page.locator('[data-phase="connected"]')).waitFor();
		await text(web.page).getByText('De werf typte tijdens de storing.').waitFor();
		// Both split the same last paragraph meanwhile: the merge keeps every character, though two
		// lines may end up in one paragraph. What counts is that no line is missing.
		const missing = async (page: Page) => {
			const content = (await text(page).textContent()) ?? '';
			return offlineWords.filter((words) => !content.includes(words));
		};
		await expect.poll(() => missing(shipyard), { timeout: 15_000 }).toEqual([]);
		expect(await missing(web.page)).toEqual([]);
		// And the server stored every line (what a reload or a third reader would get).
		const stored = await serverText();
		for (const words of [...offlineWords, 'De werf typte tijdens de storing.']) expect(stored).toContain(words);
		console.log(`offline: ${offlineWords.length} lines typed in 10 s without a network, all merged`);
	});

	it('keeps what was typed offline in a tab that was then closed, and sends it when the document is opened again', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		await editable(web.page);
		await web.context.setOffline(true);
		await web.page.getByTestId('connection-status').and(web.page.locator('[data-phase="offline"]')).waitFor();
		await text(web.page).click();
		await web.page.keyboard.press('Control+End');
		await web.page.keyboard.press('Enter');
		// One transaction, so the words are in one stored update (looked for below).
		await web.page.keyboard.insertText('Zin-uit-een-gesloten-tabblad');
		// The browser's local copy (y-indexeddb) holds it before the tab goes.
		await expect
			.poll(() =>
				web.page.evaluate(async (needle) => {
					const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('routekaart:'));
					for (const name of names) {
						const db = await new Promise<IDBDatabase>((ok, fail) => {
							const req = indexedDB.open(name);
							req.onsuccess = () => ok(req.result);
							req.onerror = () => fail(req.error);
						});
						const rows = await new Promise<unknown[]>((ok, fail) => {
							const req = db.transaction('updates').objectStore('updates').getAll();
							req.onsuccess = () => ok(req.result);
							req.onerror = () => fail(req.error);
						});
						db.close();
						if (rows.some((row) => row instanceof Uint8Array && new TextDecoder().decode(row).includes(needle))) return true;
					}
					return false;
				}, 'Zin-uit-een-gesloten-tabblad'),
			)
			.toBe(true);
		await web.page.close();
		expect(await serverText()).not.toContain('Zin-uit-een-gesloten-tabblad');

		await web.context.setOffline(false);
		const again = await web.context.newPage();
		await again.goto(documentPath);
		await editable(again);
		await text(again).getByText('Zin-uit-een-gesloten-tabblad').waitFor();
		await expect.poll(serverText, { timeout: 15_000 }).toContain('Zin-uit-een-gesloten-tabblad');
	});

	it('shows a comment on a selection to the other co-editor live, with replies, and resolves it for both', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		const shipyard = await openAs(SHIPYARD, documentPath);
		await Promise.all([editable(web.page), editable(shipyard)]);

		// Select the heading "Doel" and comment on it.
		await text(web.page).getByText('Doel', { exact: true }).dblclick();
		await web.page.getByRole('button', { name: 'Opmerking bij selectie' }).click();
		await web.page.getByLabel('Uw opmerking').fill('Doel scherper formuleren: welke platforms eerst?');
		await web.page.getByRole('button', { name: 'Plaatsen' }).click();

		// The other co-editor sees the thread and its anchor in the text without reloading.
		const thread = (page: Page) => page.getByRole('article', { name: 'Opmerking bij “Doel”' });
		await thread(shipyard).getByText('Doel scherper formuleren: welke platforms eerst?').waitFor();
		await thread(shipyard).getByText(DEFENCE.name).first().waitFor();
		await text(shipyard).locator('.comment-anchor', { hasText: 'Doel' }).waitFor();

		await thread(shipyard).getByLabel('Uw antwoord').fill('Eerst de fregatten.');
		await thread(shipyard).getByRole('button', { name: 'Beantwoorden' }).click();
		await thread(web.page).getByText('Eerst de fregatten.').waitFor();

		await thread(web.page).getByRole('button', { name: 'Afhandelen' }).click();
		// Resolved threads leave the list for both, and come back under "show resolved", where they can be reopened.
		await thread(shipyard).waitFor({ state: 'detached' });
		await shipyard.getByRole('checkbox', { name: /Afgehandelde opmerkingen tonen/ }).check();
		await thread(shipyard).getByRole('button', { name: 'Heropenen' }).click();
		await thread(web.page).getByRole('button', { name: 'Afhandelen' }).waitFor();

		// The shipyard takes its reply back: asked in the page, where Escape cancels.
		const reply = thread(shipyard).getByRole('listitem').filter({ hasText: 'Eerst de fregatten.' });
		await reply.getByRole('button', { name: 'Verwijderen' }).click();
		const question = reply.getByRole('group', { name: 'Verwijderen' });
		await question.getByText('Zeker weten? Dit kan niet ongedaan worden gemaakt.').waitFor();
		await shipyard.keyboard.press('Escape');
		await question.waitFor({ state: 'detached' });
		await reply.getByRole('button', { name: 'Verwijderen' }).click();
		await question.getByRole('button', { name: 'Verwijderen', exact: true }).click();
		await thread(shipyard).getByText('Eerst de fregatten.').waitFor({ state: 'detached' });
		await thread(shipyard).getByText('Doel scherper formuleren: welke platforms eerst?').waitFor();
	});

	it('renders a live dependency block with each reader’s own permissions, never naming what the reader may not see', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		await editable(web.page);
		await insertDependencyBlock(web.page);
		const governmentRows = await rowsIn(web.page);
		const magnet = await openAs(MAGNET, documentPath);
		const magnetRows = await rowsIn(magnet);
		expect(governmentRows.length).toBeGreaterThan(0);
		expect(magnetRows).not.toEqual(governmentRows);

		// Every name in the magnet maker's block is one the magnet maker may read through the API.
		const token = await web.platform.login(MAGNET.email);
		const visible = await web.platform.gql<{ productGroups: { items: { totalCount: number; nodes: { name: string }[] } }[] }>(
			'{ productGroups { items(first: 200) { totalCount nodes { name } } } }',
			{},
			token,
		);
		for (const group of visible.data!.productGroups) expect(group.items.nodes.length).toBe(group.items.totalCount);
		const readable = new Set(visible.data!.productGroups.flatMap((g) => g.items.nodes.map((i) => i.name)));
		for (const row of magnetRows) {
			const [label, platform] = row.split(' | ');
			expect(readable.has(label), `${label} is not an item the magnet maker may read`).toBe(true);
			expect(readable.has(platform), `${platform} is not an item the magnet maker may read`).toBe(true);
		}
		const hidden = governmentRows.map((r) => r.split(' | ')[0]).filter((name) => !readable.has(name));
		const magnetText = (await text(magnet).textContent()) ?? '';
		for (const name of hidden) expect(magnetText).not.toContain(name);
	});

	it('shows the roadmap’s intervention matrix in a live block, which picks up a newly proposed intervention without a reload', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		await editable(web.page);
		await text(web.page).click();
		await web.page.keyboard.press('Control+End');
		await web.page.getByRole('button', { name: 'Live cijfer invoegen…' }).click();
		const dialog = web.page.getByRole('dialog', { name: 'Live cijfer invoegen' });
		await dialog.getByLabel('Interventies naar effect en inspanning').check();
		await dialog.getByRole('button', { name: 'Invoegen' }).click();
		const block = text(web.page).locator('[data-testid="live-figure"][data-figure="interventionMatrix"]').first();
		await block.scrollIntoViewIfNeeded();
		await block.and(web.page.locator('[data-state="shown"]')).waitFor();
		const quickWins = block.locator('[data-testid="live-figure-quadrant"][data-quadrant="QUICK_WIN"]');
		expect(await quickWins.textContent()).not.toContain('Live matrixproef');

		const token = await web.platform.login(DEFENCE.email);
		const proposed = await web.platform.gql(
			'mutation ($r: ID!) { proposeIntervention(input: { roadmapId: $r, title: "Live matrixproef", type: OTHER, impact: 4, effort: 1, horizon: SHORT }) { id } }',
			{ r: roadmapId },
			token,
		);
		expect(proposed.errors).toBeUndefined();
		// The roadmap's activity event makes the block ask again: no reload, no refresh button.
		await quickWins.getByTestId('live-figure-row').filter({ hasText: 'Live matrixproef' }).waitFor();
		expect(await quickWins.getByTestId('live-figure-row').filter({ hasText: 'Live matrixproef' }).locator('[data-field="status"]').textContent()).toContain('Voorgesteld');
	});

	it('exports the document as Word and PDF with the typed text and the live figures as the exporter may see them', async () => {
		await web.loginAt(documentPath, DEFENCE.email);
		await editable(web.page);
		await typeAtEnd(web.page, 'Exportzin voor de Kamerbrief.');
		if ((await text(web.page).getByTestId('live-figure').count()) === 0) await insertDependencyBlock(web.page);
		const rows = await rowsIn(web.page);
		const firstDependency = rows[0].split(' | ')[0];

		const download = async (name: RegExp) => {
			const [file] = await Promise.all([web.page.waitForEvent('download'), web.page.getByRole('button', { name }).click()]);
			return readFileSync((await file.path())!);
		};
		const docx = await download(/als Word-document/);
		const pdf = await download(/als PDF/);

		const words = exportedFileText('application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx.toString('base64'));
		const printed = exportedFileText('application/pdf', pdf.toString('base64')).replace(/\s+/g, ' ');
		for (const exported of [words.replace(/\s+/g, ' '), printed]) {
			expect(exported).toContain('Exportzin voor de Kamerbrief.');
			expect(exported).toContain('Aanleiding');
			expect(exported).toMatch(/Cijfers per \d{1,2} \p{L}+ \d{4} \d{2}:\d{2}/u);
		}
		// The live block's rows as the exporter sees them; a PDF table wraps long names over several lines.
		expect(words.replace(/\s+/g, ' ')).toContain(firstDependency);
		for (const word of firstDependency.split(' ')) expect(printed).toContain(word);
	});
});
