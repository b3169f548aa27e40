import { describe, expect, it } from 'vitest';
import { directoryFromForm, directoryQueryString, directoryVariables, pageCount, readDirectoryFilters } from './directory';

describe('the supplier directory search in the address', () => {
	it('reads filters from the address and asks the API for that page', () => {
		const filters = readDirectoryFilters(new URLSearchParams('zoek=%20magneet%20&capaciteit=MAGNET_ASSEMBLY&provincie=NOORD_BRABANT&categorie=C&pagina=3'));
		expect(filters).toEqual({ search: 'magneet', capability: 'MAGNET_ASSEMBLY', province: 'NOORD_BRABANT', category: 'C', page: 3 });
		expect(directoryVariables(filters)).toEqual({ search: 'magneet', capability: 'MAGNET_ASSEMBLY', province: 'NOORD_BRABANT', category: 'C', first: 25, offset: 50 });
	});

	it('ignores values outside the vocabularies and pages below 1', () => {
		expect(readDirectoryFilters(new URLSearchParams('capaciteit=TELEPORTATION&categorie=E&provincie=&pagina=-2'))).toEqual({
			search: '',
			capability: null,
			province: null,
			category: null,
			page: 1,
		});
	});

	it('writes only what is set, so the first page of everything is the bare address', () => {
		expect(directoryQueryString({ search: '', capability: null, province: null, category: null, page: 1 })).toBe('');
		const text = directoryQueryString({ search: 'Delta Radar', capability: null, province: 'ZEELAND', category: 'A', page: 2 });
		expect(text).toBe('?zoek=Delta+Radar&provincie=ZEELAND&categorie=A&pagina=2');
		expect(readDirectoryFilters(new URLSearchParams(text.slice(1)))).toMatchObject({ search: 'Delta Radar', province: 'ZEELAND', category: 'A', page: 2 });
	});

	it('counts pages of 25, at least one', () => {
		expect([pageCount(0), pageCount(25), pageCount(26), pageCount(3300)]).toEqual([1, 1, 2, 132]);
	});

	it('takes a new search from the form to its first page, blanks left out', () => {
		const form = new FormData();
		form.set('zoek', ' Brabant ');
		form.set('capaciteit', 'MAGNET_ASSEMBLY');
		form.set('provincie', '');
		form.set('categorie', '');
		expect(directoryFromForm(form)).toEqual({ search: 'Brabant', capability: 'MAGNET_ASSEMBLY', province: null, category: null, page: 1 });
	});
});
