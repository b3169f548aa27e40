import type { Capability, CapacityDemandInput, Certification, Clearance } from '$lib/api/generated/graphql';

/** The publish form's fields as the inputs hold them (numbers as text until sent). */
export interface DemandDraft {
	title: string;
	description: string;
	capabilities: Capability[];
	/** Text or, once a number input has been edited (Svelte binds numbers), a number. */
	quantity: string | number;
	hoursPerMonth: string | number | null;
	windowStart: string;
	windowEnd: string;
	requiredCertifications: Certification[];
	requiredClearance: Clearance;
}

export const emptyDemand = (): DemandDraft => ({
	title: '',
	description: '',
	capabilities: [],
	quantity: '1',
	hoursPerMonth: '',
	windowStart: '',
	windowEnd: '',
	requiredCertifications: [],
	requiredClearance: 'NONE',
});

/** The input the API takes; the API checks it and names the field at fault. */
export function demandInput(d: DemandDraft): CapacityDemandInput {
	const hours = String(d.hoursPerMonth ?? '').trim();
	return {
		title: d.title,
		description: d.description || null,
		capabilities: d.capabilities,
		quantity: Number(d.quantity),
		hoursPerMonth: hours ? Number(hours) : null,
		windowStart: d.windowStart,
		windowEnd: d.windowEnd,
		requiredCertifications: d.requiredCertifications,
		requiredClearance: d.requiredClearance,
	};
}

/** Adds or removes a value from a list (a checkbox group). */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
	return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}

/** The fields of the demand form the API names when it refuses one (BAD_USER_INPUT). */
export const DEMAND_FIELDS = ['title', 'description', 'capabilities', 'quantity', 'hoursPerMonth', 'windowStart', 'windowEnd'] as const;
export type DemandField = (typeof DEMAND_FIELDS)[number];

/** The fields of a company's response. */
export const RESPONSE_FIELDS = ['hoursPerMonth', 'availableFrom', 'message'] as const;
export type ResponseField = (typeof RESPONSE_FIELDS)[number];

/** The field an API refusal names, if it is one of `fields`. */
export function knownField<F extends string>(fields: readonly F[], field: string | null): F | null {
	return field && (fields as readonly string[]).includes(field) ? (field as F) : null;
}

/** A published demand as the edit form starts from it. */
export function demandDraftOf(d: {
	title: string;
	description: string;
	capabilities: readonly Capability[];
	quantity: number;
	hoursPerMonth: number | null;
	windowStart: string;
	windowEnd: string;
	requiredCertifications: readonly Certification[];
	requiredClearance: Clearance;
}): DemandDraft {
	return {
		title: d.title,
		description: d.description,
		capabilities: [...d.capabilities],
		quantity: String(d.quantity),
		hoursPerMonth: d.hoursPerMonth === null ? '' : String(d.hoursPerMonth),
		windowStart: d.windowStart,
		windowEnd: d.windowEnd,
		requiredCertifications: [...d.requiredCertifications],
		requiredClearance: d.requiredClearance,
	};
}

/** A response's fields as the form holds them (the hours as text until sent). */
export interface ResponseDraft {
	hoursPerMonth: string | number | null;
	availableFrom: string;
	message: string;
}

export const responseDraftOf = (r: { hoursPerMonth: number; availableFrom: string; message: string } | null): ResponseDraft =>
	r ? { hoursPerMonth: String(r.hoursPerMonth), availableFrom: r.availableFrom, message: r.message } : { hoursPerMonth: '', availableFrom: '', message: '' };

/** The input the API takes; an empty hours field is sent as 0 so the API names the field. */
export function responseInput(r: ResponseDraft) {
	const hours = String(r.hoursPerMonth ?? '').trim();
	return { hoursPerMonth: hours ? Number(hours) : 0, availableFrom: r.availableFrom, message: r.message || null };
}
