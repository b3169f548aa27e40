import type { CreateSupplyLinkInput, SupplyLink, Visibility } from '$lib/api/types';
import { parseDecimal, parseWholeNumber, percentToShare } from '$lib/format/format';
import type { MessageKey } from '$lib/i18n';

/** The form as typed: text fields stay text until they are sent. */
export interface SupplyLinkFormValues {
	itemId: string;
	supplierName: string;
	/** ISO 3166-1 alpha-2, or "" for unknown. */
	country: string;
	/** Percent, as typed ("40", "12,5"). */
	share: string;
	tier: string;
	leadTimeWeeks: string;
	stockMonths: string;
	singleSource: boolean;
	/** Deliberately without a default: the contributor chooses. */
	visibility: Visibility | '';
	sharedWith: string[];
}

export const SUPPLY_LINK_FIELDS = [
	'itemId',
	'supplierName',
	'country',
	'share',
	'tier',
	'leadTimeWeeks',
	'stockMonths',
	'singleSource',
	'visibility',
	'sharedWith',
] as const;
export type SupplyLinkField = (typeof SUPPLY_LINK_FIELDS)[number];

export type FieldErrors = Partial<Record<SupplyLinkField, MessageKey>>;

export function emptySupplyLinkForm(): SupplyLinkFormValues {
	return {
		itemId: '',
		supplierName: '',
		country: '',
		share: '',
		tier: '',
		leadTimeWeeks: '',
		stockMonths: '',
		singleSource: false,
		visibility: '',
		sharedWith: [],
	};
}

/** The form filled with a link as recorded, to change it (the share in percent, numbers as the user types them). */
export function supplyLinkFormOf(link: SupplyLink): SupplyLinkFormValues {
	const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(Math.round(value * 1e6) / 1e6));
	return {
		itemId: link.itemId,
		supplierName: link.supplierName ?? link.supplier?.name ?? '',
		country: link.country ?? '',
		share: link.share === null || link.share === undefined ? '' : text(link.share * 100),
		tier: text(link.tier),
		leadTimeWeeks: text(link.leadTimeWeeks),
		stockMonths: text(link.stockMonths),
		singleSource: link.singleSource,
		visibility: link.visibility,
		sharedWith: (link.sharedWith ?? []).map((o) => o.id),
	};
}

export type SupplyLinkConversion = { ok: true; input: CreateSupplyLinkInput } | { ok: false; errors: FieldErrors };

/**
 * The API's input from the form: the share from percent to a fraction, numbers parsed in either
 * decimal notation. Only what the form itself can tell is checked here (missing choices, text that
 * is not a number); ranges, the country code and the item's share total are the API's to judge, and
 * it names the field at fault.
 */
export function toSupplyLinkInput(values: SupplyLinkFormValues): SupplyLinkConversion {
	const errors: FieldErrors = {};
	if (!values.itemId) errors.itemId = 'chainData.error.itemRequired';
	if (!values.supplierName.trim()) errors.supplierName = 'chainData.error.supplierNameRequired';
	if (!values.visibility) errors.visibility = 'chainData.error.visibilityRequired';
	const share = percentToShare(values.share);
	if (!share.ok) errors.share = 'chainData.error.notANumber';
	const tier = parseWholeNumber(values.tier);
	if (!tier.ok) errors.tier = 'chainData.error.notAWholeNumber';
	const leadTimeWeeks = parseDecimal(values.leadTimeWeeks);
	if (!leadTimeWeeks.ok) errors.leadTimeWeeks = 'chainData.error.notANumber';
	const stockMonths = parseDecimal(values.stockMonths);
	if (!stockMonths.ok) errors.stockMonths = 'chainData.error.notANumber';
	if (Object.keys(errors).length > 0 || !share.ok || !tier.ok || !leadTimeWeeks.ok || !stockMonths.ok || !values.visibility) {
		return { ok: false, errors };
	}
	return {
		ok: true,
		input: {
			itemId: values.itemId,
			supplierName: values.supplierName.trim(),
			country: values.country || null,
			share: share.value,
			tier: tier.value,
			leadTimeWeeks: leadTimeWeeks.value,
			stockMonths: stockMonths.value,
			singleSource: values.singleSource,
			visibility: values.visibility,
			sharedWith: [...values.sharedWith],
		},
	};
}

const API_FIELD_MESSAGES: Record<SupplyLinkField, MessageKey> = {
	itemId: 'chainData.error.item',
	supplierName: 'chainData.error.supplierName',
	country: 'chainData.error.country',
	share: 'chainData.error.share',
	tier: 'chainData.error.tier',
	leadTimeWeeks: 'chainData.error.leadTimeWeeks',
	stockMonths: 'chainData.error.stockMonths',
	singleSource: 'chainData.error.invalid',
	visibility: 'chainData.error.visibilityRequired',
	sharedWith: 'chainData.error.sharedWith',
};

/**
 * The form field an API error names (`extensions.field`) and what to say there; the API's own
 * English sentence is not shown. `supplierOrgId` is not on this form: it counts as the supplier.
 */
export function apiFieldError(field: string | null): { field: SupplyLinkField; message: MessageKey } | null {
	if (field === 'supplierOrgId') return { field: 'supplierName', message: API_FIELD_MESSAGES.supplierName };
	if (field && (SUPPLY_LINK_FIELDS as readonly string[]).includes(field)) {
		const known = field as SupplyLinkField;
		return { field: known, message: API_FIELD_MESSAGES[known] };
	}
	return null;
}
