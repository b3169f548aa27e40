import { describe, expect, it } from 'vitest';
import type { ScenarioSpec } from '$lib/api/types';
import {
	emptyEvent,
	emptyScenarioForm,
	firstOfNextMonth,
	formFromSpec,
	hasErrors,
	nextEventKey,
	noErrors,
	PRESETS,
	presetForm,
	scenarioFieldError,
	toScenarioInput,
	withFieldError,
	type ScenarioEventForm,
	type ScenarioFormValues,
} from './scenario-form';

const gallium = (changes: Partial<ScenarioEventForm> = {}): ScenarioEventForm => ({
	...emptyEvent(1),
	materialId: 'm-ga',
	country: 'cn ',
	cutPercent: '50',
	start: '2027-01-01',
	durationMonths: '6',
	...changes,
});

const form = (changes: Partial<ScenarioFormValues> = {}): ScenarioFormValues => ({ ...emptyScenarioForm(), events: [gallium()], ...changes });

describe('toScenarioInput', () => {
	it('sends the events numbered 1..n with the cut in percent, the country in capitals and the settings', () => {
		const motor = gallium({ key: 2, targetKind: 'ITEM', materialId: 'm-ignored', itemId: 'i-motor', itemName: 'Motor', country: '', cutPercent: '12,5', durationMonths: '' });
		expect(toScenarioInput(form({ events: [gallium(), motor], horizonMonths: '48', scope: 'EU_SOURCING' }), 'pg-1')).toEqual({
			ok: true,
			input: {
				productGroupId: 'pg-1',
				horizonMonths: 48,
				scope: 'EU_SOURCING',
				startDate: null,
				events: [
					{ id: '1', materialId: 'm-ga', country: 'CN', cutPercent: 50, start: '2027-01-01', durationMonths: 6 },
					{ id: '2', itemId: 'i-motor', country: null, cutPercent: 12.5, start: '2027-01-01', durationMonths: null },
				],
			},
		});
	});

	it('defaults to a 36-month horizon on the global shares, from the earliest event', () => {
		const result = toScenarioInput(form(), 'pg-1');
		expect(result).toMatchObject({ ok: true, input: { horizonMonths: 36, scope: 'GLOBAL', startDate: null } });
	});

	it('leaves the cut’s range to the API, which names the field (150% is sent as it is)', () => {
		expect(toScenarioInput(form({ events: [gallium({ cutPercent: '150' })] }), 'pg-1')).toMatchObject({ ok: true, input: { events: [{ cutPercent: 150 }] } });
	});

	it('asks for a target, a cut and a start, and for numbers where it cannot read one, per event', () => {
		const result = toScenarioInput(
			form({
				events: [
					gallium(),
					gallium({ key: 2, materialId: '', cutPercent: 'half', start: '', durationMonths: '1,5' }),
					gallium({ key: 3, targetKind: 'ITEM', itemId: '', cutPercent: ' ' }),
				],
			}),
			'pg-1',
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				form: null,
				settings: {},
				events: [
					{},
					{
						target: 'scenario.error.materialRequired',
						cutPercent: 'scenario.error.notANumber',
						start: 'scenario.error.startRequired',
						durationMonths: 'scenario.error.notAWholeNumber',
					},
					{ target: 'scenario.error.itemRequired', cutPercent: 'scenario.error.cutRequired' },
				],
			},
		});
	});

	it.each([['11'], ['61'], [''], ['24,5']])('refuses a horizon of %j (12 to 60 months)', (horizonMonths) => {
		expect(toScenarioInput(form({ horizonMonths }), 'pg-1')).toMatchObject({ ok: false, errors: { settings: { horizonMonths: 'scenario.error.horizonMonths' } } });
	});

	it('needs at least one event', () => {
		expect(toScenarioInput(form({ events: [] }), 'pg-1')).toMatchObject({ ok: false, errors: { form: 'scenario.error.events' } });
	});
});

