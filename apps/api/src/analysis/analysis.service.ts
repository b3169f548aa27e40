import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, ScenarioEntity, type SupplyScope, type SupplyStage } from '@routekaart/db';
import {
  assertText,
  badInput,
  concentration,
  countryName,
  recordsForViewer,
  DomainError,
  explodePlatform,
  explodeProductGroup,
  forbidden,
  materialConcentration,
  runScenario,
  dependencyHeatmap,
  supplyRisk,
  topDependencies,
  weakLinksOf,
  type ChainGraph,
  type ConcentrationResult,
  type Dependency,
  type DependencyKind,
  type DependencyTarget,
  type PlatformExplosion,
  type ScenarioResult,
  type ScoreFactorKey,
  type SupplyRiskResult,
  type WeakLink,
} from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { todayUtc } from '../common/dates';
import { isUuid } from '../common/ids';
import { encodeCursor, decodeCursor, pageSize, type Page } from '../common/pagination';
import { queryNamed } from '../common/sql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { RoadmapService } from '../roadmaps/roadmap.service';
import { loadAnalysisGraph, loadMaterialCatalogue, type AnalysisGraph, type MaterialCatalogue } from './analysis-graph.loader';
import { VersionedCache, viewKey } from './versioned-cache';
import { engineEvents, validateScenarioInput, type ScenarioInput, type ScenarioSpec } from './analysis.inputs';
import type {
  ConcentrationModel,
  ConcentrationScopeValue,
  DependencyHeatmapModel,
  DependencyModel,
  DependencyOrderValue,
  ItemSupplierConcentrationModel,
  SavedScenarioModel,
  ScenarioResultModel,
  ScoreFactorKeyValue,
  SupplyRiskModel,
  WeakLinkModel,
} from './analysis.models';

/** Example paths kept per dependency. */
export const PATHS_PER_DEPENDENCY = 5;

const FACTOR_KEYS: Record<ScoreFactorKey, ScoreFactorKeyValue> = {
  concentration: 'CONCENTRATION',
  singleSource: 'SINGLE_SOURCE',
  stockCoverage: 'STOCK_COVERAGE',
  exportRestriction: 'EXPORT_RESTRICTION',
  supplyRisk: 'SUPPLY_RISK',
};

export interface DependenciesArgs {
  productGroupId?: string | null;
  itemId?: string | null;
  kind?: DependencyKind | null;
  first?: number | null;
  after?: string | null;
  orderBy?: DependencyOrderValue | null;
}

interface SavedRow {
  id: string;
  roadmapId: string;
  name: string;
  /** As stored; older rows may lack fields that got defaults later. */
  input: Partial<ScenarioSpec> & Pick<ScenarioSpec, 'productGroupId' | 'events'>;
  createdByOrgId: string;
  createdAt: Date;
}

/** What a chain view is read with: the graph is shared by viewers whose rules for these agree. */
const CATALOGUE_SUBJECTS = ['Material', 'MaterialSupply', 'ExportRestriction'] as const;
const GRAPH_SUBJECTS = ['Item', 'Composition', 'SupplyLink', ...CATALOGUE_SUBJECTS] as const;

/**
 * The analysis use cases: dependencies, heatmap and scenarios on the chain a viewer may see, the
 * computed concentration and supply risk of materials, and saved scenarios of a roadmap.
 *
 * `requestKey` (the GraphQL request context) lets several fields of one request share one load of
 * the chain and of the catalogue. Across requests, the last few graphs (and their explosions) are
 * kept per product group and per set of permission rules, tagged with the chain data version that
 * every committed chain or catalogue change bumps (`chain_data_version`, whichever process wrote
 * it): each request reads the version once, so a data or permission change shows at once.
 */
@Injectable()
export class AnalysisService {
  private readonly graphs = new WeakMap<object, Map<string, Promise<AnalysisGraph>>>();
  private readonly catalogues = new WeakMap<object, Promise<MaterialCatalogue>>();
  private readonly versions = new WeakMap<object, Promise<string>>();
  private readonly cachedGraphs: VersionedCache<AnalysisGraph>;
  private readonly cachedCatalogues: VersionedCache<MaterialCatalogue>;
  private readonly explosions = new WeakMap<ChainGraph, Map<string, PlatformExplosion[]>>();

