import type { MessageKey } from '$lib/i18n';

/** The risk statuses, in the order a register works through them. */
export const RISK_STATUSES = ['OPEN', 'MITIGATING', 'ACCEPTED', 'CLOSED'] as const;
export type RiskStatusValue = (typeof RISK_STATUSES)[number];

export const TITLE_MAX = 200;
export const RATIONALE_MAX = 10_000;
export const INDICATOR_MAX = 500;

/** The form as typed; scores stay text ("" = not chosen) until sent. */
export interface RiskFormValues {
	title: string;
	rationale: string;
	likelihood: string;
	impact: string;
	status: RiskStatusValue;
	ownerOrgId: string;
	/** YYYY-MM-DD from the date input, or "". */
	reviewDate: string;
	monitoringIndicator: string;
}

export const RISK_FIELDS = ['title', 'rationale', 'likelihood', 'impact', 'status', 'ownerOrgId', 'reviewDate', 'monitoringIndicator'] as const;
export type RiskField = (typeof RISK_FIELDS)[number];
export type RiskFieldErrors = Partial<Record<RiskField, MessageKey>>;

export function emptyRiskForm(): RiskFormValues {
	return { title: '', rationale: '', likelihood: '', impact: '', status: 'OPEN', ownerOrgId: '', reviewDate: '', monitoringIndicator: '' };
}

/** A risk as the form edits it. */
export function riskFormOf(risk: {
	title: string;
	rationale: string;
	likelihood: number;
	impact: number;
	status: string;
	owner: { id: string } | null;
	reviewDate: string | null;
	monitoringIndicator: string | null;
}): RiskFormValues {
	return {
		title: risk.title,
		rationale: risk.rationale,
		likelihood: String(risk.likelihood),
		impact: String(risk.impact),
		status: (RISK_STATUSES as readonly string[]).includes(risk.status) ? (risk.status as RiskStatusValue) : 'OPEN',
		ownerOrgId: risk.owner?.id ?? '',
		reviewDate: risk.reviewDate ?? '',
		monitoringIndicator: risk.monitoringIndicator ?? '',
	};
}

/** What both `createRisk` and `updateRisk` take from the form (empty optional fields become null). */
export interface RiskInputFields {
	title: string;
	rationale: string;
	likelihood: number;
	impact: number;
	ownerOrgId: string | null;
	reviewDate: string | null;
	monitoringIndicator: string | null;
}

export type RiskConversion = { ok: true; input: RiskInputFields } | { ok: false; errors: RiskFieldErrors };

/** A score of 1..5 as chosen in the form; null for anything else. */
export function parseScore(text: string): number | null {
	return /^[1-5]$/.test(text.trim()) ? Number(text.trim()) : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks what the form can tell by itself (a title, both scores, the lengths, a date in the right
 * shape); the API judges the rest (the owner must take part in the roadmap, the date must exist)
 * and names the field at fault.
 */
export function toRiskInput(values: RiskFormValues): RiskConversion {
	const errors: RiskFieldErrors = {};
	const title = values.title.trim();
	if (!title) errors.title = 'risks.error.titleRequired';
	else if (title.length > TITLE_MAX) errors.title = 'risks.error.titleTooLong';
	if (values.rationale.length > RATIONALE_MAX) errors.rationale = 'risks.error.rationaleTooLong';
	const likelihood = parseScore(values.likelihood);
	if (likelihood === null) errors.likelihood = 'risks.error.likelihood';
	const impact = parseScore(values.impact);
	if (impact === null) errors.impact = 'risks.error.impact';
	const reviewDate = values.reviewDate.trim();
	if (reviewDate && !ISO_DATE.test(reviewDate)) errors.reviewDate = 'risks.error.reviewDate';
	const indicator = values.monitoringIndicator.trim();
	if (indicator.length > INDICATOR_MAX) errors.monitoringIndicator = 'risks.error.indicatorTooLong';
	if (Object.keys(errors).length > 0 || likelihood === null || impact === null) return { ok: false, errors };
	return {
		ok: true,
		input: {
			title,
			rationale: values.rationale.trim(),
			likelihood,
			impact,
			ownerOrgId: values.ownerOrgId || null,
			reviewDate: reviewDate || null,
			monitoringIndicator: indicator || null,
		},
	};
}

const API_FIELD_MESSAGES: Record<RiskField, MessageKey> = {
	title: 'risks.error.title',
	rationale: 'risks.error.rationaleTooLong',
	likelihood: 'risks.error.likelihood',
	impact: 'risks.error.impact',
	status: 'risks.error.status',
	ownerOrgId: 'risks.error.owner',
	reviewDate: 'risks.error.reviewDate',
	monitoringIndicator: 'risks.error.indicatorTooLong',
};

/** The form field an API refusal names (`extensions.field`) and what to say there; null for others. */
export function riskApiFieldError(field: string | null): { field: RiskField; message: MessageKey } | null {
	if (field && (RISK_FIELDS as readonly string[]).includes(field)) {
		const known = field as RiskField;
		return { field: known, message: API_FIELD_MESSAGES[known] };
	}
	return null;
}
