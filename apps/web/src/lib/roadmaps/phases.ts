import type { RoadmapPhase } from '$lib/api/types';

/** The six phases of a roadmap, in order (DESIGN §1). */
export const ROADMAP_PHASES = [
	'SCOPING',
	'CHAIN_MAPPING',
	'RISK_ANALYSIS',
	'INTERVENTIONS',
	'AGREEMENTS',
	'MONITORING',
] as const satisfies readonly RoadmapPhase[];

export type PhaseState = 'done' | 'current' | 'upcoming';

export interface PhaseStep {
	phase: RoadmapPhase;
	/** 1-based, as shown to people. */
	number: number;
	state: PhaseState;
}

/** The steps of the stepper for a roadmap in `current`: the ones before it done, the rest upcoming. */
export function phaseSteps(current: RoadmapPhase): PhaseStep[] {
	const at = ROADMAP_PHASES.indexOf(current as (typeof ROADMAP_PHASES)[number]);
	return ROADMAP_PHASES.map((phase, index) => ({
		phase,
		number: index + 1,
		state: at < 0 ? 'upcoming' : index < at ? 'done' : index === at ? 'current' : 'upcoming',
	}));
}

/** 1-based position of the phase; 0 for a phase this app does not know yet. */
export function phaseNumber(phase: RoadmapPhase): number {
	return ROADMAP_PHASES.indexOf(phase as (typeof ROADMAP_PHASES)[number]) + 1;
}

/** The phase after `current`; null at the last phase (or for a phase this app does not know). */
export function nextPhase(current: RoadmapPhase): RoadmapPhase | null {
	const at = ROADMAP_PHASES.indexOf(current as (typeof ROADMAP_PHASES)[number]);
	return at < 0 ? null : (ROADMAP_PHASES[at + 1] ?? null);
}

/** The phases before `current`, latest first: the ones a lead can reopen. */
export function earlierPhases(current: RoadmapPhase): RoadmapPhase[] {
	const at = ROADMAP_PHASES.indexOf(current as (typeof ROADMAP_PHASES)[number]);
	return at <= 0 ? [] : ROADMAP_PHASES.slice(0, at).reverse();
}
