import { describe, expect, it } from 'vitest';
import { parseLiveFigure, type LiveFigureRef } from '@routekaart/domain/src/documents/document-schema';
import { BadUserInputError, ForbiddenError, NetworkError, NotFoundError } from '$lib/api/errors';
import { operationNameOf, type GraphQLClient, type TypedDocument } from '$lib/api/graphql-client';
import type { LiveAgreementsQuery, LiveInterventionsQuery, LiveMaterialQuery, LiveRisksQuery, LiveScenarioQuery } from '$lib/api/generated/graphql';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import {
	agreementsData,
	dependencyRows,
	interventionMatrixData,
	risksData,
	watchedRoadmap,
	failedOutcome,
	figureTitle,
	formatAsOf,
	loadLiveFigure,
	materialData,
	scenarioData,
	shareGroups,
	watchedProductGroup,
	type LiveFigureOutcome,
} from './live-figure-data';

const t = (key: MessageKey, params?: MessageParams) => translate(en, nl, key, params);

type Handler = (variables: Record<string, unknown> | undefined) => unknown;

/** A client answering per operation name; a handler throws to fail the request. */
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

const row = (key: string, kind: 'MATERIAL' | 'COUNTRY' | 'ITEM', target: { id: string; name: string; symbol?: string }, score: number | null, platform: string | null = 'Zr.Ms. Tromp') => ({
	key,
	kind,
	platform: platform ? { id: `p-${platform}`, name: platform } : null,
	target: {
		id: target.id,
		kind,
		name: target.name,
		symbol: target.symbol ?? null,
		material: kind === 'MATERIAL' ? { id: target.id, symbol: target.symbol!, chemicalSymbol: target.symbol!, name: target.name, nameNl: target.name } : null,
	},
	score: { value: score },
});

const supply = (stage: 'EXTRACTION' | 'PROCESSING', scope: 'GLOBAL' | 'EU_SOURCING', country: string | null, share: number) => ({
	id: `${stage}-${scope}-${country ?? 'rest'}`,
	stage,
	scope,
	country,
	countryName: country ?? 'Other countries',
	share,
	shareIsUpperBound: false,
	source: 'EU CRM 2023',
	year: 2023,
});

const gallium: LiveMaterialQuery['material'] = {
	id: 'm-ga',
	symbol: 'Ga',
	chemicalSymbol: 'Ga',
	name: 'Gallium',
	nameNl: 'Gallium',
	crmStatus: 'STRATEGIC',
	parentSymbol: null,
	supplyRisk: 3.9,
	economicImportance: 5.5,
	importReliance: 0.98,
	eolRecyclingRate: 0,
	substitutionIndex: 0.95,
	supplies: [
		supply('PROCESSING', 'GLOBAL', null, 0.02),
		supply('PROCESSING', 'GLOBAL', 'CN', 0.98),
		supply('EXTRACTION', 'EU_SOURCING', 'DE', 0.35),
		...['CN', 'RU', 'JP', 'KR', 'UA', 'HU', 'DE'].map((c, i) => supply('EXTRACTION', 'GLOBAL', c, 0.5 / (i + 1))),
	],
};

const scenario: LiveScenarioQuery['savedScenario'] = {
	id: 's1',
	name: 'China stops gallium',
	input: { productGroupId: 'pg-ships' },
	result: {
		months: ['2027-01', '2027-02', '2027-03'],
		shortItemCount: 4,
		platforms: [
			{ platform: { id: 'p2', name: 'Zr.Ms. De Ruyter' }, firstShortfall: null, worstAvailability: 1, shortItemCount: 0 },
			{ platform: null, firstShortfall: '2027-03', worstAvailability: 0.5, shortItemCount: 1 },
			{ platform: { id: 'p1', name: 'Zr.Ms. Tromp' }, firstShortfall: '2027-02', worstAvailability: 0.4, shortItemCount: 3 },
		],
	},
};

