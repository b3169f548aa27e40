import type { SupplierProfileFieldsFragment, SupplierProfileInput } from '$lib/api/generated/graphql';

/** The profile form's fields as the inputs hold them (numbers as text or number until sent). */
export type ProfileDraft = Omit<SupplierProfileInput, 'capacityHoursPerMonth' | 'kvkNumber' | 'capacityFrom' | 'description' | 'certifications' | 'sectors' | 'governmentOnly' | 'clearance'> & {
	certifications: NonNullable<SupplierProfileInput['certifications']>;
	sectors: NonNullable<SupplierProfileInput['sectors']>;
	governmentOnly: NonNullable<SupplierProfileInput['governmentOnly']>;
	clearance: NonNullable<SupplierProfileInput['clearance']>;
	kvkNumber: string;
	capacityHoursPerMonth: string | number | null;
	capacityFrom: string;
	description: string;
};

/** The draft for a company's profile: its current one, or an empty one named after the organisation. */
export function profileDraft(profile: SupplierProfileFieldsFragment | null, organisationName: string): ProfileDraft {
	return {
		name: profile?.name ?? organisationName,
		kvkNumber: profile?.kvkNumber ?? '',
		province: profile?.province ?? 'NOORD_BRABANT',
		sizeClass: profile?.sizeClass ?? 'SMALL',
		category: profile?.category ?? 'C',
		capabilities: [...(profile?.capabilities ?? [])],
		certifications: [...(profile?.certifications ?? [])],
		sectors: [...(profile?.sectors ?? [])],
		clearance: profile?.clearance ?? 'NONE',
		capacityHoursPerMonth: profile?.capacityHoursPerMonth ?? '',
		capacityFrom: profile?.capacityFrom ?? '',
		description: profile?.description ?? '',
		governmentOnly: [...(profile?.governmentOnly ?? [])],
	};
}

/** The input the API takes; the API checks it and names the field at fault. */
export function profileInput(d: ProfileDraft): SupplierProfileInput {
	const hours = String(d.capacityHoursPerMonth ?? '').trim();
	return {
		...d,
		kvkNumber: d.kvkNumber.trim() || null,
		capacityHoursPerMonth: hours ? Number(hours) : null,
		capacityFrom: d.capacityFrom || null,
		description: d.description || null,
	};
}
