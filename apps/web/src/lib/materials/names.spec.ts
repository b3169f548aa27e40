import { describe, expect, it } from 'vitest';
import { keyFigures, materialName } from './names';

const none = { supplyRisk: null, economicImportance: null, importReliance: null, eolRecyclingRate: null, substitutionIndex: null };
const lree = { symbol: 'LREE', supplyRisk: 3.7, economicImportance: 5.9, importReliance: 1, eolRecyclingRate: 0.01, substitutionIndex: null };

describe('materialName', () => {
	it('names the material in the reader’s language, English where no Dutch name is known', () => {
		expect(materialName({ name: 'Tungsten', nameNl: 'Wolfraam' }, 'nl')).toBe('Wolfraam');
		expect(materialName({ name: 'Tungsten', nameNl: 'Wolfraam' }, 'en')).toBe('Tungsten');
		expect(materialName({ name: 'Unobtainium', nameNl: null }, 'nl')).toBe('Unobtainium');
	});
});

describe('keyFigures', () => {
	it('shows the group’s figures for an element without figures of its own, and says which group', () => {
		expect(keyFigures({ ...none, group: lree })).toEqual({
			figures: { supplyRisk: 3.7, economicImportance: 5.9, importReliance: 1, eolRecyclingRate: 0.01, substitutionIndex: null },
			fromGroup: 'LREE',
		});
	});

	it('keeps a material’s own figures, also when it belongs to a group', () => {
		expect(keyFigures({ ...none, supplyRisk: 2, group: lree })).toEqual({ figures: { ...none, supplyRisk: 2 }, fromGroup: null });
		expect(keyFigures({ ...none, group: null })).toEqual({ figures: none, fromGroup: null });
	});
});