  constructor(
    private readonly ds: DataSource,
    private readonly roadmaps: RoadmapService,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'analysisCacheGraphs'>,
  ) {
    this.cachedGraphs = new VersionedCache(config.analysisCacheGraphs);
    this.cachedCatalogues = new VersionedCache(Math.min(config.analysisCacheGraphs, 16));
  }

  // ---- loading ----------------------------------------------------------------------------------

  /** The chain data version, read once per request, with the date (export restrictions in force change with it). */
  private dataVersion(requestKey?: object): Promise<string> {
    const read = async () => {
      const [row] = await this.ds.query<{ version: string }[]>('SELECT version::text AS version FROM chain_data_version');
      return `${row!.version}|${todayUtc()}`;
    };
    if (!requestKey) return read();
    let version = this.versions.get(requestKey);
    if (!version) this.versions.set(requestKey, (version = read()));
    return version;
  }

  /** The materials catalogue, once per request (and kept while the data version holds). */
  catalogue(ability: AppAbility, requestKey?: object): Promise<MaterialCatalogue> {
    const load = async () =>
      this.cachedCatalogues.get(viewKey(ability, CATALOGUE_SUBJECTS), await this.dataVersion(requestKey), () => loadMaterialCatalogue(this.ds, ability));
    if (!requestKey) return load();
    let loaded = this.catalogues.get(requestKey);
    if (!loaded) {
      loaded = load();
      this.catalogues.set(requestKey, loaded);
    }
    return loaded;
  }

  /** The product group's chain as the viewer may see it; NOT_FOUND when the product group does not exist. */
  graph(ability: AppAbility, productGroupId: string, requestKey?: object): Promise<AnalysisGraph> {
    const load = async (): Promise<AnalysisGraph> => {
      const [group] = isUuid(productGroupId) ? await this.ds.query('SELECT id FROM product_group WHERE id = $1', [productGroupId]) : [];
      if (!group) throw new DomainError('NOT_FOUND', 'product group not found', 'productGroupId');
      return this.cachedGraphs.get(`${productGroupId}|${viewKey(ability, GRAPH_SUBJECTS)}`, await this.dataVersion(requestKey), () =>
        loadAnalysisGraph(this.ds, ability, productGroupId, this.catalogue(ability, requestKey)),
      );
    };
    if (!requestKey) return load();
    let perRequest = this.graphs.get(requestKey);
    if (!perRequest) this.graphs.set(requestKey, (perRequest = new Map()));
    let loaded = perRequest.get(productGroupId);
    if (!loaded) {
      loaded = load();
      perRequest.set(productGroupId, loaded);
    }
    return loaded;
  }

