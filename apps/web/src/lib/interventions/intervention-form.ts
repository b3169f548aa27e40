import type { MessageKey } from '$lib/i18n';
import { parseScore } from '$lib/risks/risk-form';

export const INTERVENTION_TYPES = [
	'STOCKPILING',
	'DIVERSIFICATION',
	'SUBSTITUTION',
	'RECYCLING',
	'DESIGN_CHANGE',
	'MATERIAL_EFFICIENCY',
	'LONG_TERM_CONTRACT',
	'PROCUREMENT_CRITERIA',
	'GEOPOLITICAL_PREMIUM',
	'INTERNATIONAL_COOPERATION',
	'RESEARCH',
	'OTHER',
] as const;
export type InterventionTypeValue = (typeof INTERVENTION_TYPES)[number];

export const INSTRUMENTS = ['SUBSIDY', 'PROCUREMENT', 'REGULATION', 'STRATEGIC_STOCKPILE', 'COVENANT', 'RESEARCH_PROGRAMME', 'NONE'] as const;
export type InstrumentValue = (typeof INSTRUMENTS)[number];

export const HORIZONS = ['SHORT', 'MEDIUM', 'LONG'] as const;
export type HorizonValue = (typeof HORIZONS)[number];

export const OWNER_KINDS = ['GOVERNMENT', 'INDUSTRY', 'KNOWLEDGE_INSTITUTE'] as const;
export type OwnerKindValue = (typeof OWNER_KINDS)[number];

export const DETAIL_VISIBILITIES = ['OWNER', 'GOVERNMENT', 'ROADMAP'] as const;
export type DetailVisibilityValue = (typeof DETAIL_VISIBILITIES)[number];

export const TITLE_MAX = 200;
export const TEXT_MAX = 10_000;

/** Who would take it up: a participating organisation, a kind of party, or not said yet. */
export type OwnerMode = 'none' | 'organisation' | 'kind';

export interface InterventionFormValues {
	title: string;
	description: string;
	type: InterventionTypeValue | '';
	instrument: InstrumentValue | '';
	impact: string;
	effort: string;
	horizon: HorizonValue | '';
	riskIds: string[];
	ownerMode: OwnerMode;
	ownerOrgId: string;
	ownerKind: OwnerKindValue | '';
	details: string;
	/** No default: whoever writes confidential details chooses who reads them. */
	detailsVisibility: DetailVisibilityValue | '';
}

export const INTERVENTION_FIELDS = [
	'title',
	'description',
	'type',
	'instrument',
	'impact',
	'effort',
	'horizon',
	'riskIds',
	'ownerOrgId',
	'ownerKind',
	'details',
	'detailsVisibility',
] as const;
export type InterventionField = (typeof INTERVENTION_FIELDS)[number];
export type InterventionFieldErrors = Partial<Record<InterventionField, MessageKey>>;

export function emptyInterventionForm(riskIds: string[] = []): InterventionFormValues {
	return {
		title: '',
		description: '',
		type: '',
		instrument: 'NONE',
		impact: '',
		effort: '',
		horizon: '',
		riskIds: [...riskIds],
		ownerMode: 'none',
		ownerOrgId: '',
		ownerKind: '',
		details: '',
		detailsVisibility: '',
	};
}

export interface ProposeInput {
	roadmapId: string;
	title: string;
	description: string;
	type: InterventionTypeValue;
	instrument: InstrumentValue;
	impact: number;
	effort: number;
	horizon: HorizonValue;
	riskIds: string[];
	ownerOrgId: string | null;
	ownerKind: OwnerKindValue | null;
	details: string | null;
	detailsVisibility: DetailVisibilityValue | null;
}

export type ProposeConversion = { ok: true; input: ProposeInput } | { ok: false; errors: InterventionFieldErrors };

/**
 * The `proposeIntervention` input from the form, with what the form can tell by itself checked;
 * the API judges the rest (the owner must take part in the roadmap, the risks must be its own) and
 * names the field at fault.
 */
export function toProposeInput(roadmapId: string, values: InterventionFormValues): ProposeConversion {
	const errors: InterventionFieldErrors = {};
	const title = values.title.trim();
	if (!title) errors.title = 'interventions.error.titleRequired';
	else if (title.length > TITLE_MAX) errors.title = 'interventions.error.titleTooLong';
	if (values.description.length > TEXT_MAX) errors.description = 'interventions.error.textTooLong';
	if (!values.type) errors.type = 'interventions.error.type';
	if (!values.instrument) errors.instrument = 'interventions.error.instrument';
	const impact = parseScore(values.impact);
	if (impact === null) errors.impact = 'interventions.error.impact';
	const effort = parseScore(values.effort);
	if (effort === null) errors.effort = 'interventions.error.effort';
	if (!values.horizon) errors.horizon = 'interventions.error.horizon';
	if (values.ownerMode === 'organisation' && !values.ownerOrgId) errors.ownerOrgId = 'interventions.error.ownerOrgRequired';
	if (values.ownerMode === 'kind' && !values.ownerKind) errors.ownerKind = 'interventions.error.ownerKindRequired';
	const details = values.details.trim();
	if (details.length > TEXT_MAX) errors.details = 'interventions.error.textTooLong';
	if (details && !values.detailsVisibility) errors.detailsVisibility = 'interventions.error.detailsVisibility';
	if (Object.keys(errors).length > 0 || impact === null || effort === null || !values.type || !values.instrument || !values.horizon) {
		return { ok: false, errors };
	}
	return {
		ok: true,
		input: {
			roadmapId,
			title,
			description: values.description.trim(),
			type: values.type,
			instrument: values.instrument,
			impact,
			effort,
			horizon: values.horizon,
			riskIds: [...values.riskIds],
			ownerOrgId: values.ownerMode === 'organisation' ? values.ownerOrgId || null : null,
			ownerKind: values.ownerMode === 'kind' ? values.ownerKind || null : null,
			details: details || null,
			detailsVisibility: details ? values.detailsVisibility || null : null,
		},
	};
}

const API_FIELD_MESSAGES: Record<InterventionField, MessageKey> = {
	title: 'interventions.error.title',
	description: 'interventions.error.textTooLong',
	type: 'interventions.error.type',
	instrument: 'interventions.error.instrument',
	impact: 'interventions.error.impact',
	effort: 'interventions.error.effort',
	horizon: 'interventions.error.horizon',
	riskIds: 'interventions.error.risks',
	ownerOrgId: 'interventions.error.ownerOrg',
	ownerKind: 'interventions.error.ownerKindRequired',
	details: 'interventions.error.textTooLong',
	detailsVisibility: 'interventions.error.detailsVisibility',
};

/** The form field an API refusal names and what to say there; null when it names none of them. */
export function interventionApiFieldError(field: string | null): { field: InterventionField; message: MessageKey } | null {
	const known = field === 'visibility' ? 'detailsVisibility' : field;
	if (known && (INTERVENTION_FIELDS as readonly string[]).includes(known)) {
		const name = known as InterventionField;
		return { field: name, message: API_FIELD_MESSAGES[name] };
	}
	return null;
}
