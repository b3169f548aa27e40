import type { MessageKey } from '$lib/i18n';

export const DELIVERABLE_MAX = 2000;

/** The terms of an agreement as the lead types them. */
export interface AgreementFormValues {
	responsibleOrgId: string;
	/** YYYY-MM-DD from the date input, or "". */
	dueDate: string;
	deliverable: string;
}

export type AgreementField = keyof AgreementFormValues;
export type AgreementFieldErrors = Partial<Record<AgreementField, MessageKey>>;

export function agreementFormOf(agreement: { responsible: { id: string } | null; dueDate: string | null; deliverable: string | null }): AgreementFormValues {
	return { responsibleOrgId: agreement.responsible?.id ?? '', dueDate: agreement.dueDate ?? '', deliverable: agreement.deliverable ?? '' };
}

/**
 * `setAgreement`'s arguments: every term is sent, an emptied one as null (the API clears it), so the
 * saved agreement is what the form shows. The API checks that the date exists and the organisation
 * takes part, and names the field at fault.
 */
export function toAgreementInput(
	values: AgreementFormValues,
): { ok: true; input: { responsibleOrgId: string | null; dueDate: string | null; deliverable: string | null } } | { ok: false; errors: AgreementFieldErrors } {
	const errors: AgreementFieldErrors = {};
	const dueDate = values.dueDate.trim();
	if (dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) errors.dueDate = 'agreements.error.dueDate';
	const deliverable = values.deliverable.trim();
	if (deliverable.length > DELIVERABLE_MAX) errors.deliverable = 'agreements.error.deliverable';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, input: { responsibleOrgId: values.responsibleOrgId || null, dueDate: dueDate || null, deliverable: deliverable || null } };
}

/** The field an API refusal names (`extensions.field`); null for others. */
export function agreementApiFieldError(field: string | null): { field: AgreementField; message: MessageKey } | null {
	switch (field) {
		case 'responsibleOrgId':
			return { field: 'responsibleOrgId', message: 'agreements.error.responsible' };
		case 'dueDate':
			return { field: 'dueDate', message: 'agreements.error.dueDate' };
		case 'deliverable':
			return { field: 'deliverable', message: 'agreements.error.deliverable' };
		case null:
		default:
			return null;
	}
}
