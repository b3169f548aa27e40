import type { ScenarioEventInput, ScenarioInput, ScenarioSpec, SupplyScope } from '$lib/api/types';
import { parseDecimal, parseWholeNumber } from '$lib/format/format';
import type { MessageKey } from '$lib/i18n';

/** The form offers up to 5 events (the API takes more; five answers every question asked so far). */
export const MAX_EVENTS = 5;
/** Months on the timeline: the form's range (the API accepts 1..60) and its default. */
export const HORIZON_MIN = 12;
export const HORIZON_MAX = 60;
export const HORIZON_DEFAULT = 36;

export type TargetKind = 'MATERIAL' | 'ITEM';

/** One event as typed: text fields stay text until they are sent. */
export interface ScenarioEventForm {
	/** Stable within the form, for keyed lists and element ids. */
	key: number;
	targetKind: TargetKind;
	materialId: string;
	itemId: string;
	/** The chosen item's name, shown while it is not among the search results. */
	itemName: string;
	/** ISO 3166-1 alpha-2; "" cuts the whole supply of the target. */
	country: string;
	/** Percent, as typed ("50", "12,5"). */
	cutPercent: string;
	/** YYYY-MM-DD, as a date input gives it; "" when empty or incomplete. */
	start: string;
	/** Whole months; "" lasts past the horizon. */
	durationMonths: string;
}

export interface ScenarioFormValues {
	events: ScenarioEventForm[];
	horizonMonths: string;
	scope: SupplyScope;
	/** First month of the timeline (YYYY-MM-DD); "" starts at the earliest event. */
	startDate: string;
}

