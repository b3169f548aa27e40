import type { LiveDependencyKind, LiveFigureRef } from '@routekaart/domain/src/documents/document-schema';
import { ApiError } from '$lib/api/errors';
import type { GraphQLClient } from '$lib/api/graphql-client';
import type {
	CrmStatus,
	ImpactEffortQuadrant,
	InterventionStatus,
	LiveAgreementsQuery,
	LiveDependencyRowFieldsFragment,
	LiveInterventionsQuery,
	LiveMaterialQuery,
	LiveRisksQuery,
	LiveScenarioQuery,
	RiskStatus,
	SupplyStage,
} from '$lib/api/generated/graphql';
import {
	LiveAgreementsQuery as LiveAgreementsDocument,
	LiveInterventionsQuery as LiveInterventionsDocument,
	LiveItemDependenciesQuery,
	LiveMaterialQuery as LiveMaterialDocument,
	LiveProductGroupDependenciesQuery,
	LiveRisksQuery as LiveRisksDocument,
	LiveScenarioQuery as LiveScenarioDocument,
} from '$lib/api/operations/live-figures';
import { targetLabel, type Translate } from '$lib/analysis/factors';
import { materialLabel } from '$lib/materials/names';
import { resultSummary, sortPlatforms } from '$lib/analysis/scenario-result';
import { groupSupplies } from '$lib/materials/supplies';

/**
 * What a live figure block shows, computed from the reader's own answers. Pure apart from
 * `loadLiveFigure`, which only asks the reader's GraphQL client: the numbers are never stored in the
 * document, so two readers with different permissions see different rows for the same block.
 */

export interface DependencyRow {
	key: string;
	kind: LiveDependencyKind;
	/** "Gallium (Ga)", "China (CN)" or the part's name. */
	label: string;
	/** The platform's name; null when the answer leaves it out (shown as "not visible to you"). */
	platform: string | null;
	score: number | null;
}

export interface ShareRow {
	/** ISO code; null for a residual ("other countries"). */
	country: string | null;
	share: number;
	upperBound: boolean;
}

export interface ShareGroup {
	stage: SupplyStage;
	rows: ShareRow[];
	/** Countries beyond the rows shown. */
	more: number;
	sources: string[];
}

export interface AgreementRow {
	id: string;
	title: string;
	/** The responsible organisation's name; null when none is set. */
	responsible: string | null;
	dueDate: string | null;
	deliverable: string | null;
	status: InterventionStatus;
	overdue: boolean;
}

export interface RiskRow {
	id: string;
	title: string;
	likelihood: number;
	impact: number;
	level: number;
	status: RiskStatus;
	owner: string | null;
}

export interface QuadrantGroup {
	quadrant: ImpactEffortQuadrant;
	interventions: { id: string; title: string; status: InterventionStatus }[];
}

/** The quadrants in the order the matrix page reads them (quick wins first). */
export const MATRIX_QUADRANTS: readonly ImpactEffortQuadrant[] = ['QUICK_WIN', 'MAJOR_PROJECT', 'FILL_IN', 'THANKLESS_TASK'];

export type LiveFigureData =
	| { figure: 'agreements'; roadmapId: string; rows: AgreementRow[] }
	| { figure: 'risks'; roadmapId: string; limit: number; rows: RiskRow[]; totalCount: number }
	| { figure: 'interventionMatrix'; roadmapId: string; quadrants: QuadrantGroup[]; total: number }
	| {
			figure: 'dependencies';
			/** What the table is of: a whole product group or one platform (item). */
			subject: { kind: 'productGroup' | 'item'; name: string };
			/** Whose chain changes make the figure stale. */
			productGroupId: string;
			dependencyKind: LiveDependencyKind | null;
			limit: number;
			rows: DependencyRow[];
			totalCount: number;
	  }
	| {
			figure: 'material';
			name: string;
			nameNl: string | null;
			symbol: string;
			chemicalSymbol: string | null;
			crmStatus: CrmStatus;
			parentSymbol: string | null;
			supplyRisk: number | null;
			economicImportance: number | null;
			importReliance: number | null;
			eolRecyclingRate: number | null;
			substitutionIndex: number | null;
			shares: ShareGroup[];
	  }
	| {
			figure: 'scenario';
			name: string;
			productGroupId: string;
			summary: { shortPlatforms: number; platforms: number; shortItems: number };
			firstMonth: string | null;
			lastMonth: string | null;
			monthCount: number;
			platforms: { id: string | null; name: string | null; firstShortfall: string | null; worstAvailability: number; shortItemCount: number }[];
	  };

/**
 * A block's state after asking: its figures with the moment they were computed; `hidden` when the
 * API answers NOT_FOUND or FORBIDDEN (the reader is not told whether the referenced thing exists);
 * `invalid` when the reference itself is unusable; `error` for anything else (network, server).
 */
export type LiveFigureOutcome =
	| { status: 'shown'; data: LiveFigureData; at: Date }
	| { status: 'hidden' }
	| { status: 'invalid' }
	| { status: 'error'; error: ApiError };

