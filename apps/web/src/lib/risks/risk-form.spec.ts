import { describe, expect, it } from 'vitest';
import { emptyRiskForm, parseScore, riskApiFieldError, riskFormOf, toRiskInput } from './risk-form';

describe('the risk form', () => {
	it('refuses a form without title or scores, naming each field', () => {
		const result = toRiskInput(emptyRiskForm());
		expect(result).toEqual({
			ok: false,
			errors: { title: 'risks.error.titleRequired', likelihood: 'risks.error.likelihood', impact: 'risks.error.impact' },
		});
	});

	it('refuses a title over 200 characters, a malformed date and an indicator over 500 characters', () => {
		const result = toRiskInput({
			...emptyRiskForm(),
			title: 'x'.repeat(201),
			likelihood: '3',
			impact: '4',
			reviewDate: '1-2-2027',
			monitoringIndicator: 'y'.repeat(501),
		});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['monitoringIndicator', 'reviewDate', 'title']);
	});

	it('trims the text and sends empty optional fields as null', () => {
		const result = toRiskInput({ ...emptyRiskForm(), title: '  Gallium in radar ', likelihood: '4', impact: '5', rationale: ' waarom ' });
		expect(result).toEqual({
			ok: true,
			input: { title: 'Gallium in radar', rationale: 'waarom', likelihood: 4, impact: 5, ownerOrgId: null, reviewDate: null, monitoringIndicator: null },
		});
	});

	it('reads scores 1 to 5 only', () => {
		expect(['1', '5', ' 3 '].map(parseScore)).toEqual([1, 5, 3]);
		expect(['0', '6', '2.5', '', 'x'].map(parseScore)).toEqual([null, null, null, null, null]);
	});

	it('fills the form from a risk, owner and dates included', () => {
		const values = riskFormOf({
			title: 'T',
			rationale: 'R',
			likelihood: 2,
			impact: 3,
			status: 'MITIGATING',
			owner: { id: 'org-1' },
			reviewDate: '2027-03-01',
			monitoringIndicator: null,
		});
		expect(values).toMatchObject({ likelihood: '2', impact: '3', status: 'MITIGATING', ownerOrgId: 'org-1', reviewDate: '2027-03-01', monitoringIndicator: '' });
	});

	it('puts an API refusal at the field it names, and leaves unknown fields to the general message', () => {
		expect(riskApiFieldError('ownerOrgId')).toEqual({ field: 'ownerOrgId', message: 'risks.error.owner' });
		expect(riskApiFieldError('reviewDate')?.field).toBe('reviewDate');
		expect(riskApiFieldError('roadmapId')).toBeNull();
		expect(riskApiFieldError(null)).toBeNull();
	});
});