  /** The product group of an item the viewer may read; NOT_FOUND (on `field`) otherwise. */
  private async productGroupOfItem(ability: AppAbility, itemId: string, field = 'itemId'): Promise<string> {
    const f = accessibleWhere(ability, 'read', 'Item', 'i');
    const [row] = await queryNamed<{ productGroupId: string }>(
      this.ds,
      `SELECT i.product_group_id AS "productGroupId" FROM item i WHERE (${f.sql}) AND i.id = CAST(:id AS uuid)`,
      { ...f.params, id: isUuid(itemId) ? itemId : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'item not found', field);
    return row.productGroupId;
  }

  // ---- dependencies -----------------------------------------------------------------------------

  /**
   * Dependencies of every platform of a product group (or of one item as the root), one page,
   * ordered by score, quantity or name. Shared components count once per platform; a dependency
   * of two platforms appears once for each.
   */
  async dependencies(ability: AppAbility, args: DependenciesArgs, requestKey?: object): Promise<Page<DependencyModel>> {
    if (!!args.productGroupId === !!args.itemId) throw badInput('productGroupId', 'give either productGroupId or itemId');
    // Checked again below; here so that a bad page size or cursor fails before the chain is loaded.
    pageSize(args.first);
    decodeOffset(args.after);
    const productGroupId = args.itemId ? await this.productGroupOfItem(ability, args.itemId) : args.productGroupId!;
    const loaded = await this.graph(ability, productGroupId, requestKey);
    return this.dependenciesIn(loaded.graph, args);
  }

  /**
   * One dependency by its key (`<platform or item id>|<MATERIAL|COUNTRY|ITEM>|<target id>`, as the
   * list gives it), computed like the list; null when the viewer has no such dependency.
   */
  async dependency(ability: AppAbility, key: string, requestKey?: object): Promise<DependencyModel | null> {
    const [rootId, kind, targetId, ...rest] = key.split('|');
    if (!rootId || !targetId || rest.length > 0 || (kind !== 'MATERIAL' && kind !== 'COUNTRY' && kind !== 'ITEM')) {
      throw badInput('key', 'a dependency key is "<item id>|<MATERIAL, COUNTRY or ITEM>|<material id, country code or item id>"');
    }
    const productGroupId = await this.productGroupOfItem(ability, rootId, 'key');
    const { graph } = await this.graph(ability, productGroupId, requestKey);
    const options = { maxPathsPerDependency: PATHS_PER_DEPENDENCY };
    // A platform's explosion is usually kept already (the list and the heatmap made it).
    const explosion = this.explodeAll(graph, options).find((e) => e.platformId === rootId) ?? explodePlatform(graph, rootId, options);
    const target: DependencyTarget =
      kind === 'MATERIAL' ? { kind, materialId: targetId } : kind === 'COUNTRY' ? { kind, country: targetId } : { kind, itemId: targetId };
    const found = explosion.find(target);
    return found ? toDependencyModel(graph, found) : null;
  }

  /** The pure part of `dependencies`: explosion, scoring, ordering and the page, on a loaded graph. */
  dependenciesIn(graph: ChainGraph, args: DependenciesArgs): Page<DependencyModel> {
    const limit = pageSize(args.first);
    const offset = decodeOffset(args.after);
    const options = { kinds: args.kind ? [args.kind] : undefined, maxPathsPerDependency: PATHS_PER_DEPENDENCY };
    const explosions: PlatformExplosion[] = args.itemId ? [explodePlatform(graph, args.itemId, options)] : this.explodeAll(graph, options);
    const totalCount = explosions.reduce((n, e) => n + e.dependencyCount, 0);
    let window: Dependency[];
    if (args.orderBy === 'NAME') {
      // Names are not ranked by the engine: every dependency is built, then sorted (slower on huge groups).
      window = explosions
        .flatMap((e, platform) => e.dependencies.map((dependency) => ({ dependency, platform, name: targetName(graph, dependency) })))
        .sort((a, b) => a.name.localeCompare(b.name) || a.platform - b.platform || a.dependency.rank - b.dependency.rank)
        .slice(offset, offset + limit + 1)
        .map((x) => x.dependency);
    } else {
      const by = args.orderBy === 'QUANTITY' ? 'quantity' : 'score';
      window = topDependencies(explosions, { by, limit: offset + limit + 1 }).slice(offset);
    }
    const nodes = window.slice(0, limit).map((d) => toDependencyModel(graph, d));
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: window.length > limit, endCursor: nodes.length ? encodeCursor(String(offset + nodes.length), 'offset') : null },
    };
  }

  /** Every platform of the graph exploded, kept with the graph (which is immutable) for the next request. */
  private explodeAll(graph: ChainGraph, options: { kinds?: DependencyKind[]; maxPathsPerDependency: number }): PlatformExplosion[] {
    const key = `${options.kinds?.join(',') ?? 'all'}|${options.maxPathsPerDependency}`;
    let byOptions = this.explosions.get(graph);
    if (!byOptions) this.explosions.set(graph, (byOptions = new Map()));
    let explosions = byOptions.get(key);
    if (!explosions) byOptions.set(key, (explosions = explodeProductGroup(graph, options)));
    return explosions;
  }

  /** Platform x material scores of a product group, for a heatmap. */
  async heatmap(ability: AppAbility, productGroupId: string, requestKey?: object): Promise<DependencyHeatmapModel> {
    const { graph } = await this.graph(ability, productGroupId, requestKey);
    return this.heatmapIn(graph);
  }

  heatmapIn(graph: ChainGraph): DependencyHeatmapModel {
    const heatmap = dependencyHeatmap(graph, this.explodeAll(graph, { kinds: ['MATERIAL'], maxPathsPerDependency: 0 }));
    const cells: DependencyHeatmapModel['cells'] = [];
    heatmap.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        cells.push({
          platformId: heatmap.platforms[r]!.id,
          materialId: heatmap.materials[c]!.id,
          row: r,
          column: c,
          score: cell.score,
          quantityKg: cell.quantityKg,
          weakestLink: cell.weakestLink,
        });
      }),
    );
    return { platformIds: heatmap.platforms.map((p) => p.id), materialIds: heatmap.materials.map((m) => m.id), cells };
  }

  // ---- scenarios --------------------------------------------------------------------------------

  async runScenario(ability: AppAbility, input: ScenarioInput, requestKey?: object): Promise<ScenarioResultModel> {
    const spec = validateScenarioInput(input);
    const loaded = await this.graph(ability, spec.productGroupId, requestKey);
    return this.scenarioIn(loaded.graph, spec);
  }

  /**
   * Runs a validated scenario on a loaded graph. With `leaveOutHidden` (saved scenarios, whose
   * events the reader's view has already been cut down to) an event on an item that is not in this
   * reader's chain is left out without a word, as if it had never been part of the scenario.
   */
  scenarioIn(graph: ChainGraph, spec: ScenarioSpec, leaveOutHidden = false): ScenarioResultModel {
    const warnings = [...graph.warnings];
    let events = engineEvents(spec);
    if (leaveOutHidden) events = events.filter((e) => e.itemId === undefined || graph.itemIndex.has(e.itemId));
    const startDate = spec.startDate ?? (events.length === 0 ? todayUtc() : undefined);
    const result = runScenario(graph, { events, ...(startDate ? { startDate } : {}) }, { horizonMonths: spec.horizonMonths, scope: spec.scope });
    return toScenarioModel(result, spec, warnings);
  }

  // ---- saved scenarios --------------------------------------------------------------------------

  /**
   * Saved scenarios are roadmap content, like the risk register, so they follow the `Risk` rows of
   * the permission matrix: read by the roadmap's participants, created by its co-editors (LEAD or
   * MEMBER), deleted by its lead or by the co-editor organisation that saved them (`Risk` update
   * is "roadmap lead, or own as co-editor").
   */
  async saveScenario(actor: Actor, ability: AppAbility, roadmapId: string, name: string, input: ScenarioInput): Promise<SavedScenarioModel> {
    const roadmap = await this.roadmaps.roadmap(ability, roadmapId);
    if (!ability.can('create', subject('Risk', { roadmapId: roadmap.id, ownerOrgId: actor.organisationId }))) {
      throw forbidden('Only co-editors of the roadmap (lead or member) may save scenarios');
    }
    const title = assertText(name, 'name', 200);
    const spec = validateScenarioInput(input);
    if (spec.productGroupId !== roadmap.productGroupId) {
      throw badInput('input.productGroupId', "a roadmap's scenario must be about the roadmap's product group");
    }
    // Runs it once: every material and item must exist and be visible to whoever saves it.
    this.scenarioIn((await this.graph(ability, spec.productGroupId)).graph, spec);
    return this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(ScenarioEntity, {
          roadmapId: roadmap.id,
          name: title,
          input: spec as unknown as Record<string, unknown>,
          createdBy: actor.userId,
          createdByOrgId: actor.organisationId,
        }),
      );
      await recordAudit(em, actor, 'scenario.create', 'Scenario', saved.id, { roadmapId: roadmap.id, name: title, events: spec.events.length });
      return toSavedModel({ ...saved, input: spec });
    });
  }

  async deleteScenario(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const [row] = await em.query<SavedRow[]>(
        `SELECT id, roadmap_id AS "roadmapId", name, created_by_org_id AS "createdByOrgId" FROM scenario WHERE id = $1 FOR UPDATE`,
        [isUuid(id) ? id : null],
      );
      const asRisk = row ? subject('Risk', { roadmapId: row.roadmapId, ownerOrgId: row.createdByOrgId }) : null;
      if (!row || !ability.can('read', asRisk!)) throw new DomainError('NOT_FOUND', 'scenario not found', 'id');
      if (!ability.can('delete', asRisk!) && !ability.can('update', asRisk!)) {
        throw forbidden('Only the roadmap lead or the organisation that saved it may delete this scenario');
      }
      await em.query('DELETE FROM scenario WHERE id = $1', [row.id]);
      await recordAudit(em, actor, 'scenario.delete', 'Scenario', row.id, { roadmapId: row.roadmapId, name: row.name });
      return true;
    });
  }

  /** One saved scenario, if the viewer may read its roadmap's content; NOT_FOUND (field id) otherwise. */
  async savedScenario(ability: AppAbility, id: string): Promise<SavedScenarioModel> {
    const [row] = isUuid(id)
      ? await this.ds.query<SavedRow[]>(
          `SELECT id, roadmap_id AS "roadmapId", name, input, created_by_org_id AS "createdByOrgId", created_at AS "createdAt"
           FROM scenario WHERE id = $1`,
          [id],
        )
      : [];
    if (!row || !ability.can('read', subject('Risk', { roadmapId: row.roadmapId, ownerOrgId: row.createdByOrgId }))) {
      throw new DomainError('NOT_FOUND', 'scenario not found', 'id');
    }
    const [saved] = await this.asReadBy(ability, [row]);
    return saved!;
  }

  /** Saved scenarios per roadmap (newest first), only of roadmaps whose content the viewer may read. */
  async scenariosOf(ability: AppAbility, roadmapIds: readonly string[]): Promise<SavedScenarioModel[][]> {
    const readable = roadmapIds.filter((id) => isUuid(id) && ability.can('read', subject('Risk', { roadmapId: id })));
    const rows = readable.length
      ? await this.ds.query<SavedRow[]>(
          `SELECT id, roadmap_id AS "roadmapId", name, input, created_by_org_id AS "createdByOrgId", created_at AS "createdAt"
           FROM scenario WHERE roadmap_id = ANY($1::uuid[]) ORDER BY created_at DESC, id`,
          [readable],
        )
      : [];
    const saved = await this.asReadBy(ability, rows);
    return roadmapIds.map((id) => saved.filter((r) => r.roadmapId === id));
  }

  /**
   * Saved scenarios as one reader sees them: an event about an item the reader may not read is
   * left out of the question and of the result, name and all (the name is free text that may carry
   * what the item is), so the scenario reads as if that event had never been part of it.
   */
  private async asReadBy(ability: AppAbility, rows: SavedRow[]): Promise<SavedScenarioModel[]> {
    const itemIds = [...new Set(rows.flatMap((r) => r.input.events.map((e) => e.itemId).filter((id): id is string => !!id)))];
    const readable = new Set<string>();
    if (itemIds.length) {
      const f = accessibleWhere(ability, 'read', 'Item', 'i');
      const found = await queryNamed<{ id: string }>(this.ds, `SELECT i.id FROM item i WHERE (${f.sql}) AND i.id = ANY(CAST(:ids AS uuid[]))`, {
        ...f.params,
        ids: itemIds,
      });
      for (const { id } of found) readable.add(id);
    }
    return rows.map((row) =>
      toSavedModel({ ...row, input: { ...row.input, events: row.input.events.filter((e) => !e.itemId || readable.has(e.itemId)) } }),
    );
  }

  /** The result of a saved scenario for this viewer, on the chain they may see. */
  async savedScenarioResult(ability: AppAbility, saved: SavedScenarioModel, requestKey?: object): Promise<ScenarioResultModel> {
    const spec = saved.spec;
    const loaded = await this.graph(ability, spec.productGroupId, requestKey);
    return { ...this.scenarioIn(loaded.graph, spec, true), name: saved.name };
  }

  // ---- materials and items ----------------------------------------------------------------------

  /** HHI of a material's supply at one stage and scope; null without shares on record. */
  async materialConcentration(ability: AppAbility, materialId: string, stage: SupplyStage, scope: SupplyScope, requestKey?: object): Promise<ConcentrationModel | null> {
    const entry = (await this.catalogue(ability, requestKey)).byId.get(materialId);
    const result = entry ? materialConcentration(entry.material, stage, scope) : null;
    return result ? toConcentrationModel(result, stage, scope) : null;
  }

  /**
   * Supply risk after the EU (JRC) method from the data on record, with the inputs used and missing.
   * A group (LREE, HREE, PGM) whose shares are published per element counts its riskiest element
   * (or its own rows, where those are riskier).
   */
  async materialSupplyRisk(ability: AppAbility, materialId: string, requestKey?: object): Promise<SupplyRiskModel | null> {
    const catalogue = await this.catalogue(ability, requestKey);
    return computeSupplyRisk(catalogue, materialId);
  }

  /** Concentration of an item's supply over its links' countries, over the links the viewer's aggregates may use. */
  itemSupplierConcentration(
    contributions: readonly { country: string | null; share: number | null; organisationId: string; visibleToViewer: boolean }[],
  ): ItemSupplierConcentrationModel {
    const { records, includesOthers } = recordsForViewer(contributions.map((c) => ({ ...c, weight: c.share ?? 0 })));
    const result = concentration(records.map((c) => ({ key: c.country, share: c.share })));
    return { includesOthers, concentration: result ? toConcentrationModel(result, null, 'ITEM_SUPPLIERS') : null };
  }
}

