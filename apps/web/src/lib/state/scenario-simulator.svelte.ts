import { BadUserInputError } from '$lib/api/errors';
import type { GraphQLClient } from '$lib/api/graphql-client';
import { RunScenarioQuery } from '$lib/api/operations/scenarios';
import type { ScenarioInput, ScenarioResult } from '$lib/api/types';
import {
	emptyEvent,
	emptyScenarioForm,
	MAX_EVENTS,
	nextEventKey,
	noErrors,
	scenarioFieldError,
	toScenarioInput,
	withFieldError,
	type ScenarioFormErrors,
	type ScenarioFormValues,
} from '$lib/analysis/scenario-form';

/** A result on screen, with the question it answers (what saving stores) and where it came from. */
export interface ShownScenario {
	/** Null when the question cannot be asked again as it stands (a saved event on an item the reader may not see). */
	input: ScenarioInput | null;
	result: ScenarioResult;
	/** Set when the result is a saved scenario's, opened from its roadmap. */
	saved: { name: string; roadmapTitle: string } | null;
}

/**
 * The scenario simulator of one product group: the form as typed, its errors (the form's own and
 * the API's, each at its field), the run in progress and the result shown. One per page.
 */
export class ScenarioSimulator {
	values = $state<ScenarioFormValues>(emptyScenarioForm());
	errors = $state<ScenarioFormErrors>(noErrors());
	running = $state(false);
	/** A failure that belongs to no field (network, session, server), shown above the form. */
	failure = $state.raw<unknown>(null);
	shown = $state.raw<ShownScenario | null>(null);

	readonly productGroupId: string;
	readonly #client: GraphQLClient;

	constructor(client: GraphQLClient, productGroupId: string, start?: { values: ScenarioFormValues; shown?: ShownScenario | null }) {
		this.#client = client;
		this.productGroupId = productGroupId;
		if (start) {
			this.values = start.values;
			this.shown = start.shown ?? null;
		}
	}

	get canAddEvent(): boolean {
		return this.values.events.length < MAX_EVENTS;
	}

	/** Adds an empty event that starts where the last one does. */
	addEvent(): void {
		if (!this.canAddEvent) return;
		const last = this.values.events.at(-1);
		this.values.events.push(emptyEvent(nextEventKey(this.values.events), last?.start ?? ''));
		this.errors = noErrors();
	}

	removeEvent(index: number): void {
		if (this.values.events.length <= 1) return;
		this.values.events.splice(index, 1);
		// Errors are kept by position; with a position gone they would point at the wrong event.
		this.errors = noErrors();
	}

	/** Replaces the form (a preset, a saved scenario); the result shown stays until the next run. */
	fill(values: ScenarioFormValues): void {
		this.values = values;
		this.errors = noErrors();
		this.failure = null;
	}

	/**
	 * Runs the scenario as the form describes it. False when the form or the API refused it (the
	 * errors are then at their fields) or the request failed (`failure`).
	 */
	async run(): Promise<boolean> {
		if (this.running) return false;
		const converted = toScenarioInput($state.snapshot(this.values), this.productGroupId);
		this.failure = null;
		if (!converted.ok) {
			this.errors = converted.errors;
			return false;
		}
		this.errors = noErrors();
		this.running = true;
		try {
			const { runScenario } = await this.#client.request(RunScenarioQuery, { input: converted.input });
			this.shown = { input: converted.input, result: runScenario, saved: null };
			return true;
		} catch (error) {
			const placed = error instanceof BadUserInputError ? scenarioFieldError(error.field) : null;
			if (placed && placed.at !== 'save') this.errors = withFieldError(placed);
			else this.failure = error;
			return false;
		} finally {
			this.running = false;
		}
	}
}
