import { describe, expect, it } from 'vitest';
import { liveFigureAttributes, parseLiveFigure } from '@routekaart/domain/src/documents/document-schema';
import { liveFigureFromForm, type LiveFigureForm } from './live-figure-form';

const blank: LiveFigureForm = { figure: 'dependencies', productGroupId: 'pg', itemId: '', dependencyKind: '', limit: '10', materialId: '', scenarioId: '' };

describe('the insert dialog’s form', () => {
	it.each([
		['a product group, every kind', {}, { figure: 'dependencies', productGroupId: 'pg', itemId: null, dependencyKind: null, limit: 10 }],
		['one platform (the group is then left out)', { itemId: 'p1' }, { figure: 'dependencies', productGroupId: null, itemId: 'p1', dependencyKind: null, limit: 10 }],
		['one kind, top 5 typed with spaces', { dependencyKind: 'COUNTRY', limit: ' 5 ' }, { figure: 'dependencies', productGroupId: 'pg', itemId: null, dependencyKind: 'COUNTRY', limit: 5 }],
		['the largest table', { limit: '50' }, { figure: 'dependencies', productGroupId: 'pg', itemId: null, dependencyKind: null, limit: 50 }],
		['a material', { figure: 'material', materialId: 'm-ga' }, { figure: 'material', materialId: 'm-ga' }],
		['a saved scenario', { figure: 'scenario', scenarioId: 's1' }, { figure: 'scenario', scenarioId: 's1' }],
		['the roadmap’s agreements (no id: the document’s roadmap)', { figure: 'agreements', productGroupId: 'pg' }, { figure: 'agreements' }],
		['the top 3 of the risk register', { figure: 'risks', limit: '3' }, { figure: 'risks', limit: 3 }],
		['the intervention matrix', { figure: 'interventionMatrix' }, { figure: 'interventionMatrix' }],
	] as const)('makes a reference for %s', (_, change, ref) => {
		expect(liveFigureFromForm({ ...blank, ...change })).toEqual({ ok: true, ref });
	});

	it.each([
		['no product group', { productGroupId: '' }, 'productGroupId', 'liveFigure.form.error.productGroup'],
		['no rows', { limit: '0' }, 'limit', 'liveFigure.form.error.limit'],
		['more rows than a block holds', { limit: '51' }, 'limit', 'liveFigure.form.error.limit'],
		['a fraction of a row', { limit: '2,5' }, 'limit', 'liveFigure.form.error.limit'],
		['an empty number', { limit: '' }, 'limit', 'liveFigure.form.error.limit'],
		['words for a number', { limit: 'ten' }, 'limit', 'liveFigure.form.error.limit'],
		['no material', { figure: 'material' }, 'materialId', 'liveFigure.form.error.material'],
		['no scenario', { figure: 'scenario' }, 'scenarioId', 'liveFigure.form.error.scenario'],
		['too many risks', { figure: 'risks', limit: '51' }, 'limit', 'liveFigure.form.error.limit'],
	] as const)('refuses %s on the field at fault', (_, change, field, message) => {
		expect(liveFigureFromForm({ ...blank, ...change })).toEqual({ ok: false, field, message });
	});

	it('ignores a kind it does not know rather than storing it', () => {
		expect(liveFigureFromForm({ ...blank, dependencyKind: 'SUPPLIER' })).toMatchObject({ ok: true, ref: { dependencyKind: null } });
	});

	it('makes references that survive being stored and read back', () => {
		for (const change of [{}, { itemId: 'p1', dependencyKind: 'ITEM', limit: '3' }, { figure: 'material', materialId: 'm' }] as const) {
			const result = liveFigureFromForm({ ...blank, ...change });
			if (!result.ok) throw new Error('expected a reference');
			expect(parseLiveFigure(liveFigureAttributes(result.ref))).toEqual(result.ref);
		}
	});
});