// ---- mapping to the GraphQL models ------------------------------------------------------------------

/** A page cursor is the position after the last node returned. */
function decodeOffset(after: string | null | undefined): number {
  const cursor = decodeCursor(after);
  if (!cursor) return 0;
  const offset = Number(cursor[0]);
  if (cursor[1] !== 'offset' || !Number.isInteger(offset) || offset < 0) throw badInput('after', 'after is not a cursor this API returned');
  return offset;
}

function targetName(graph: ChainGraph, d: Dependency): string {
  switch (d.target.kind) {
    case 'MATERIAL':
      return graph.materials[graph.materialIndex.get(d.target.materialId)!]!.name;
    case 'COUNTRY':
      return countryName(d.target.country) ?? d.target.country;
    case 'ITEM':
      return d.label;
  }
}

function toWeakLinkModel(w: WeakLink): WeakLinkModel {
  return { kind: w.kind, country: w.country ?? null, value: w.value, contribution: w.contribution, itemId: w.itemId ?? null, materialId: w.materialId ?? null };
}

export function toDependencyModel(graph: ChainGraph, d: Dependency): DependencyModel {
  const t = d.target;
  return {
    key: d.key,
    kind: t.kind,
    platformId: d.platformId,
    rank: d.rank,
    target: {
      kind: t.kind,
      id: t.kind === 'MATERIAL' ? t.materialId : t.kind === 'COUNTRY' ? t.country : t.itemId,
      name: targetName(graph, d),
      symbol: t.kind === 'MATERIAL' ? d.label : null,
      materialId: t.kind === 'MATERIAL' ? t.materialId : null,
      itemId: t.kind === 'ITEM' ? t.itemId : null,
    },
    score: {
      value: d.score.value,
      coverage: d.score.coverage,
      factors: d.score.factors.map((f) => ({
        key: FACTOR_KEYS[f.key],
        available: f.available,
        raw: f.raw,
        normalized: f.normalized,
        weight: f.weight,
        effectiveWeight: f.effectiveWeight,
        contribution: f.contribution,
        source: f.source
          ? {
              country: f.source.country ?? null,
              stage: f.source.stage ?? null,
              supplyLinkId: f.source.linkId ?? null,
              itemId: f.source.itemId ?? null,
              materialId: f.source.materialId ?? null,
            }
          : null,
      })),
    },
    weakestLink: d.weakestLink ? toWeakLinkModel(d.weakestLink) : null,
    weakLinks: weakLinksOf(d).map(toWeakLinkModel),
    quantity: { ...d.quantity },
    itemCount: d.itemCount,
    pathCount: d.pathCount,
    paths: d.paths.map((p) => ({ itemIds: p.itemIds, quantity: p.quantity })),
  };
}