describe('rows of a dependency table', () => {
	it('names materials with their symbol, countries in the reader’s language and parts by name, riskiest first as answered', () => {
		const rows = dependencyRows(
			[
				row('a', 'MATERIAL', { id: 'm-ga', name: 'Gallium', symbol: 'Ga' }, 81.4),
				row('b', 'COUNTRY', { id: 'CN', name: 'China' }, 75),
				row('c', 'ITEM', { id: 'i-1', name: 'AESA radar tile' }, null),
			],
			'en',
		);
		expect(rows).toEqual([
			{ key: 'a', kind: 'MATERIAL', label: 'Gallium (Ga)', platform: 'Zr.Ms. Tromp', score: 81.4 },
			{ key: 'b', kind: 'COUNTRY', label: 'China (CN)', platform: 'Zr.Ms. Tromp', score: 75 },
			{ key: 'c', kind: 'ITEM', label: 'AESA radar tile', platform: 'Zr.Ms. Tromp', score: null },
		]);
	});

	it('keeps a platform the answer leaves out as null, for "not visible to you"', () => {
		expect(dependencyRows([row('a', 'COUNTRY', { id: 'CN', name: 'China' }, 50, null)], 'nl')[0].platform).toBeNull();
	});
});

describe('a material block', () => {
	it('shows the global shares per stage, extraction first, the largest five, and how many more', () => {
		const groups = shareGroups(gallium.supplies);
		expect(groups.map((g) => g.stage)).toEqual(['EXTRACTION', 'PROCESSING']);
		expect(groups[0].rows.map((r) => r.country)).toEqual(['CN', 'RU', 'JP', 'KR', 'UA']);
		expect(groups[0].more).toBe(2);
		// The residual ("other countries") comes after the named countries.
		expect(groups[1].rows.map((r) => r.country)).toEqual(['CN', null]);
		expect(groups[1].more).toBe(0);
	});

	it('leaves out EU-sourcing shares (the block is the global picture)', () => {
		const groups = shareGroups(gallium.supplies.filter((s) => s.scope === 'EU_SOURCING'));
		expect(groups).toEqual([]);
	});

	it('carries the key figures as answered', () => {
		const data = materialData(gallium);
		expect(data).toMatchObject({ figure: 'material', name: 'Gallium', symbol: 'Ga', chemicalSymbol: 'Ga', crmStatus: 'STRATEGIC', supplyRisk: 3.9, importReliance: 0.98 });
	});
});

describe('a scenario block', () => {
	it('lists platforms by their first shortfall, never-short last, and sums up like the scenario page', () => {
		const data = scenarioData(scenario);
		if (data.figure !== 'scenario') throw new Error('expected a scenario');
		expect(data.platforms.map((p) => p.name)).toEqual(['Zr.Ms. Tromp', null, 'Zr.Ms. De Ruyter']);
		expect(data.summary).toEqual({ shortPlatforms: 2, platforms: 3, shortItems: 4 });
		expect([data.firstMonth, data.lastMonth, data.monthCount]).toEqual(['2027-01', '2027-03', 3]);
		expect(data.productGroupId).toBe('pg-ships');
	});
});

describe('failed requests', () => {
	it('shows NOT_FOUND and FORBIDDEN alike as hidden, so a block never tells a hidden item from a missing one', () => {
		expect(failedOutcome(new NotFoundError())).toEqual({ status: 'hidden' });
		expect(failedOutcome(new ForbiddenError())).toEqual(failedOutcome(new NotFoundError()));
	});

	it('shows a malformed reference as a figure that cannot be shown, and anything else as an error', () => {
		expect(failedOutcome(new BadUserInputError('bad id', 'itemId'))).toEqual({ status: 'invalid' });
		expect(failedOutcome(new NetworkError('down'))).toMatchObject({ status: 'error', error: { code: 'NETWORK_ERROR' } });
		expect(failedOutcome(new Error('boom'))).toMatchObject({ status: 'error', error: { code: 'UNKNOWN' } });
	});
});

