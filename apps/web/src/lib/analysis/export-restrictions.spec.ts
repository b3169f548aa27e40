import { describe, expect, it } from 'vitest';
import { sourceUrl, splitRestrictions } from './export-restrictions';

describe('export restrictions on a factsheet', () => {
	it('puts those in force first, keeping the API’s order within each part', () => {
		const rows = [
			{ id: 'future', active: false },
			{ id: 'tungsten', active: true },
			{ id: 'ended', active: false },
			{ id: 'gallium', active: true },
		];
		const { inForce, other } = splitRestrictions(rows);
		expect(inForce.map((r) => r.id)).toEqual(['tungsten', 'gallium']);
		expect(other.map((r) => r.id)).toEqual(['future', 'ended']);
	});

	it('links a source only when it is a web address', () => {
		expect(sourceUrl('https://www.mofcom.gov.cn/a.html')).toBe('https://www.mofcom.gov.cn/a.html');
		expect(sourceUrl('MOFCOM/GAC Announcement No. 23 of 2023')).toBeNull();
		expect(sourceUrl('javascript:alert(1)')).toBeNull();
	});
});
