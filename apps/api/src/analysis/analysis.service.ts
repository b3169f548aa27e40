import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, type SupplyScope, type SupplyStage } from '@routekaart/db';
import {
  badInput,
  concentration,
  recordsForViewer,
  DomainError,
  explodePlatform,
  explodeProductGroup,
  groupSupplyRisk,
  materialConcentration,
  runScenario,
  dependencyHeatmap,
  topDependencies,
  updateExplosions,
  type ChainGraph,
  type Dependency,
  type DependencyKind,
  type DependencyTarget,
  type PlatformExplosion,
} from '@routekaart/domain';
import { todayUtc } from '../common/dates';
import { Metrics } from '../common/metrics';
import { isUuid } from '../common/ids';
import { encodeCursor, decodeCursor, pageSize, type Page } from '../common/pagination';
import { queryNamed } from '../common/sql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { loadAnalysisGraph, loadMaterialCatalogue, readChainChanges, updateAnalysisGraph, type AnalysisGraph, type MaterialCatalogue } from './analysis-graph.loader';
import { VersionedCache, viewKey } from './versioned-cache';
import { engineEvents, validateScenarioInput, type ScenarioInput, type ScenarioSpec } from './analysis.inputs';
import { targetName, toConcentrationModel, toDependencyModel, toScenarioModel, toSupplyRiskModel } from './analysis.mappers';
import type {
  ConcentrationModel,
  DependencyHeatmapModel,
  DependencyModel,
  DependencyOrderValue,
  ItemSupplierConcentrationModel,
  ScenarioResultModel,
  SupplyRiskModel,
} from './analysis.models';

interface ExplodeOptions {
  kinds?: DependencyKind[];
  maxPathsPerDependency: number;
}

/** Every platform's explosion with some options, or how to work them out when first asked. */
interface KeptExplosions {
  options: ExplodeOptions;
  explosions: PlatformExplosion[] | (() => PlatformExplosion[]);
}

/** Example paths kept per dependency. */
export const PATHS_PER_DEPENDENCY = 5;

export interface DependenciesArgs {
  productGroupId?: string | null;
  itemId?: string | null;
  kind?: DependencyKind | null;
  first?: number | null;
  after?: string | null;
  orderBy?: DependencyOrderValue | null;
}

/** What a chain view is read with: the graph is shared by viewers whose rules for these agree. */
const CATALOGUE_SUBJECTS = ['Material', 'MaterialSupply', 'ExportRestriction'] as const;
const GRAPH_SUBJECTS = ['Item', 'Composition', 'SupplyLink', ...CATALOGUE_SUBJECTS] as const;

/**
 * The analysis use cases: dependencies, heatmap and scenarios on the chain a viewer may see, and the
 * computed concentration and supply risk of materials (saved scenarios build on it: `scenarios/`).
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
  private readonly explosions = new WeakMap<ChainGraph, Map<string, KeptExplosions>>();

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'analysisCacheGraphs'>,
    @Optional() metrics?: Metrics,
  ) {
    this.cachedGraphs = new VersionedCache(config.analysisCacheGraphs, (result) => metrics?.analysisCache.inc({ result }));
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
      const version = await this.dataVersion(requestKey);
      return this.cachedGraphs.get(
        `${productGroupId}|${viewKey(ability, GRAPH_SUBJECTS)}`,
        version,
        () => loadAnalysisGraph(this.ds, ability, productGroupId, this.catalogue(ability, requestKey)),
        (kept, keptVersion) => this.updateGraph(ability, kept, keptVersion, version),
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
    return this.dependencyIn(graph, key);
  }

  /**
   * One dependency by its key on a loaded graph, as `dependency` computes it; null when the key does
   * not parse, its item is not in the graph, or the item has no such dependency. For callers that
   * look up many keys of one product group (the risk register's live scores).
   */
  dependencyIn(graph: ChainGraph, key: string): DependencyModel | null {
    const [rootId, kind, targetId, ...rest] = key.split('|');
    if (!rootId || !targetId || rest.length > 0 || (kind !== 'MATERIAL' && kind !== 'COUNTRY' && kind !== 'ITEM')) return null;
    if (!graph.itemIndex.has(rootId)) return null;
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
  private explodeAll(graph: ChainGraph, options: ExplodeOptions): PlatformExplosion[] {
    const key = `${options.kinds?.join(',') ?? 'all'}|${options.maxPathsPerDependency}`;
    let byOptions = this.explosions.get(graph);
    if (!byOptions) this.explosions.set(graph, (byOptions = new Map()));
    let kept = byOptions.get(key);
    if (!kept) byOptions.set(key, (kept = { options, explosions: () => explodeProductGroup(graph, options) }));
    // Carried over from an update (or new): worked out at the first request that needs it.
    if (typeof kept.explosions === 'function') kept.explosions = kept.explosions();
    return kept.explosions;
  }

  /**
   * A kept graph brought from `keptVersion` to `version` with the rows that changed in between (the
   * change log names the items; they are read again with the viewer's permission filters), or null
   * to load it again (see `readChainChanges` and `updateAnalysisGraph` for when). The explosions kept
   * with it carry over (`updateExplosions`): a platform above an item whose figures changed gets the
   * rows that changed worked out again, or is exploded again; the others keep their tables.
   */
  private async updateGraph(ability: AppAbility, kept: AnalysisGraph, keptVersion: string, version: string): Promise<AnalysisGraph | null> {
    const [from, fromDay] = keptVersion.split('|');
    const [to, toDay] = version.split('|');
    // Export restrictions in force change with the date: the catalogue is read again.
    if (fromDay !== toDay || Number(to) < Number(from)) return null;
    const changes = await readChainChanges(this.ds, kept.productGroupId, from!, to!);
    const updated = changes && (await updateAnalysisGraph(this.ds, ability, kept, changes));
    if (!updated) return null;
    if (updated.loaded !== kept) this.carryExplosions(kept.graph, updated.loaded.graph, updated.changed);
    return updated.loaded;
  }

  private carryExplosions(old: ChainGraph, next: ChainGraph, changed: Int32Array): void {
    const kept = this.explosions.get(old);
    if (!kept) return;
    const carried = new Map<string, KeptExplosions>();
    for (const [key, { options, explosions }] of kept) {
      if (typeof explosions === 'function') continue; // never worked out: nothing to carry
      // Worked out at the first request that needs them; the old graph is held until then.
      carried.set(key, { options, explosions: () => updateExplosions(explosions, old, next, changed, options) });
    }
    this.explosions.set(next, carried);
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
    const result = groupSupplyRisk(catalogue, materialId);
    return result ? toSupplyRiskModel(result, catalogue.byId.get(materialId)!.publishedSupplyRisk) : null;
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

// ---- helpers ----------------------------------------------------------------------------------------

/** A page cursor is the position after the last node returned. */
function decodeOffset(after: string | null | undefined): number {
  const cursor = decodeCursor(after);
  if (!cursor) return 0;
  const offset = Number(cursor[0]);
  if (cursor[1] !== 'offset' || !Number.isInteger(offset) || offset < 0) throw badInput('after', 'after is not a cursor this API returned');
  return offset;
}
