import { describe, expect, it } from 'vitest';
import { useWebSession } from './support/web-session';

/**
 * The company network in the browser: a company reports a disruption with the form (its errors at
 * the fields first) and finds it among its own reports; a ministry sees the signal of the magnet
 * trouble three companies reported in spring 2025, and figures, but never a company's report.
 */
describe('disruption reports in the web app', () => {
	const web = useWebSession({ viewport: { width: 1366, height: 900 } });

	it('lets the magnet maker report a disruption with the form, its errors at the fields first, and lists it among its own', async () => {
		await web.loginAt('/verstoringen', 'verkoop@magneet.example');
		const page = web.page;
		await page.getByRole('heading', { level: 1, name: 'Verstoringen in de keten' }).waitFor();
		await page.getByRole('button', { name: 'Verstoring melden' }).click();
		const form = page.getByRole('region', { name: 'Verstoring melden' });
		await form.getByRole('button', { name: 'Melding opslaan' }).click();
		await form.getByText('Kies een grondstof, een onderdeel of allebei.').first().waitFor();
		expect(await form.getByLabel('Grondstof').getAttribute('aria-invalid')).toBe('true');

		await form.getByLabel('Grondstof').selectOption({ label: 'Gallium (Ga)' });
		await form.getByLabel('Begonnen op').fill('2026-10-12');
		await form.getByLabel(/Vertraging van leveringen/).fill('3,5');
		await form.getByRole('radio', { name: /Natuurlijk/ }).check();
		await form.getByRole('checkbox', { name: 'Eigen voorraad' }).check();
		await form.getByLabel(/Toelichting/).fill('Overstroming bij de leverancier van galliumoxide');
		await form.getByRole('button', { name: 'Melding opslaan' }).click();

		await page.getByTestId('announcement').getByText(/is gemeld/).waitFor();
		const mine = page.getByRole('region', { name: 'Meldingen van mijn organisatie' });
		const row = mine.getByRole('row').filter({ hasText: 'Gallium' });
		await row.waitFor();
		expect(await row.textContent()).toContain('3,5');
		expect(await row.textContent()).toContain('Natuurlijk');
	});

	it('shows a ministry the signal of spring 2025 and the figures, without any company’s report', async () => {
		await web.loginAt('/verstoringen', 'beleid@ez.example');
		const page = web.page;
		const signals = page.getByTestId('disruption-signals');
		await signals.waitFor();
		await expect.poll(() => signals.textContent()).toMatch(/Neodymium \(Nd\):\s+3 meldingen van 3 organisaties in 2025 K2/);
		expect(await page.getByRole('button', { name: 'Verstoring melden' }).count()).toBe(0);
		await page.getByRole('heading', { name: 'Meldingen die met u gedeeld zijn' }).waitFor();
		expect(await page.getByText('Er zijn geen meldingen met u gedeeld.').count()).toBe(1);
		// Per quarter: only the quarter in which three companies reported.
		await page.getByLabel('Per').selectOption({ label: 'Kwartaal' });
		await page.waitForURL((url) => url.searchParams.get('per') === 'kwartaal');
		const figures = page.getByTestId('disruption-figures');
		await figures.getByRole('rowheader', { name: '2025 K2' }).waitFor();
		expect(await figures.getByRole('row').count()).toBe(2);
	});
});
