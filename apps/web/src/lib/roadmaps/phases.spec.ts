import { describe, expect, it } from 'vitest';
import { earlierPhases, nextPhase, phaseNumber, phaseSteps, ROADMAP_PHASES } from './phases';

describe('the phase stepper', () => {
	it('has the six phases in the order of DESIGN §1', () => {
		expect(ROADMAP_PHASES).toEqual(['SCOPING', 'CHAIN_MAPPING', 'RISK_ANALYSIS', 'INTERVENTIONS', 'AGREEMENTS', 'MONITORING']);
	});

	it('marks the phases before the current one done and the ones after it upcoming', () => {
		expect(phaseSteps('RISK_ANALYSIS').map((s) => [s.number, s.state])).toEqual([
			[1, 'done'],
			[2, 'done'],
			[3, 'current'],
			[4, 'upcoming'],
			[5, 'upcoming'],
			[6, 'upcoming'],
		]);
	});

	it('has nothing done at the first phase and nothing upcoming at the last', () => {
		expect(phaseSteps('SCOPING').map((s) => s.state)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
		expect(phaseSteps('MONITORING').map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'current']);
	});

	it('shows every step as upcoming for a phase it does not know (a newer API)', () => {
		const steps = phaseSteps('ARCHIVED' as never);
		expect(steps.every((s) => s.state === 'upcoming')).toBe(true);
		expect(phaseNumber('ARCHIVED' as never)).toBe(0);
	});

	it('numbers the phases from 1', () => {
		expect(phaseNumber('CHAIN_MAPPING')).toBe(2);
		expect(phaseNumber('MONITORING')).toBe(6);
	});

	it('offers the next phase to advance to, and the earlier ones (latest first) to reopen', () => {
		expect(nextPhase('RISK_ANALYSIS')).toBe('INTERVENTIONS');
		expect(nextPhase('MONITORING')).toBeNull();
		expect(nextPhase('ARCHIVED' as never)).toBeNull();
		expect(earlierPhases('RISK_ANALYSIS')).toEqual(['CHAIN_MAPPING', 'SCOPING']);
		expect(earlierPhases('SCOPING')).toEqual([]);
		expect(earlierPhases('ARCHIVED' as never)).toEqual([]);
	});
});
