import { describe, expect, it } from 'vitest';
import { emptyInterventionForm, interventionApiFieldError, toProposeInput, type InterventionFormValues } from './intervention-form';

const filled = (patch: Partial<InterventionFormValues> = {}): InterventionFormValues => ({
	...emptyInterventionForm(),
	title: ' Tweede magneetbron ',
	type: 'DIVERSIFICATION',
	impact: '4',
	effort: '2',
	horizon: 'MEDIUM',
	...patch,
});

describe('the propose form', () => {
	it('names every missing choice', () => {
		const result = toProposeInput('rm', { ...emptyInterventionForm(), instrument: '' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['effort', 'horizon', 'impact', 'instrument', 'title', 'type']);
	});

	it('sends a trimmed proposal with the instrument "none" by default and no owner', () => {
		const result = toProposeInput('rm', filled({ riskIds: ['r1'] }));
		expect(result).toEqual({
			ok: true,
			input: {
				roadmapId: 'rm',
				title: 'Tweede magneetbron',
				description: '',
				type: 'DIVERSIFICATION',
				instrument: 'NONE',
				impact: 4,
				effort: 2,
				horizon: 'MEDIUM',
				riskIds: ['r1'],
				ownerOrgId: null,
				ownerKind: null,
				details: null,
				detailsVisibility: null,
			},
		});
	});

	it('sends either an organisation or a kind of party as who takes it up, never both', () => {
		const org = toProposeInput('rm', filled({ ownerMode: 'organisation', ownerOrgId: 'o1', ownerKind: 'INDUSTRY' }));
		expect(org.ok && [org.input.ownerOrgId, org.input.ownerKind]).toEqual(['o1', null]);
		const kind = toProposeInput('rm', filled({ ownerMode: 'kind', ownerOrgId: 'o1', ownerKind: 'INDUSTRY' }));
		expect(kind.ok && [kind.input.ownerOrgId, kind.input.ownerKind]).toEqual([null, 'INDUSTRY']);
		const missing = toProposeInput('rm', filled({ ownerMode: 'organisation' }));
		expect(!missing.ok && missing.errors.ownerOrgId).toBe('interventions.error.ownerOrgRequired');
	});

	it('asks who may read confidential details before sending them, and sends no visibility without details', () => {
		const unchosen = toProposeInput('rm', filled({ details: 'Voorraad: 3 ton' }));
		expect(!unchosen.ok && unchosen.errors.detailsVisibility).toBe('interventions.error.detailsVisibility');
		const chosen = toProposeInput('rm', filled({ details: 'Voorraad: 3 ton', detailsVisibility: 'GOVERNMENT' }));
		expect(chosen.ok && [chosen.input.details, chosen.input.detailsVisibility]).toEqual(['Voorraad: 3 ton', 'GOVERNMENT']);
		const none = toProposeInput('rm', filled({ details: '  ', detailsVisibility: 'OWNER' }));
		expect(none.ok && [none.input.details, none.input.detailsVisibility]).toEqual([null, null]);
	});

	it('maps API refusals to their fields, the details visibility included', () => {
		expect(interventionApiFieldError('ownerOrgId')).toEqual({ field: 'ownerOrgId', message: 'interventions.error.ownerOrg' });
		expect(interventionApiFieldError('visibility')?.field).toBe('detailsVisibility');
		expect(interventionApiFieldError('riskIds')?.field).toBe('riskIds');
		expect(interventionApiFieldError('roadmapId')).toBeNull();
	});
});
