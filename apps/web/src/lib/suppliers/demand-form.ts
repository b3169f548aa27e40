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