function toScenarioModel(result: ScenarioResult, spec: ScenarioSpec, warnings: string[]): ScenarioResultModel {
  const { months } = result;
  const month = (index: number): string | null => (index >= 0 && index < months.length ? months[index]! : null);
  return {
    name: spec.name,
    months,
    events: result.events.map((e) => ({
      id: e.id,
      targetKind: e.target.kind,
      materialId: e.target.kind === 'MATERIAL' ? e.target.materialId : null,
      itemId: e.target.kind === 'ITEM' ? e.target.itemId : null,
      country: e.country,
      cutFraction: e.cutFraction,
      sourceShare: e.sourceShare,
      stage: e.stage,
      supplyLoss: e.supplyLoss,
      from: e.toMonth > e.fromMonth ? month(e.fromMonth) : null,
      until: month(e.toMonth),
    })),
    platforms: result.platforms.map((p) => ({
      platformId: p.platformId,
      firstShortfall: p.firstShortfall,
      worstAvailability: p.worstAvailability,
      timeline: p.timeline.map((t) => ({ month: t.month, availability: t.availability, shortfall: 1 - t.availability })),
      shortItemCount: p.shortItemIds.length,
      shortItemIds: p.shortItemIds.slice(0, spec.itemLimit),
    })),
    items: result.items.slice(0, spec.itemLimit).map((s) => ({
      itemId: s.itemId,
      supplyDropFrom: months[s.supplyDropMonth]!,
      shortfallFrom: s.shortfallFrom,
      worstAvailability: s.worstAvailability,
      worstShortfall: 1 - s.worstAvailability,
      worstMonth: month(s.worstMonth),
      monthsShort: s.monthsShort,
      recoveredFrom: s.recoveredMonth === null ? null : month(s.recoveredMonth),
      causes: s.causes,
      availability: s.availability,
    })),
    shortItemCount: result.items.length,
    warnings: [...warnings, ...result.warnings],
  };
}