/** At most this many countries per stage: the block is a summary, the material page has the rest. */
export const SHARE_ROWS = 5;

export function dependencyRows(nodes: readonly LiveDependencyRowFieldsFragment[], locale: string): DependencyRow[] {
	return nodes.map((node) => ({
		key: node.key,
		kind: node.kind,
		label: targetLabel(node, locale),
		platform: node.platform?.name ?? null,
		score: node.score.value,
	}));
}

/** Global country shares per stage (extraction, then processing), the largest `max` of each. */
export function shareGroups(supplies: LiveMaterialQuery['material']['supplies'], max = SHARE_ROWS): ShareGroup[] {
	return groupSupplies(supplies.filter((supply) => supply.scope === 'GLOBAL')).map((group) => {
		// groupSupplies puts residuals last; the named countries are what a reader looks for first.
		const rows = group.rows.slice(0, max).map((row) => ({ country: row.country, share: row.share, upperBound: row.shareIsUpperBound }));
		return { stage: group.stage, rows, more: group.rows.length - rows.length, sources: group.sources };
	});
}

export function materialData(material: LiveMaterialQuery['material']): LiveFigureData {
	return {
		figure: 'material',
		name: material.name,
		nameNl: material.nameNl,
		symbol: material.symbol,
		chemicalSymbol: material.chemicalSymbol,
		crmStatus: material.crmStatus,
		parentSymbol: material.parentSymbol,
		supplyRisk: material.supplyRisk,
		economicImportance: material.economicImportance,
		importReliance: material.importReliance,
		eolRecyclingRate: material.eolRecyclingRate,
		substitutionIndex: material.substitutionIndex,
		shares: shareGroups(material.supplies),
	};
}

export function scenarioData(scenario: LiveScenarioQuery['savedScenario']): LiveFigureData {
	const { result } = scenario;
	return {
		figure: 'scenario',
		name: scenario.name,
		productGroupId: scenario.input.productGroupId,
		summary: resultSummary(result),
		firstMonth: result.months[0] ?? null,
		lastMonth: result.months.at(-1) ?? null,
		monthCount: result.months.length,
		platforms: sortPlatforms(result.platforms).map((outcome) => ({
			id: outcome.platform?.id ?? null,
			name: outcome.platform?.name ?? null,
			firstShortfall: outcome.firstShortfall,
			worstAvailability: outcome.worstAvailability,
			shortItemCount: outcome.shortItemCount,
		})),
	};
}

export function agreementsData(roadmapId: string, agreements: LiveAgreementsQuery['agreements']): LiveFigureData {
	return {
		figure: 'agreements',
		roadmapId,
		rows: agreements.map((a) => ({
			id: a.intervention.id,
			title: a.intervention.title,
			responsible: a.responsible?.name ?? null,
			dueDate: a.dueDate,
			deliverable: a.deliverable,
			status: a.status,
			overdue: a.overdue,
		})),
	};
}

/** The riskiest `limit` risks; the API answers the register riskiest first, but the block does not rely on it. */
export function risksData(roadmapId: string, risks: LiveRisksQuery['risks'], limit: number): LiveFigureData {
	const sorted = [...risks].sort((a, b) => b.level - a.level);
	return {
		figure: 'risks',
		roadmapId,
		limit,
		totalCount: risks.length,
		rows: sorted.slice(0, limit).map((r) => ({
			id: r.id,
			title: r.title,
			likelihood: r.likelihood,
			impact: r.impact,
			level: r.level,
			status: r.status,
			owner: r.owner?.name ?? null,
		})),
	};
}

/** Interventions per quadrant, every quadrant present (an empty one says so), in the API's order within each. */
export function interventionMatrixData(roadmapId: string, interventions: LiveInterventionsQuery['interventions']): LiveFigureData {
	return {
		figure: 'interventionMatrix',
		roadmapId,
		total: interventions.length,
		quadrants: MATRIX_QUADRANTS.map((quadrant) => ({
			quadrant,
			interventions: interventions.filter((i) => i.quadrant === quadrant).map((i) => ({ id: i.id, title: i.title, status: i.status })),
		})),
	};
}

/**
 * How a failed request shows. NOT_FOUND and FORBIDDEN look the same to the reader, so a block never
 * tells a hidden item from a deleted one; BAD_USER_INPUT can only come from the stored reference
 * (a malformed id), which no reader can fix by asking again.
 */
export function failedOutcome(error: unknown): LiveFigureOutcome {
	const apiError = error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error));
	switch (apiError.code) {
		case 'NOT_FOUND':
		case 'FORBIDDEN':
			return { status: 'hidden' };
		case 'BAD_USER_INPUT':
			return { status: 'invalid' };
		default:
			return { status: 'error', error: apiError };
	}
}

/**
 * Asks for the figure with the reader's client; never rejects (an abort does, so a closed block stays
 * quiet). `roadmapId` is the document's roadmap, which the agreements, risks and matrix blocks show;
 * without it they are `invalid`.
 */
