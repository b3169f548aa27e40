import { describe, expect, it } from 'vitest';
import { BadUserInputError, NetworkError } from '$lib/api/errors';
import { operationNameOf, type GraphQLClient, type TypedDocument } from '$lib/api/graphql-client';
import type { ScenarioResult } from '$lib/api/types';
import { MAX_EVENTS } from '$lib/analysis/scenario-form';
import { ScenarioSimulator } from './scenario-simulator.svelte';

type Handler = (variables: Record<string, unknown> | undefined) => unknown;

function fakeClient(handlers: Record<string, Handler>) {
	const sent: { operation: string; variables?: Record<string, unknown> }[] = [];
	const client: GraphQLClient = {
		request: (async (document: TypedDocument<unknown, unknown>, variables?: Record<string, unknown>) => {
			const operation = operationNameOf(document) ?? '(anonymous)';
			sent.push({ operation, variables });
			const handler = handlers[operation];
			if (!handler) throw new Error(`unexpected operation ${operation}`);
			return handler(variables);
		}) as GraphQLClient['request'],
	};
	return { client, sent };
}

const result: ScenarioResult = { name: null, months: ['2027-01'], warnings: [], shortItemCount: 0, events: [], platforms: [], items: [] };

function galliumCut(simulator: ScenarioSimulator, cutPercent = '50') {
	Object.assign(simulator.values.events[0]!, { materialId: 'm-ga', country: 'CN', cutPercent, start: '2027-01-01', durationMonths: '6' });
}

describe('ScenarioSimulator', () => {
	it('runs the scenario the form describes and shows the result with its question', async () => {
		const { client, sent } = fakeClient({ RunScenario: () => ({ runScenario: result }) });
		const simulator = new ScenarioSimulator(client, 'pg-1');
		galliumCut(simulator);

		expect(await simulator.run()).toBe(true);

		expect(sent).toEqual([
			{
				operation: 'RunScenario',
				variables: {
					input: {
						productGroupId: 'pg-1',
						horizonMonths: 36,
						scope: 'GLOBAL',
						startDate: null,
						events: [{ id: '1', materialId: 'm-ga', country: 'CN', cutPercent: 50, start: '2027-01-01', durationMonths: 6 }],
					},
				},
			},
		]);
		expect(simulator.shown?.result).toBe(result);
		expect(simulator.shown?.input?.events).toHaveLength(1);
		expect(simulator.running).toBe(false);
	});

	it('sends nothing while the form itself has errors', async () => {
		const { client, sent } = fakeClient({});
		const simulator = new ScenarioSimulator(client, 'pg-1');
		expect(await simulator.run()).toBe(false);
		expect(sent).toEqual([]);
		expect(simulator.errors.events[0]).toMatchObject({ target: 'scenario.error.materialRequired', cutPercent: 'scenario.error.cutRequired' });
	});

	it('puts the API’s refusal at the field of the event it names, and keeps the last result', async () => {
		let answer: () => unknown = () => ({ runScenario: result });
		const { client } = fakeClient({ RunScenario: () => answer() });
		const simulator = new ScenarioSimulator(client, 'pg-1');
		galliumCut(simulator);
		await simulator.run();
		simulator.addEvent();
		galliumCut(simulator);
		Object.assign(simulator.values.events[1]!, { materialId: 'm-dy', cutPercent: '150' });
		expect(simulator.values.events[1]!.start).toBe('2027-01-01');

		answer = () => {
			throw new BadUserInputError('events[1].cutPercent must be from 0 to 100, got 150', 'events[1].cutPercent');
		};
		expect(await simulator.run()).toBe(false);
		expect(simulator.errors.events[1]).toEqual({ cutPercent: 'scenario.error.cutPercent' });
		expect(simulator.failure).toBeNull();
		expect(simulator.shown?.result).toBe(result);

		answer = () => {
			throw new NetworkError('offline');
		};
		expect(await simulator.run()).toBe(false);
		expect(simulator.failure).toBeInstanceOf(NetworkError);
	});

	it('offers up to five events and keeps at least one', () => {
		const simulator = new ScenarioSimulator(fakeClient({}).client, 'pg-1');
		simulator.removeEvent(0);
		expect(simulator.values.events).toHaveLength(1);
		for (let i = 0; i < 10; i++) simulator.addEvent();
		expect(simulator.values.events).toHaveLength(MAX_EVENTS);
		expect(new Set(simulator.values.events.map((e) => e.key)).size).toBe(MAX_EVENTS);
		expect(simulator.canAddEvent).toBe(false);
		simulator.removeEvent(2);
		expect(simulator.canAddEvent).toBe(true);
	});
});