function toSavedModel(row: SavedRow): SavedScenarioModel {
  const spec: ScenarioSpec = { name: null, startDate: null, horizonMonths: 24, scope: 'GLOBAL', itemLimit: 100, ...row.input };
  return {
    spec,
    id: row.id,
    roadmapId: row.roadmapId,
    name: row.name,
    createdAt: row.createdAt,
    createdByOrgId: row.createdByOrgId,
    input: {
      productGroupId: spec.productGroupId,
      startDate: spec.startDate,
      horizonMonths: spec.horizonMonths,
      scope: spec.scope,
      events: spec.events.map((e) => ({ ...e, cutPercent: Math.round(e.cutFraction * 1e8) / 1e6 })),
    },
  };
}

export function toConcentrationModel(c: ConcentrationResult, stage: SupplyStage | null, scope: ConcentrationScopeValue): ConcentrationModel {
  return {
    stage,
    scope,
    hhi: c.hhi,
    points: c.hhiPoints,
    band: c.band,
    hhiUpper: c.hhiUpper,
    bandUpper: c.bandUpper,
    coverage: c.coverage,
    unattributedShare: c.unattributedShare,
    upperBoundShares: c.upperBoundParties,
    rescaledFrom: c.rescaledFrom,
    shares: c.shares.map((s) => ({ country: s.key, share: s.share })),
  };
}