describe('asking for a figure with the reader’s client', () => {
	const at = new Date('2026-12-05T17:30:00Z');
	const now = () => at;
	const answer = (name: string) => ({ dependencies: { totalCount: 7, nodes: [row('a', 'MATERIAL', { id: 'm-ga', name: 'Gallium', symbol: 'Ga' }, 80)] }, productGroup: { id: 'pg-ships', name } });

	it('asks for a product group’s top N of one kind and stamps the moment', async () => {
		const { client, sent } = fakeClient({ LiveProductGroupDependencies: () => answer('Military ships') });
		const ref = parseLiveFigure({ figure: 'dependencies', productGroupId: 'pg-ships', dependencyKind: 'MATERIAL', limit: 5 }) as LiveFigureRef;
		const outcome = await loadLiveFigure(client, ref, 'en', { now });
		expect(sent).toEqual([{ operation: 'LiveProductGroupDependencies', variables: { productGroupId: 'pg-ships', kind: 'MATERIAL', first: 5 } }]);
		expect(outcome).toMatchObject({ status: 'shown', at, data: { figure: 'dependencies', subject: { kind: 'productGroup', name: 'Military ships' }, totalCount: 7, limit: 5 } });
	});

	it('explodes one platform when the block names one, and follows the platform’s product group', async () => {
		const { client, sent } = fakeClient({
			LiveItemDependencies: () => ({ item: { id: 'p1', name: 'Zr.Ms. Tromp', kind: 'PLATFORM', productGroupId: 'pg-ships' }, dependencies: answer('').dependencies }),
		});
		const ref: LiveFigureRef = { figure: 'dependencies', productGroupId: null, itemId: 'p1', dependencyKind: null, limit: 10 };
		const outcome = await loadLiveFigure(client, ref, 'en', { now });
		expect(sent[0]).toEqual({ operation: 'LiveItemDependencies', variables: { itemId: 'p1', kind: null, first: 10 } });
		expect(outcome.status === 'shown' && watchedProductGroup(ref, outcome.data)).toBe('pg-ships');
	});

	it('answers hidden for a platform the reader may not see, without a name anywhere in the outcome', async () => {
		const { client } = fakeClient({
			LiveItemDependencies: () => {
				throw new NotFoundError('Item not found');
			},
		});
		const outcome = await loadLiveFigure(client, { figure: 'dependencies', productGroupId: null, itemId: 'secret', dependencyKind: null, limit: 10 }, 'en');
		expect(outcome).toEqual({ status: 'hidden' });
	});

	it('reads a material and a saved scenario by their ids', async () => {
		const { client, sent } = fakeClient({ LiveMaterial: () => ({ material: gallium }), LiveScenario: () => ({ savedScenario: scenario }) });
		expect((await loadLiveFigure(client, { figure: 'material', materialId: 'm-ga' }, 'en')).status).toBe('shown');
		expect((await loadLiveFigure(client, { figure: 'scenario', scenarioId: 's1' }, 'en')).status).toBe('shown');
		expect(sent.map((s) => [s.operation, s.variables])).toEqual([
			['LiveMaterial', { id: 'm-ga' }],
			['LiveScenario', { id: 's1' }],
		]);
	});

	it('passes an abort on, so a removed block stays quiet', async () => {
		const controller = new AbortController();
		const client: GraphQLClient = {
			request: (() => Promise.reject(new DOMException('aborted', 'AbortError'))) as GraphQLClient['request'],
		};
		controller.abort();
		await expect(loadLiveFigure(client, { figure: 'material', materialId: 'm' }, 'en', { signal: controller.signal })).rejects.toThrow('aborted');
	});
});