export async function loadLiveFigure(
	client: GraphQLClient,
	ref: LiveFigureRef,
	locale: string,
	options: { signal?: AbortSignal; now?: () => Date; roadmapId?: string | null } = {},
): Promise<LiveFigureOutcome> {
	const now = options.now ?? (() => new Date());
	const request = { signal: options.signal };
	if (isRoadmapFigure(ref) && !options.roadmapId) return { status: 'invalid' };
	try {
		const data = await fetchData(client, ref, locale, options.roadmapId ?? '', request);
		return { status: 'shown', data, at: now() };
	} catch (error) {
		if (isAbort(error)) throw error;
		return failedOutcome(error);
	}
}

/** The figures of the document's own roadmap (no id stored in the block). */
export function isRoadmapFigure(ref: LiveFigureRef | null): boolean {
	return ref?.figure === 'agreements' || ref?.figure === 'risks' || ref?.figure === 'interventionMatrix';
}

async function fetchData(
	client: GraphQLClient,
	ref: LiveFigureRef,
	locale: string,
	roadmapId: string,
	request: { signal?: AbortSignal },
): Promise<LiveFigureData> {
	switch (ref.figure) {
		case 'agreements': {
			const { agreements } = await client.request(LiveAgreementsDocument, { roadmapId }, request);
			return agreementsData(roadmapId, agreements);
		}
		case 'risks': {
			const { risks } = await client.request(LiveRisksDocument, { roadmapId }, request);
			return risksData(roadmapId, risks, ref.limit);
		}
		case 'interventionMatrix': {
			const { interventions } = await client.request(LiveInterventionsDocument, { roadmapId }, request);
			return interventionMatrixData(roadmapId, interventions);
		}
		case 'dependencies': {
			const common = { kind: ref.dependencyKind, first: ref.limit };
			if (ref.itemId) {
				const { item, dependencies } = await client.request(LiveItemDependenciesQuery, { ...common, itemId: ref.itemId }, request);
				return {
					figure: 'dependencies',
					subject: { kind: 'item', name: item.name },
					productGroupId: item.productGroupId,
					dependencyKind: ref.dependencyKind,
					limit: ref.limit,
					rows: dependencyRows(dependencies.nodes, locale),
					totalCount: dependencies.totalCount,
				};
			}
			// parseLiveFigure guarantees one of the two ids.
			const productGroupId = ref.productGroupId ?? '';
			const { productGroup, dependencies } = await client.request(LiveProductGroupDependenciesQuery, { ...common, productGroupId }, request);
			return {
				figure: 'dependencies',
				subject: { kind: 'productGroup', name: productGroup.name },
				productGroupId: productGroup.id,
				dependencyKind: ref.dependencyKind,
				limit: ref.limit,
				rows: dependencyRows(dependencies.nodes, locale),
				totalCount: dependencies.totalCount,
			};
		}
		case 'material': {
			const { material } = await client.request(LiveMaterialDocument, { id: ref.materialId }, request);
			return materialData(material);
		}
		case 'scenario': {
			const { savedScenario } = await client.request(LiveScenarioDocument, { id: ref.scenarioId }, request);
			return scenarioData(savedScenario);
		}
	}
}

/** The product group whose supply-link changes make a shown figure stale; null when none does. */
export function watchedProductGroup(ref: LiveFigureRef | null, data: LiveFigureData | null): string | null {
	if (data && (data.figure === 'dependencies' || data.figure === 'scenario')) return data.productGroupId;
	if (ref?.figure === 'dependencies') return ref.productGroupId;
	return null;
}

/** The roadmap whose activity makes a shown figure stale (agreements, risks, matrix); null for the others. */
export function watchedRoadmap(ref: LiveFigureRef | null, roadmapId: string | null): string | null {
	return isRoadmapFigure(ref) ? roadmapId : null;
}

function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The block's header line: what it shows, named once the reader's answer names it. Before that (and
 * when the thing is hidden) only the kind of figure, so a hidden item's name never reaches the page.
 */
export function figureTitle(ref: LiveFigureRef | null, outcome: LiveFigureOutcome | null, t: Translate, locale: string): string {
	if (outcome?.status === 'shown') {
		const { data } = outcome;
		switch (data.figure) {
			case 'dependencies':
				return data.dependencyKind
					? t('liveFigure.title.dependenciesOfKind', { limit: data.limit, name: data.subject.name, kind: t(`analysis.filter.${data.dependencyKind}`) })
					: t('liveFigure.title.dependencies', { limit: data.limit, name: data.subject.name });
			case 'material':
				return t('liveFigure.title.material', { name: materialLabel(data, locale) });
			case 'scenario':
				return t('liveFigure.title.scenario', { name: data.name });
			case 'agreements':
				return t('liveFigure.title.agreements', { count: data.rows.length });
			case 'risks':
				return t('liveFigure.title.risks', { limit: data.limit });
			case 'interventionMatrix':
				return t('liveFigure.title.interventionMatrix', { count: data.total });
		}
	}
	return ref ? t(`liveFigure.figure.${ref.figure}`) : t('liveFigure.label');
}

/** "5 dec. 2026, 18:25": the moment the reader's figures were computed, in the reader's language. */
export function formatAsOf(at: Date, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