describe('scenarioFieldError', () => {
	it.each([
		['events[1].cutPercent', { at: 'event', index: 1, field: 'cutPercent', message: 'scenario.error.cutPercent' }],
		['events[0].cutFraction', { at: 'event', index: 0, field: 'cutPercent', message: 'scenario.error.cutPercent' }],
		['events[2].materialId', { at: 'event', index: 2, field: 'target', message: 'scenario.error.material' }],
		['events[0].itemId', { at: 'event', index: 0, field: 'target', message: 'scenario.error.item' }],
		['events[0].country', { at: 'event', index: 0, field: 'country', message: 'scenario.error.country' }],
		['events[3].start', { at: 'event', index: 3, field: 'start', message: 'scenario.error.start' }],
		['events[0].durationMonths', { at: 'event', index: 0, field: 'durationMonths', message: 'scenario.error.durationMonths' }],
		['events[0].id', { at: 'form', message: 'scenario.error.invalid' }],
		['events', { at: 'form', message: 'scenario.error.events' }],
		['horizonMonths', { at: 'setting', field: 'horizonMonths', message: 'scenario.error.horizonMonths' }],
		['startDate', { at: 'setting', field: 'startDate', message: 'scenario.error.startDate' }],
		['input.productGroupId', { at: 'form', message: 'scenario.error.productGroup' }],
		['name', { at: 'save', field: 'name', message: 'scenario.save.error.name' }],
		['roadmapId', { at: 'save', field: 'roadmapId', message: 'scenario.save.error.roadmap' }],
	] as const)('puts %s in its place', (field, expected) => {
		expect(scenarioFieldError(field)).toEqual(expected);
	});

	it('knows nothing of other fields', () => {
		expect(scenarioFieldError(null)).toBeNull();
		expect(scenarioFieldError('supplierName')).toBeNull();
	});

	it('turns an event’s error into the form’s errors at that event', () => {
		const errors = withFieldError(scenarioFieldError('events[1].cutPercent')!);
		expect(errors.events[1]).toEqual({ cutPercent: 'scenario.error.cutPercent' });
		expect(errors.events[0]).toBeUndefined();
		expect(hasErrors(errors)).toBe(true);
		expect(hasErrors(noErrors())).toBe(false);
		expect(withFieldError({ at: 'save', field: 'name', message: 'scenario.save.error.name' })).toEqual(noErrors());
	});
});

describe('presets and saved scenarios', () => {
	it.each([
		[new Date(2026, 4, 17), '2026-06-01'],
		[new Date(2026, 11, 31), '2027-01-01'],
		[new Date(2027, 0, 1), '2027-02-01'],
	])('starts a preset on the first of next month (%s -> %s)', (today, start) => {
		expect(firstOfNextMonth(today)).toBe(start);
	});

	it('fills one event from a preset and keeps the horizon and scope', () => {
		const current = form({ horizonMonths: '48', scope: 'EU_SOURCING', startDate: '2026-01-01', events: [gallium({ key: 4 }), gallium({ key: 7 })] });
		const dysprosium = PRESETS.find((p) => p.id === 'dysprosium')!;
		const filled = presetForm(dysprosium, 'm-dy', new Date(2026, 4, 17), current);
		expect(filled).toEqual({
			horizonMonths: '48',
			scope: 'EU_SOURCING',
			startDate: '',
			events: [{ ...emptyEvent(8), materialId: 'm-dy', country: 'CN', cutPercent: '100', start: '2026-06-01', durationMonths: '12' }],
		});
		expect(PRESETS.find((p) => p.id === 'gallium')).toMatchObject({ symbol: 'Ga', country: 'CN', cutPercent: 50, durationMonths: 6 });
	});

	it('gives new events a key no event has', () => {
		expect(nextEventKey([{ key: 1 }, { key: 5 }, { key: 3 }])).toBe(6);
		expect(nextEventKey([])).toBe(1);
	});

	it('fills the form with a saved question, items by id and name, a hidden item left to choose', () => {
		const spec: ScenarioSpec = {
			productGroupId: 'pg-1',
			horizonMonths: 18,
			scope: 'GLOBAL',
			startDate: '2027-01-01',
			events: [
				{ id: '1', country: 'CN', cutPercent: 50, start: '2027-01-01', durationMonths: 6, material: { id: 'm-ga', symbol: 'Ga', chemicalSymbol: 'Ga', name: 'Gallium', nameNl: 'Gallium' }, item: null },
				{ id: '2', country: null, cutPercent: 33.333333333, start: '2027-06-01', durationMonths: null, material: null, item: { id: 'i-1', name: 'Motor' } },
				{ id: '3', country: null, cutPercent: 100, start: '2027-06-01', durationMonths: 2, material: null, item: null },
			],
		};
		const filled = formFromSpec(spec);
		expect(filled).toMatchObject({ horizonMonths: '18', scope: 'GLOBAL', startDate: '2027-01-01' });
		expect(filled.events).toEqual([
			{ ...emptyEvent(1), materialId: 'm-ga', country: 'CN', cutPercent: '50', start: '2027-01-01', durationMonths: '6' },
			{ ...emptyEvent(2), targetKind: 'ITEM', itemId: 'i-1', itemName: 'Motor', cutPercent: '33.333333', start: '2027-06-01' },
			{ ...emptyEvent(3), cutPercent: '100', start: '2027-06-01', durationMonths: '2' },
		]);
		expect(toScenarioInput(filled, 'pg-1')).toMatchObject({ ok: false, errors: { events: [{}, {}, { target: 'scenario.error.materialRequired' }] } });
	});
});
