import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useWebSession } from './support/web-session';

/**
 * Interventions in the browser, as the "done when" describes them: a member proposes an
 * intervention in one browser; the lead, with the board open in another, sees it appear live,
 * agrees it, and it moves on both boards and into the agreements list; the matrix places it by
 * impact and effort. Two browser contexts are two demo users, each with their own cookies.
 */

/** Government, a lead of the demo roadmap: decides on proposals. */
const DEFENCE = { email: 'beleid@defensie.example', name: 'Daan Bakker', organisation: 'Ministerie van Defensie' };
/** The shipyard, a member of the demo roadmap: proposes, may not decide. */
const SHIPYARD = { email: 'keten@werf.example', name: 'Willem Smit', organisation: 'Noordzee Marinewerf B.V.' };
const ROADMAP = 'Routekaart Militaire schepen 2026';
const TITLE = 'Tweede magneetbron buiten China voor de werf';

describe('interventions in the web app', () => {
	const web = useWebSession({ viewport: { width: 1366, height: 900 } });
	let roadmapId = '';
	let others: BrowserContext[] = [];
	let otherErrors: string[] = [];

	beforeAll(async () => {
		const lead = await web.platform.login(DEFENCE.email);
		const found = await web.platform.gql<{ roadmaps: { id: string; title: string }[] }>('{ roadmaps { id title } }', {}, lead);
		roadmapId = found.data!.roadmaps.find((r) => r.title === ROADMAP)!.id;
	});

	afterEach(async () => {
		for (const context of others) await context.close();
		others = [];
		expect(otherErrors).toEqual([]);
		otherErrors = [];
	});

	/** A second user in their own browser context, logged in and on `path`. */
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

	const column = (page: Page, status: string) => page.getByTestId('intervention-board').locator(`[data-column="${status}"]`);
	const card = (scope: Page | Locator) => scope.locator(`[data-testid="intervention-card"][data-title="${TITLE}"]`);
	/** Set on a page before the others act: still there afterwards means the page was not reloaded. */
	const markLoaded = (page: Page) => page.evaluate(() => Object.assign(window, { __rkSameLoad: true }));
	const sameLoad = (page: Page) => page.evaluate(() => (window as unknown as { __rkSameLoad?: boolean }).__rkSameLoad === true);
	/** The live feed is connected (the board then follows what others do). */
	const live = (page: Page) => page.locator('[data-testid="live-state"][data-live="true"]').waitFor();

	it('shows a member’s proposal live on the lead’s board; the lead agrees it, it moves on both boards, into the matrix and the agreements', async () => {
		const path = `/roadmaps/${roadmapId}/interventies`;

		// The lead has the board open.
		await web.loginAt(path, DEFENCE.email);
		const lead = web.page;
		await lead.getByRole('heading', { level: 1, name: 'Interventies' }).waitFor();
		await live(lead);
		await markLoaded(lead);
		expect(await card(lead).count()).toBe(0);

		// The shipyard proposes an intervention: a form with its errors at the fields, then a proposal.
		const member = await openAs(SHIPYARD, path);
		await live(member);
		await member.getByRole('button', { name: 'Interventie voorstellen' }).click();
		const form = member.getByRole('region', { name: 'Interventie voorstellen' });
		await form.getByRole('button', { name: 'Voorstellen' }).click();
		await form.getByText('Geef de interventie een titel.').waitFor();
		expect(await form.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
		await form.getByLabel('Titel').fill(TITLE);
		await form.getByLabel('Soort interventie').selectOption({ label: 'Diversificatie van leveranciers' });
		await form.getByLabel('Effect (1–5)').selectOption('4');
		await form.getByLabel('Inspanning (1–5)').selectOption('2');
		await form.getByLabel('Termijn').selectOption({ label: 'Middellang (1 tot 3 jaar)' });
		await form.getByRole('radio', { name: 'Een organisatie die deelneemt' }).check();
		await form.getByLabel('Organisatie', { exact: true }).selectOption({ label: SHIPYARD.organisation });
		await markLoaded(member);
		await form.getByRole('button', { name: 'Voorstellen' }).click();
		await member.getByText(`Interventie „${TITLE}” is voorgesteld.`).waitFor();
		await card(column(member, 'PROPOSED')).waitFor();
		// A member proposes, but does not decide.
		expect(await card(member).getByRole('button', { name: /^Akkoord geven/ }).count()).toBe(0);

		// Without a reload, the lead's board shows the proposal, and the page says who made it.
		await card(column(lead, 'PROPOSED')).waitFor();
		await lead.getByTestId('announcement').getByText(`Bijgewerkt: ${SHIPYARD.name} (${SHIPYARD.organisation}) stelde interventie „${TITLE}” voor.`).waitFor();
		expect(await sameLoad(lead)).toBe(true);
		expect(await card(lead).textContent()).toContain(`Trekker: ${SHIPYARD.organisation}`);

		// The lead agrees it: it moves to "Akkoord" on the lead's board and, live, on the member's.
		await card(lead).getByRole('button', { name: `Akkoord geven: „${TITLE}”` }).click();
		await lead.getByText(`„${TITLE}” staat nu op Akkoord.`).waitFor();
		await card(column(lead, 'AGREED')).waitFor();
		expect(await card(column(lead, 'PROPOSED')).count()).toBe(0);
		await card(column(member, 'AGREED')).waitFor();
		expect(await card(column(member, 'PROPOSED')).count()).toBe(0);
		expect(await sameLoad(member)).toBe(true);

		// The matrix puts it among the quick wins (impact 4, effort 2), in the cell of its impact and effort.
		const quickWins = lead.getByRole('group', { name: 'Quick wins' });
		const marker = quickWins.locator(`[data-testid="matrix-marker"][data-title="${TITLE}"]`);
		await marker.waitFor();
		expect(await marker.getAttribute('aria-label')).toBe(`${TITLE}: effect 4, inspanning 2, Akkoord`);
		// Inside the quadrant (efforts 1–2, impacts 5–3): column 2 is effort 2, row 2 is impact 4.
		const cell = marker.locator('xpath=..');
		expect(await cell.evaluate((el) => [getComputedStyle(el).gridColumnStart, getComputedStyle(el).gridRowStart])).toEqual(['2', '2']);
		for (const other of ['Grote projecten', 'Opvullers', 'Ondankbare taken']) {
			expect(await lead.getByRole('group', { name: other }).locator(`[data-title="${TITLE}"]`).count(), other).toBe(0);
		}

		// It is now an agreement: the lead sets its terms in the list.
		await lead.getByRole('navigation', { name: 'Onderdelen van de routekaart' }).getByRole('link', { name: 'Afspraken' }).click();
		await lead.getByRole('heading', { level: 1, name: 'Afspraken' }).waitFor();
		const row = lead.getByTestId('agreements').locator(`tr[data-title="${TITLE}"]`);
		expect(await row.locator('[data-field="status"]').textContent()).toBe('Akkoord');
		await row.getByRole('button', { name: `Afspraak vastleggen: „${TITLE}”` }).click();
		await row.getByLabel('Uiterlijk').fill('2027-12-31');
		await row.getByLabel('Resultaat').fill('Contract met een tweede magneetleverancier getekend');
		await row.getByRole('button', { name: 'Opslaan' }).click();
		await lead.getByText(`De afspraak over „${TITLE}” is vastgelegd.`).waitFor();
		// The list reloads after the save and again on the feed's event of it: wait for the terms, then read them.
		const saved = lead.getByTestId('agreements').locator(`tr[data-title="${TITLE}"]`);
		await saved.locator('[data-field="dueDate"]', { hasText: '31 december 2027' }).waitFor({ timeout: 5_000 });
		expect((await saved.locator('[data-field="responsible"]').textContent())?.trim()).toBe(SHIPYARD.organisation);
		expect((await saved.locator('[data-field="deliverable"]').textContent())?.trim()).toBe('Contract met een tweede magneetleverancier getekend');
		const stored = await web.platform.gql<{ agreements: { intervention: { title: string }; dueDate: string | null }[] }>(
			'query ($r: ID!) { agreements(roadmapId: $r) { intervention { title } dueDate } }',
			{ r: roadmapId },
			await web.platform.login(DEFENCE.email),
		);
		expect(stored.data!.agreements.find((a) => a.intervention.title === TITLE)?.dueDate).toBe('2027-12-31');
	});

	it('takes a dependency from the analysis into the risk register, with its score as evidence and a way back', async () => {
		const token = await web.platform.login(DEFENCE.email);
		const found = await web.platform.gql<{ productGroups: { id: string }[] }>('{ productGroups { id } }', {}, token);
		const productGroupId = found.data!.productGroups[0]!.id;
		const top = await web.platform.gql<{ dependencies: { nodes: { key: string; target: { name: string } }[] } }>(
			'query ($g: ID!) { dependencies(productGroupId: $g, kind: MATERIAL, first: 1) { nodes { key target { name } } } }',
			{ g: productGroupId },
			token,
		);
		const dependency = top.data!.dependencies.nodes[0]!;

		await web.loginAt(`/analyse?group=${productGroupId}&dependency=${encodeURIComponent(dependency.key)}`, DEFENCE.email);
		await web.page.getByTestId('dependency-details').waitFor();
		await web.page.getByRole('button', { name: 'Opnemen in risicoregister' }).click();
		const added = web.page.getByTestId('add-to-risk-register').locator('.notice');
		await added.waitFor();
		expect(await added.textContent()).toMatch(new RegExp(`^Opgenomen in het risicoregister van ${ROADMAP}`));

		// The API kept the key and, as every participant may see the dependency, its score as evidence.
		const risks = await web.platform.gql<{ risks: { id: string; dependencyKey: string | null; evidence: { score: number } | null }[] }>(
			'query ($r: ID!) { risks(roadmapId: $r) { id dependencyKey evidence { score } } }',
			{ r: roadmapId },
			token,
		);
		const risk = risks.data!.risks.find((r) => r.dependencyKey === dependency.key)!;
		expect(risk).toBeDefined();

		await added.getByRole('link', { name: 'Naar het risicoregister' }).click();
		await web.page.getByRole('heading', { level: 1, name: 'Risicoregister' }).waitFor();
		const row = web.page.locator(`tr#risico-${risk.id}`);
		await row.waitFor();
		const score = ((await row.locator('[data-field="score"]').textContent()) ?? '').replace(/\s+/g, ' ').trim();
		// The demo's riskiest material dependency runs through chain data every participant may read.
		expect(risk.evidence).not.toBeNull();
		expect(score).toMatch(/^\d+(,\d)? → \d+(,\d)?/);
		// From the register back to the dependency in the analysis.
		expect(await row.getByRole('link', { name: /^Afhankelijkheid in de analyse/ }).getAttribute('href')).toBe(
			`/analyse?group=${productGroupId}&dependency=${encodeURIComponent(dependency.key)}`,
		);

		// The register is live: a risk the shipyard records shows up here without a reload.
		await live(web.page);
		await markLoaded(web.page);
		const shipyard = await web.platform.login(SHIPYARD.email);
		const created = await web.platform.gql<{ createRisk: { id: string } }>(
			'mutation ($input: CreateRiskInput!) { createRisk(input: $input) { id } }',
			{ input: { roadmapId, title: 'Levertijd servomotoren loopt op', likelihood: 3, impact: 2 } },
			shipyard,
		);
		expect(created.errors).toBeUndefined();
		const arrived = web.page.locator(`tr#risico-${created.data!.createRisk.id}`);
		await arrived.waitFor();
		expect(await arrived.textContent()).toContain('Levertijd servomotoren loopt op');
		expect(await sameLoad(web.page)).toBe(true);
	});

	it('lets Defence publish capacity demand that a matching company finds on its front door and answers; Defence shortlists it from the ranked candidates', async () => {
		const DEMAND = 'Magneetsamenstellingen voor de voortstuwing van de fregatten';
		const MAGNETS = { email: 'verkoop@magneet.example', name: 'Brabant Magneettechniek B.V.' };

		// Defence publishes what it needs.
		await web.loginAt('/leveranciers', DEFENCE.email);
		const defence = web.page;
		const form = defence.getByTestId('publish-demand');
		await form.getByLabel('Wat is er nodig').fill(DEMAND);
		await form.getByLabel('magneetassemblage', { exact: true }).check();
		await form.getByLabel('Aantal').fill('40');
		await form.getByLabel('Uren per maand').fill('300');
		await form.getByLabel('Vanaf').fill('2027-03-01');
		await form.getByLabel('Tot en met').fill('2027-12-31');
		await form.getByRole('button', { name: 'Publiceren' }).click();
		await defence.locator(`[data-testid="demand"][data-title="${DEMAND}"]`).waitFor();

		// The magnet maker keeps its own profile: it opens capacity to government only, and saves.
		const company = await openAs(MAGNETS, '/leveranciers');
		await company.getByRole('button', { name: 'Profiel bewerken' }).click();
		const profileForm = company.getByTestId('profile-form');
		await profileForm.getByLabel('Uren per maand').fill('320');
		await profileForm.getByRole('button', { name: 'Profiel opslaan' }).click();
		await company.getByText('Uw profiel is opgeslagen.').first().waitFor();
		expect(await company.getByTestId('supplier-profile').textContent()).toContain('320 uur per maand');

		// It finds the demand on its front door, with why it fits, and responds.
		const fit = company.locator(`[data-testid="demand-fit"][data-title="${DEMAND}"]`);
		await fit.waitFor();
		expect(await fit.textContent()).toContain('kan magneetassemblage');
		await fit.getByRole('button', { name: 'Reageren' }).click();
		await fit.getByLabel('Uren per maand').fill('280');
		await fit.getByLabel('Beschikbaar vanaf').fill('2027-02-15');
		await fit.getByLabel('Bericht aan Defensie').fill('Wij kunnen per maart leveren');
		await fit.getByRole('button', { name: 'Interesse melden' }).click();
		await fit.getByTestId('my-response').waitFor();
		expect(await fit.getByTestId('my-response').textContent()).toContain('280 uur per maand vanaf 2027-02-15');

		// Defence sees the response in the ranked candidates and puts the company on the shortlist.
		await defence.locator(`[data-testid="demand"][data-title="${DEMAND}"]`).getByRole('link', { name: DEMAND }).click();
		await defence.getByRole('heading', { level: 1, name: DEMAND }).waitFor();
		expect(await defence.getByTestId('demand-responses').textContent()).toContain(`${MAGNETS.name}: 280 uur per maand vanaf 2027-02-15`);
		const candidate = defence.locator(`[data-testid="candidate"][data-name="${MAGNETS.name}"]`);
		expect(await candidate.textContent()).toContain('Heeft gereageerd: 280 uur per maand vanaf 2027-02-15');
		await candidate.getByRole('button', { name: 'Op de shortlist zetten' }).click();
		await defence.locator(`[data-testid="candidate"][data-name="${MAGNETS.name}"][data-shortlisted="true"]`).waitFor();
		expect(await defence.locator('[data-testid="candidate"]').count()).toBeGreaterThan(5);

		// Defence changes the demand: a refused field shows its error there; then the new title is saved.
		const manage = defence.getByTestId('manage-demand');
		await manage.getByRole('button', { name: 'Vraag bewerken' }).click();
		const edit = manage.getByTestId('edit-demand');
		await edit.getByLabel('Tot en met').fill('2027-01-01');
		await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await edit.getByText('Geef een geldige einddatum, niet vóór de begindatum.').waitFor();
		expect(await edit.getByLabel('Tot en met').getAttribute('aria-invalid')).toBe('true');
		await edit.getByLabel('Tot en met').fill('2028-06-30');
		await edit.getByLabel('Wat is er nodig').fill(`${DEMAND} (gewijzigd)`);
		await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await defence.getByRole('heading', { level: 1, name: `${DEMAND} (gewijzigd)` }).waitFor();
		await defence.getByText('De vraag is gewijzigd.').first().waitFor();
		expect(await defence.textContent('main')).toContain('40 stuks, 2027-03-01 t/m 2028-06-30');

		// And withdraws it, after confirming on the page; it is gone from the front door.
		await manage.getByRole('button', { name: 'Vraag intrekken' }).click();
		await manage.getByRole('button', { name: 'Intrekken', exact: true }).click();
		await defence.waitForURL((url) => url.pathname === '/leveranciers');
		await defence.getByRole('heading', { level: 1, name: 'Leveranciers en capaciteitsvraag' }).waitFor();
		expect(await defence.locator(`[data-testid="demand"][data-title^="${DEMAND}"]`).count()).toBe(0);
	});

	it('lets Defence search the company directory with filters kept in the address, and open a profile', async () => {
		await web.loginAt('/leveranciers', DEFENCE.email);
		const page = web.page;
		await page.getByRole('navigation', { name: 'Leveranciers' }).getByRole('link', { name: 'Bedrijvengids' }).click();
		await page.getByRole('heading', { level: 1, name: 'Bedrijvengids' }).waitFor();
		expect(await page.getByTestId('directory-total').textContent()).toContain('3300 bedrijven gevonden');

		const search = page.getByRole('search', { name: 'Bedrijven zoeken' });
		await search.getByLabel('Naam bevat').fill('Brabant');
		await search.getByLabel('Capaciteiten').selectOption({ label: 'magneetassemblage' });
		await search.getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL((url) => url.searchParams.get('zoek') === 'Brabant' && url.searchParams.get('capaciteit') === 'MAGNET_ASSEMBLY');
		const row = page.locator('[data-testid="directory-row"][data-name="Brabant Magneettechniek B.V."]');
		await row.waitFor();
		// Every row is a company named like the search that does magnet assembly.
		for (const name of await page.locator('[data-testid="directory-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''))) {
			expect(name).toMatch(/Brabant/i);
		}
		// The search survives a reload (and could be shared): the form and the results come back.
		await page.reload();
		await row.waitFor();
		expect(await page.getByRole('search', { name: 'Bedrijven zoeken' }).getByLabel('Naam bevat').inputValue()).toBe('Brabant');

		await row.getByRole('link', { name: 'Brabant Magneettechniek B.V.' }).click();
		await page.getByRole('heading', { level: 1, name: /^Brabant Magneettechniek B\.V\./ }).waitFor();
		expect(await page.getByTestId('supplier-profile').textContent()).toContain('magneetassemblage');
	});

	it('lets Defence link a ranked candidate supplier to a diversification against the magnet risk, and lists it', async () => {
		const token = await web.platform.login(DEFENCE.email);
		const found = await web.platform.gql<{ interventions: { id: string; title: string }[] }>(
			'query ($r: ID!) { interventions(roadmapId: $r, filter: { types: [DIVERSIFICATION] }) { id title } }',
			{ r: roadmapId },
			token,
		);
		const diversification = found.data!.interventions.find((i) => i.title === 'Tweede, niet-Chinese bron voor NdFeB-magneten')!;

		await web.loginAt(`/roadmaps/${roadmapId}/interventies/${diversification.id}`, DEFENCE.email);
		const panel = web.page.getByTestId('intervention-candidates');
		await panel.getByText('Nog geen kandidaten gekoppeld.').waitFor();
		// Ranked for the part the neodymium and dysprosium risks concern, with why each matches.
		expect(await panel.getByLabel('Onderdeel met risico').locator('option:checked').textContent()).toBe('Gesinterde NdFeB-magneet (N42SH)');
		// Who supplies the magnet now is the shipyard's to know, not Defence's: the capabilities are asked for, at their field.
		await panel.getByText('Van dit onderdeel is u geen huidige leverancier bekend: kies de capaciteiten die nodig zijn.').waitFor();
		await panel.getByLabel('magneetassemblage', { exact: true }).check();
		await panel.getByRole('button', { name: 'Kandidaten zoeken' }).click();
		const ranked = panel.locator('[data-testid="ranked-candidate"]');
		await ranked.first().waitFor();
		expect(await ranked.count()).toBe(10);
		const first = ranked.first();
		const name = (await first.getAttribute('data-name'))!;
		expect(await first.textContent()).toContain('Waarom: kan magneetassemblage');

		await first.getByRole('button', { name: `${name} koppelen als kandidaat` }).click();
		await web.page.getByText(`${name} is gekoppeld als kandidaat.`).waitFor();
		const linked = panel.locator(`[data-testid="linked-candidate"][data-name="${name}"]`);
		await linked.waitFor();
		expect(await linked.textContent()).toContain(`gekoppeld door ${DEFENCE.name} (${DEFENCE.organisation})`);
		await panel.locator(`[data-testid="ranked-candidate"][data-name="${name}"][data-linked="true"]`).waitFor();

		// A company taking part in the roadmap sees the intervention, but no candidates.
		const shipyard = await openAs(SHIPYARD, `/roadmaps/${roadmapId}/interventies/${diversification.id}`);
		await shipyard.getByRole('heading', { level: 1, name: diversification.title }).waitFor();
		expect(await shipyard.getByTestId('intervention-candidates').count()).toBe(0);
	});
});