describe('the header line', () => {
	const ref: LiveFigureRef = { figure: 'dependencies', productGroupId: 'pg', itemId: null, dependencyKind: 'COUNTRY', limit: 5 };
	const shown = (data: Extract<LiveFigureOutcome, { status: 'shown' }>['data']): LiveFigureOutcome => ({ status: 'shown', data, at: new Date() });

	it('names what the block shows once the reader’s answer names it', () => {
		const outcome = shown({ figure: 'dependencies', subject: { kind: 'item', name: 'Zr.Ms. Tromp' }, productGroupId: 'pg', dependencyKind: 'COUNTRY', limit: 5, rows: [], totalCount: 0 });
		expect(figureTitle(ref, outcome, t, 'en')).toBe('Top 5 dependencies of Zr.Ms. Tromp — Countries');
		expect(figureTitle(ref, shown(materialData(gallium)), t, 'en')).toBe('Key figures and country shares: Gallium (Ga)');
		expect(figureTitle(ref, shown(scenarioData(scenario)), t, 'en')).toBe('Outcome of scenario “China stops gallium”');
	});

	it('says only the kind of figure while loading or when hidden, and "live figure" for an unreadable block', () => {
		expect(figureTitle(ref, null, t, 'en')).toBe('Dependency table');
		expect(figureTitle(ref, { status: 'hidden' }, t, 'en')).toBe('Dependency table');
		expect(figureTitle(null, null, t, 'en')).toBe('Live figure');
	});

	it('gives the moment of the figures with date and time in the reader’s language', () => {
		const at = new Date(2026, 11, 5, 18, 25);
		expect(formatAsOf(at, 'en')).toMatch(/Dec 5, 2026.*6:25/);
		expect(formatAsOf(at, 'nl')).toMatch(/5 dec 2026.*18:25/);
	});
});

describe('what a block follows', () => {
	it('follows the product group of a dependency table from the start, and nothing for a material', () => {
		expect(watchedProductGroup({ figure: 'dependencies', productGroupId: 'pg', itemId: null, dependencyKind: null, limit: 10 }, null)).toBe('pg');
		expect(watchedProductGroup({ figure: 'material', materialId: 'm' }, materialData(gallium))).toBeNull();
		expect(watchedProductGroup({ figure: 'scenario', scenarioId: 's1' }, null)).toBeNull();
		expect(watchedProductGroup({ figure: 'scenario', scenarioId: 's1' }, scenarioData(scenario))).toBe('pg-ships');
	});
});