const INPUT_NAMES = { IMPORT_RELIANCE: 'import reliance', EOL_RIR: 'EoL-RIR', SUBSTITUTION_INDEX: 'substitution index' } as const;

/**
 * Supply risk of one material of the catalogue (exported for the docs table, which must come from
 * this code). `null` for a material not in the catalogue.
 */
export function computeSupplyRisk(catalogue: MaterialCatalogue, materialId: string): SupplyRiskModel | null {
  const entry = catalogue.byId.get(materialId);
  if (!entry) return null;
  const own = supplyRisk(entry.material);
  let chosen: { risk: SupplyRiskResult; id: string } = { risk: own, id: materialId };
  for (const memberId of catalogue.membersOf.get(entry.material.symbol) ?? []) {
    const risk = supplyRisk(catalogue.byId.get(memberId)!.material);
    if (risk.value !== null && (chosen.risk.value === null || risk.value > chosen.risk.value)) chosen = { risk, id: memberId };
  }
  const basedOn = catalogue.byId.get(chosen.id)!;
  const notes: string[] = [];
  if (chosen.id !== materialId) {
    notes.push(
      `${entry.material.symbol} is published per element: the highest supply risk among its elements counts, here ${basedOn.material.symbol}` +
        (own.value === null ? '' : ` (the group's own rows give ${own.value.toFixed(3)})`),
    );
  }
  if (basedOn.inherited) {
    notes.push(
      `${basedOn.material.symbol} has no ${basedOn.inherited.inputs.map((i) => INPUT_NAMES[i]).join(' or ')} of its own: ` +
        `the value of its group ${basedOn.inherited.fromSymbol} is used`,
    );
  }
  const r = chosen.risk;
  return {
    value: r.value,
    stage: r.stage,
    method: r.method,
    scaleMax: r.scaleMax,
    inputsUsed: r.inputsUsed,
    inputsMissing: r.inputsMissing,
    published: entry.publishedSupplyRisk,
    notes: [...notes, ...r.notes],
    stages: r.stages.map((s) => ({ stage: s.stage, value: s.value, hhiGlobal: s.hhiGlobal, hhiEu: s.hhiEu, blend: s.blend })),
    basedOnMaterialId: chosen.id === materialId ? null : chosen.id,
  };
}