export const EVENT_FIELDS = ['target', 'country', 'cutPercent', 'start', 'durationMonths'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export const SETTING_FIELDS = ['horizonMonths', 'scope', 'startDate'] as const;
export type SettingField = (typeof SETTING_FIELDS)[number];

/** What is wrong where: per event (by its position), per setting, and about the form as a whole. */
export interface ScenarioFormErrors {
	events: Partial<Record<EventField, MessageKey>>[];
	settings: Partial<Record<SettingField, MessageKey>>;
	form: MessageKey | null;
}

export function noErrors(): ScenarioFormErrors {
	return { events: [], settings: {}, form: null };
}

export function hasErrors(errors: ScenarioFormErrors): boolean {
	return errors.form !== null || Object.keys(errors.settings).length > 0 || errors.events.some((e) => e && Object.keys(e).length > 0);
}

export function emptyEvent(key: number, start = ''): ScenarioEventForm {
	return { key, targetKind: 'MATERIAL', materialId: '', itemId: '', itemName: '', country: '', cutPercent: '', start, durationMonths: '' };
}

export function emptyScenarioForm(start = ''): ScenarioFormValues {
	return { events: [emptyEvent(1, start)], horizonMonths: String(HORIZON_DEFAULT), scope: 'GLOBAL', startDate: '' };
}

/** A key no event of the form has yet. */
export function nextEventKey(events: readonly Pick<ScenarioEventForm, 'key'>[]): number {
	return events.reduce((max, event) => Math.max(max, event.key), 0) + 1;
}

/** The first day of the month after `today` (local calendar), as YYYY-MM-DD. */
export function firstOfNextMonth(today: Date): string {
	const year = today.getFullYear() + (today.getMonth() === 11 ? 1 : 0);
	const month = (today.getMonth() + 1) % 12;
	return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The two questions the ministries ask most, as a starting point the user can edit. */
export const PRESETS = [
	{ id: 'gallium', label: 'scenario.preset.gallium', symbol: 'Ga', country: 'CN', cutPercent: 50, durationMonths: 6 },
	{ id: 'dysprosium', label: 'scenario.preset.dysprosium', symbol: 'Dy', country: 'CN', cutPercent: 100, durationMonths: 12 },
] as const satisfies readonly {
	id: string;
	label: MessageKey;
	symbol: string;
	country: string;
	cutPercent: number;
	durationMonths: number;
}[];
export type Preset = (typeof PRESETS)[number];

/**
 * The form filled with a preset: one event from the first of next month, the current horizon and
 * scope kept (they are settings, not part of the question).
 */
export function presetForm(preset: Preset, materialId: string, today: Date, current: ScenarioFormValues): ScenarioFormValues {
	return {
		...current,
		startDate: '',
		events: [
			{
				...emptyEvent(nextEventKey(current.events), firstOfNextMonth(today)),
				materialId,
				country: preset.country,
				cutPercent: String(preset.cutPercent),
				durationMonths: String(preset.durationMonths),
			},
		],
	};
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A number for a text field: "50", "12.5", at most six decimals, never "1e-7". */
function numberText(value: number): string {
	return String(Number(value.toFixed(6)));
}

/** The form filled with a saved scenario's question. An item the reader may not see is left empty. */
export function formFromSpec(spec: ScenarioSpec): ScenarioFormValues {
	return {
		horizonMonths: String(spec.horizonMonths),
		scope: spec.scope,
		startDate: spec.startDate ?? '',
		events: spec.events.map((event, index) => ({
			key: index + 1,
			targetKind: event.material || !event.item ? 'MATERIAL' : 'ITEM',
			materialId: event.material?.id ?? '',
			itemId: event.item?.id ?? '',
			itemName: event.item?.name ?? '',
			country: event.country ?? '',
			cutPercent: numberText(event.cutPercent),
			start: event.start,
			durationMonths: event.durationMonths === null ? '' : String(event.durationMonths),
		})),
	};
}

export type ScenarioConversion = { ok: true; input: ScenarioInput } | { ok: false; errors: ScenarioFormErrors };

/**
 * The API's input from the form. Only what the form itself can tell is checked here (a missing
 * choice, text that is not a number, the form's horizon range); the cut's range, dates and countries
 * are the API's to judge, and it names the field at fault. Events are numbered "1".."n": the result's
 * causes name them so.
 */
export function toScenarioInput(values: ScenarioFormValues, productGroupId: string): ScenarioConversion {
	const errors = noErrors();
	const events: ScenarioEventInput[] = [];
	if (values.events.length === 0) errors.form = 'scenario.error.events';
	values.events.forEach((event, index) => {
		const eventErrors: ScenarioFormErrors['events'][number] = {};
		const targetId = event.targetKind === 'MATERIAL' ? event.materialId : event.itemId;
		if (!targetId) eventErrors.target = event.targetKind === 'MATERIAL' ? 'scenario.error.materialRequired' : 'scenario.error.itemRequired';
		const cut = parseDecimal(event.cutPercent);
		if (!cut.ok) eventErrors.cutPercent = 'scenario.error.notANumber';
		else if (cut.value === null) eventErrors.cutPercent = 'scenario.error.cutRequired';
		if (!ISO_DATE.test(event.start)) eventErrors.start = 'scenario.error.startRequired';
		const duration = parseWholeNumber(event.durationMonths);
		if (!duration.ok) eventErrors.durationMonths = 'scenario.error.notAWholeNumber';
		errors.events[index] = eventErrors;
		if (Object.keys(eventErrors).length > 0 || !cut.ok || cut.value === null || !duration.ok) return;
		const country = event.country.trim().toUpperCase();
		events.push({
			id: String(index + 1),
			...(event.targetKind === 'MATERIAL' ? { materialId: targetId } : { itemId: targetId }),
			country: country || null,
			cutPercent: cut.value,
			start: event.start,
			durationMonths: duration.value,
		});
	});
	const horizon = parseWholeNumber(values.horizonMonths);
	if (!horizon.ok || horizon.value === null || horizon.value < HORIZON_MIN || horizon.value > HORIZON_MAX) {
		errors.settings.horizonMonths = 'scenario.error.horizonMonths';
	}
	if (values.startDate && !ISO_DATE.test(values.startDate)) errors.settings.startDate = 'scenario.error.startDate';
	if (hasErrors(errors) || !horizon.ok || horizon.value === null) return { ok: false, errors };
	return {
		ok: true,
		input: {
			productGroupId,
			horizonMonths: horizon.value,
			scope: values.scope,
			startDate: values.startDate || null,
			events,
		},
	};
}

const EVENT_API_FIELDS: Record<string, { field: EventField; message: MessageKey }> = {
	materialId: { field: 'target', message: 'scenario.error.material' },
	itemId: { field: 'target', message: 'scenario.error.item' },
	country: { field: 'country', message: 'scenario.error.country' },
	cutPercent: { field: 'cutPercent', message: 'scenario.error.cutPercent' },
	cutFraction: { field: 'cutPercent', message: 'scenario.error.cutPercent' },
	start: { field: 'start', message: 'scenario.error.start' },
	durationMonths: { field: 'durationMonths', message: 'scenario.error.durationMonths' },
};

const SETTING_API_FIELDS: Record<string, { field: SettingField; message: MessageKey }> = {
	horizonMonths: { field: 'horizonMonths', message: 'scenario.error.horizonMonths' },
	startDate: { field: 'startDate', message: 'scenario.error.startDate' },
	scope: { field: 'scope', message: 'scenario.error.invalid' },
};

/** Where an API error (`extensions.field`) belongs on the page, and what to say there. */
export type ScenarioFieldError =
	| { at: 'event'; index: number; field: EventField; message: MessageKey }
	| { at: 'setting'; field: SettingField; message: MessageKey }
	| { at: 'save'; field: 'name' | 'roadmapId'; message: MessageKey }
	| { at: 'form'; message: MessageKey };

/**
 * Maps the field an API error names to its place: `events[1].cutPercent` is the second event's cut,
 * `horizonMonths` a setting, `name` and `roadmapId` the save form; `saveScenario` prefixes what
 * belongs to its `input` argument (`input.productGroupId`). Unknown fields give null: the page then
 * shows the general message.
 */
export function scenarioFieldError(field: string | null): ScenarioFieldError | null {
	if (!field) return null;
	const path = field.replace(/^input\./, '');
	const event = /^events\[(\d+)\]\.(\w+)$/.exec(path);
	if (event) {
		const known = EVENT_API_FIELDS[event[2]];
		return known ? { at: 'event', index: Number(event[1]), ...known } : { at: 'form', message: 'scenario.error.invalid' };
	}
	if (path === 'events') return { at: 'form', message: 'scenario.error.events' };
	if (path === 'productGroupId') return { at: 'form', message: 'scenario.error.productGroup' };
	const setting = SETTING_API_FIELDS[path];
	if (setting) return { at: 'setting', ...setting };
	if (field === 'name') return { at: 'save', field: 'name', message: 'scenario.save.error.name' };
	if (field === 'roadmapId') return { at: 'save', field: 'roadmapId', message: 'scenario.save.error.roadmap' };
	return null;
}

/** The form's errors with one API error put in its place. */
export function withFieldError(error: ScenarioFieldError): ScenarioFormErrors {
	const errors = noErrors();
	if (error.at === 'event') {
		errors.events[error.index] = { [error.field]: error.message };
	} else if (error.at === 'setting') {
		errors.settings[error.field] = error.message;
	} else if (error.at === 'form') {
		errors.form = error.message;
	}
	return errors;
}