describe('the roadmap blocks: agreements, risk register and intervention matrix', () => {
	const agreements: LiveAgreementsQuery['agreements'] = [
		{ intervention: { id: 'i1', title: 'Voorraad magneten' }, responsible: { id: 'o1', name: 'Magneet B.V.' }, dueDate: '2026-01-01', deliverable: 'Plan', status: 'IN_PROGRESS', overdue: true },
		{ intervention: { id: 'i2', title: 'Recyclingpilot' }, responsible: null, dueDate: null, deliverable: null, status: 'AGREED', overdue: false },
	];
	const risks: LiveRisksQuery['risks'] = [
		{ id: 'r1', title: 'Laag', likelihood: 1, impact: 2, level: 2, status: 'OPEN', owner: null },
		{ id: 'r2', title: 'Hoog', likelihood: 5, impact: 4, level: 20, status: 'MITIGATING', owner: { id: 'o1', name: 'Magneet B.V.' } },
		{ id: 'r3', title: 'Midden', likelihood: 3, impact: 3, level: 9, status: 'OPEN', owner: null },
	];
	const interventions: LiveInterventionsQuery['interventions'] = [
		{ id: 'a', title: 'Groot', impact: 5, effort: 5, quadrant: 'MAJOR_PROJECT', status: 'PROPOSED' },
		{ id: 'b', title: 'Snel', impact: 4, effort: 1, quadrant: 'QUICK_WIN', status: 'AGREED' },
		{ id: 'c', title: 'Ook snel', impact: 3, effort: 2, quadrant: 'QUICK_WIN', status: 'DONE' },
	];

	it('lists agreements with the responsible organisation by name, and none as null', () => {
		const data = agreementsData('rm', agreements);
		expect(data).toEqual({
			figure: 'agreements',
			roadmapId: 'rm',
			rows: [
				{ id: 'i1', title: 'Voorraad magneten', responsible: 'Magneet B.V.', dueDate: '2026-01-01', deliverable: 'Plan', status: 'IN_PROGRESS', overdue: true },
				{ id: 'i2', title: 'Recyclingpilot', responsible: null, dueDate: null, deliverable: null, status: 'AGREED', overdue: false },
			],
		});
	});

	it('keeps the riskiest N risks by level and counts the rest', () => {
		const data = risksData('rm', risks, 2);
		if (data.figure !== 'risks') throw new Error('expected risks');
		expect(data.rows.map((r) => [r.title, r.level, r.owner])).toEqual([
			['Hoog', 20, 'Magneet B.V.'],
			['Midden', 9, null],
		]);
		expect(data.totalCount).toBe(3);
	});

	it('puts interventions in their quadrant, every quadrant present, quick wins first', () => {
		const data = interventionMatrixData('rm', interventions);
		if (data.figure !== 'interventionMatrix') throw new Error('expected a matrix');
		expect(data.total).toBe(3);
		expect(data.quadrants.map((q) => [q.quadrant, q.interventions.map((i) => i.title)])).toEqual([
			['QUICK_WIN', ['Snel', 'Ook snel']],
			['MAJOR_PROJECT', ['Groot']],
			['FILL_IN', []],
			['THANKLESS_TASK', []],
		]);
	});

	it('asks for the document’s roadmap, and cannot show the block without one', async () => {
		const { client, sent } = fakeClient({
			LiveAgreements: () => ({ agreements }),
			LiveRisks: () => ({ risks }),
			LiveInterventions: () => ({ interventions }),
		});
		for (const ref of [{ figure: 'agreements' }, { figure: 'risks', limit: 1 }, { figure: 'interventionMatrix' }] as const) {
			expect(await loadLiveFigure(client, ref, 'nl', { roadmapId: 'rm' })).toMatchObject({ status: 'shown', data: { figure: ref.figure, roadmapId: 'rm' } });
			expect(await loadLiveFigure(client, ref, 'nl')).toEqual({ status: 'invalid' });
		}
		expect(sent).toEqual([
			{ operation: 'LiveAgreements', variables: { roadmapId: 'rm' } },
			{ operation: 'LiveRisks', variables: { roadmapId: 'rm' } },
			{ operation: 'LiveInterventions', variables: { roadmapId: 'rm' } },
		]);
	});

	it('shows a roadmap the reader may not read as hidden', async () => {
		const { client } = fakeClient({
			LiveAgreements: () => {
				throw new NotFoundError('roadmap not found');
			},
		});
		expect(await loadLiveFigure(client, { figure: 'agreements' }, 'nl', { roadmapId: 'rm' })).toEqual({ status: 'hidden' });
	});

	it('follows the roadmap’s activity for the roadmap blocks only, and titles them with their counts', () => {
		expect(watchedRoadmap({ figure: 'risks', limit: 5 }, 'rm')).toBe('rm');
		expect(watchedRoadmap({ figure: 'material', materialId: 'm' }, 'rm')).toBeNull();
		expect(watchedProductGroup({ figure: 'agreements' }, agreementsData('rm', agreements))).toBeNull();
		const shown = (data: ReturnType<typeof agreementsData>): LiveFigureOutcome => ({ status: 'shown', data, at: new Date() });
		expect(figureTitle({ figure: 'agreements' }, shown(agreementsData('rm', agreements)), t, 'en')).toBe('2 agreements');
		expect(figureTitle({ figure: 'risks', limit: 1 }, shown(risksData('rm', risks, 1)), t, 'en')).toBe('Risk register: top 1 risk');
		expect(figureTitle({ figure: 'interventionMatrix' }, null, t, 'en')).toBe('Interventions by impact and effort');
	});
});
