import { describe, expect, it } from 'vitest';
import { keyFigures, materialCode, materialLabel, materialName, materialShortLabel } from './names';

const none = { supplyRisk: null, economicImportance: null, importReliance: null, eolRecyclingRate: null, substitutionIndex: null };
const lree = { symbol: 'LREE', supplyRisk: 3.7, economicImportance: 5.9, importReliance: 1, eolRecyclingRate: 0.01, substitutionIndex: null };

describe('materialName', () => {
	it('names the material in the reader’s language, English where no Dutch name is known', () => {
		expect(materialName({ name: 'Tungsten', nameNl: 'Wolfraam' }, 'nl')).toBe('Wolfraam');
		expect(materialName({ name: 'Tungsten', nameNl: 'Wolfraam' }, 'en')).toBe('Tungsten');
		expect(materialName({ name: 'Unobtainium', nameNl: null }, 'nl')).toBe('Unobtainium');
	});
});

describe('materialLabel, materialShortLabel', () => {
	const tungsten = { symbol: 'W', chemicalSymbol: 'W', name: 'Tungsten', nameNl: 'Wolfraam' };
	const graphite = { symbol: 'GRAPHITE', chemicalSymbol: null, name: 'Natural graphite', nameNl: 'Natuurlijk grafiet' };
	const lreeNamed = { symbol: 'LREE', chemicalSymbol: null, name: 'Light rare earth elements', nameNl: 'Lichte zeldzame aardmetalen' };
	const helium = { symbol: 'He', chemicalSymbol: 'He', name: 'Helium', nameNl: 'Helium' };

	it('names an element in the reader’s language with its chemical symbol', () => {
		expect(materialLabel(tungsten, 'nl')).toBe('Wolfraam (W)');
		expect(materialLabel(tungsten, 'en')).toBe('Tungsten (W)');
		expect(materialShortLabel(tungsten, 'nl')).toBe('W');
	});

	it('shows no catalogue key for a material that is no element, and names it where a chart has room for a code only', () => {
		expect(materialCode(graphite)).toBeNull();
		expect(materialLabel(graphite, 'nl')).toBe('Natuurlijk grafiet');
		expect(materialShortLabel(graphite, 'nl')).toBe('Natuurlijk grafiet');
		expect(materialShortLabel(graphite, 'en')).toBe('Natural graphite');
	});

	it('keeps the EU’s abbreviation of a group', () => {
		expect(materialLabel(lreeNamed, 'nl')).toBe('Lichte zeldzame aardmetalen (LREE)');
		expect(materialShortLabel(lreeNamed, 'en')).toBe('LREE');
	});

	it('does not repeat a code that is the name', () => {
		expect(materialLabel({ ...helium, name: 'He', nameNl: null }, 'nl')).toBe('He');
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
