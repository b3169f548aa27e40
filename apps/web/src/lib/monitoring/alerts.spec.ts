import { describe, expect, it } from 'vitest';
import { addAlert, monthParam, monthRange, seriesSubject, sortAlerts } from './alerts';

const alert = (id: string, date: string, raisedAt = `${date}T09:00:00Z`) => ({ id, date, raisedAt });
const t = (key: string) => (key === 'monitoring.subject.none' ? 'Algemeen' : key);

describe('alert lists', () => {
	it('puts the newest crossing first, and of one date the one raised last', () => {
		const sorted = sortAlerts([alert('a', '2026-01-01'), alert('b', '2026-03-01'), alert('c', '2026-03-01', '2026-12-01T10:00:00Z')]);
		expect(sorted.map((a) => a.id)).toEqual(['c', 'b', 'a']);
	});

	it('adds a live alert once, in its place, and keeps at most max', () => {
		const list = [alert('a', '2026-03-01'), alert('b', '2026-01-01')];
		expect(addAlert(list, alert('c', '2026-02-01'), 10).map((a) => a.id)).toEqual(['a', 'c', 'b']);
		expect(addAlert(list, alert('a', '2026-03-01'), 10).map((a) => a.id)).toEqual(['a', 'b']);
		expect(addAlert(list, alert('c', '2026-04-01'), 2).map((a) => a.id)).toEqual(['c', 'a']);
	});
});

describe('month ranges', () => {
	it('gives the first and last day of a month, across year ends and in leap years', () => {
		expect(monthRange('2026-12-06')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
		expect(monthRange('2026-12-06', 1)).toEqual({ from: '2027-01-01', to: '2027-01-31' });
		expect(monthRange('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
		expect(monthRange('2026-01-15', -1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
	});

	it('reads ?maand=, and takes the last full month for a missing or malformed one', () => {
		expect(monthParam('2025-04', '2026-12-06')).toEqual({ month: '2025-04', from: '2025-04-01', to: '2025-04-30' });
		expect(monthParam('2025-13', '2026-12-06').month).toBe('2026-11');
		expect(monthParam(null, '2026-01-06').month).toBe('2025-12');
	});
});

describe('seriesSubject', () => {
	it('names the material, the country or says it is general', () => {
		expect(seriesSubject({ subjectKind: 'MATERIAL', country: null, material: { name: 'Tungsten', nameNl: 'Wolfraam', symbol: 'W', chemicalSymbol: 'W' } }, t, 'nl')).toBe('Wolfraam (W)');
		expect(seriesSubject({ subjectKind: 'COUNTRY', country: 'CN', material: null }, t, 'nl')).toBe('China');
		expect(seriesSubject({ subjectKind: 'NONE', country: null, material: null }, t, 'nl')).toBe('Algemeen');
	});
});
