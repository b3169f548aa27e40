import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import {
  countryName,
  DomainError,
  exportNumber,
  exportPercent,
  type ChainGraph,
  type ExportLocale,
  type FigureContent,
  type LiveFigureRef,
} from '@routekaart/domain';
import { AnalysisService } from '../analysis/analysis.service';
import { ScenarioService } from '../scenarios/scenario.service';

type Ok = Extract<FigureContent, { status: 'ok' }>;

const TEXT = {
  nl: {
    dependencies: (of: string) => `Afhankelijkheden: ${of}`,
    dependencyColumns: ['Platform', 'Afhankelijkheid', 'Soort', 'Score', 'Hoeveelheid'],
    kinds: { MATERIAL: 'grondstof', COUNTRY: 'land', ITEM: 'onderdeel' } as Record<string, string>,
    material: (name: string, symbol: string) => `Grondstof: ${name} (${symbol})`,
    materialColumns: ['Kengetal', 'Waarde'],
    publishedRisk: 'Leveringsrisico (EU 2023)',
    computedRisk: 'Leveringsrisico (berekend)',
    importReliance: 'Importafhankelijkheid',
    recycling: 'Recycling (EoL-RIR)',
    substitution: 'Substitutie-index',
    share: (stage: string, country: string) => `${stage === 'EXTRACTION' ? 'Winning' : 'Verwerking'}: ${country}`,
    otherCountries: 'overige landen',
    scenario: (name: string) => `Scenario: ${name}`,
    scenarioColumns: ['Platform', 'Eerste tekort', 'Laagste beschikbaarheid', 'Onderdelen met tekort'],
    never: 'geen',
    shortItems: (n: number) => `Onderdelen met tekort in totaal: ${n}`,
  },
  en: {
    dependencies: (of: string) => `Dependencies: ${of}`,
    dependencyColumns: ['Platform', 'Dependency', 'Kind', 'Score', 'Quantity'],
    kinds: { MATERIAL: 'material', COUNTRY: 'country', ITEM: 'item' } as Record<string, string>,
    material: (name: string, symbol: string) => `Material: ${name} (${symbol})`,
    materialColumns: ['Key figure', 'Value'],
    publishedRisk: 'Supply risk (EU 2023)',
    computedRisk: 'Supply risk (computed)',
    importReliance: 'Import reliance',
    recycling: 'Recycling (EoL-RIR)',
    substitution: 'Substitution index',
    share: (stage: string, country: string) => `${stage === 'EXTRACTION' ? 'Extraction' : 'Processing'}: ${country}`,
    otherCountries: 'other countries',
    scenario: (name: string) => `Scenario: ${name}`,
    scenarioColumns: ['Platform', 'First shortfall', 'Lowest availability', 'Items short'],
    never: 'none',
    shortItems: (n: number) => `Items short in total: ${n}`,
  },
} as const;

/** Country shares shown per stage in a material figure. */
const SHARES_PER_STAGE = 5;

/**
 * Live figures resolved for one reader, through the same services the GraphQL fields use, with that
 * reader's ability: a figure whose subject the reader may not see, or that does not exist, becomes
 * `hidden` — both the same, so an export tells nothing about what is hidden.
 */
@Injectable()
export class LiveFigureService {
  constructor(
    private readonly ds: DataSource,
    private readonly analysis: AnalysisService,
    private readonly scenarios: ScenarioService,
  ) {}

  /** `requestKey` lets the figures of one export share one load of a chain. */
  async resolve(ability: AppAbility, ref: LiveFigureRef | null, locale: ExportLocale, requestKey: object): Promise<FigureContent> {
    if (!ref) return { status: 'invalid' };
    try {
      switch (ref.figure) {
        case 'dependencies':
          return await this.dependencies(ability, ref, locale, requestKey);
        case 'material':
          return await this.material(ability, ref.materialId, locale, requestKey);
        case 'scenario':
          return await this.scenario(ability, ref.scenarioId, locale, requestKey);
      }
    } catch (error) {
      // NOT_FOUND (hidden or missing) and BAD_USER_INPUT (a malformed id) look the same to the reader.
      if (error instanceof DomainError) return { status: 'hidden' };
      throw error;
    }
  }

  private async dependencies(ability: AppAbility, ref: Extract<LiveFigureRef, { figure: 'dependencies' }>, locale: ExportLocale, requestKey: object): Promise<Ok> {
    const text = TEXT[locale];
    const page = await this.analysis.dependencies(
      ability,
      { productGroupId: ref.productGroupId, itemId: ref.itemId, kind: ref.dependencyKind, first: ref.limit, orderBy: 'SCORE' },
      requestKey,
    );
    // The item was found readable above; its product group names the chain it was computed on.
    const productGroupId = ref.productGroupId ?? (await this.productGroupOf(ref.itemId!));
    const { graph } = await this.analysis.graph(ability, productGroupId, requestKey);
    const of = ref.itemId ? itemName(graph, ref.itemId) : await this.productGroupName(productGroupId);
    return {
      status: 'ok',
      title: text.dependencies(of),
      columns: [...text.dependencyColumns],
      rows: page.nodes.map((d) => [
        itemName(graph, d.platformId),
        d.target.name,
        text.kinds[d.kind] ?? d.kind,
        exportNumber(d.score.value, locale, 1),
        `${exportNumber(d.quantity.value, locale, 2)} ${d.quantity.unit}`,
      ]),
      notes: [],
    };
  }

  private async material(ability: AppAbility, materialId: string, locale: ExportLocale, requestKey: object): Promise<Ok | { status: 'hidden' }> {
    const text = TEXT[locale];
    const entry = (await this.analysis.catalogue(ability, requestKey)).byId.get(materialId);
    if (!entry) return { status: 'hidden' };
    const m = entry.material;
    const computed = await this.analysis.materialSupplyRisk(ability, materialId, requestKey);
    const rows: string[][] = [
      [text.publishedRisk, exportNumber(entry.publishedSupplyRisk, locale, 2)],
      [text.computedRisk, computed?.value === null || computed?.value === undefined ? '–' : `${exportNumber(computed.value, locale, 2)} / ${exportNumber(computed.scaleMax, locale, 0)}`],
      [text.importReliance, exportPercent(m.importReliance, locale)],
      [text.recycling, exportPercent(m.eolRecyclingRate, locale)],
      [text.substitution, exportNumber(m.substitutionIndex, locale, 2)],
    ];
    for (const stage of ['EXTRACTION', 'PROCESSING'] as const) {
      const concentration = await this.analysis.materialConcentration(ability, materialId, stage, 'GLOBAL', requestKey);
      for (const share of concentration?.shares.slice(0, SHARES_PER_STAGE) ?? []) {
        const country = share.country ? (countryName(share.country) ?? share.country) : text.otherCountries;
        rows.push([text.share(stage, country), exportPercent(share.share, locale)]);
      }
    }
    return { status: 'ok', title: text.material(m.name, m.symbol), columns: [...text.materialColumns], rows, notes: [] };
  }

  private async scenario(ability: AppAbility, scenarioId: string, locale: ExportLocale, requestKey: object): Promise<Ok> {
    const text = TEXT[locale];
    const saved = await this.scenarios.savedScenario(ability, scenarioId);
    const result = await this.scenarios.savedScenarioResult(ability, saved, requestKey);
    const { graph } = await this.analysis.graph(ability, saved.spec.productGroupId, requestKey);
    return {
      status: 'ok',
      title: text.scenario(saved.name),
      columns: [...text.scenarioColumns],
      rows: result.platforms.map((p) => [itemName(graph, p.platformId), p.firstShortfall ?? text.never, exportPercent(p.worstAvailability, locale), String(p.shortItemCount)]),
      notes: [text.shortItems(result.shortItemCount)],
    };
  }

  private async productGroupOf(itemId: string): Promise<string> {
    const [row] = (await this.ds.query(`SELECT product_group_id AS "productGroupId" FROM item WHERE id = $1`, [itemId])) as { productGroupId: string }[];
    if (!row) throw new DomainError('NOT_FOUND', 'item not found', 'itemId');
    return row.productGroupId;
  }

  private async productGroupName(productGroupId: string): Promise<string> {
    // Product groups are read by every user (the permission matrix); dependencies() checked it exists.
    const [row] = (await this.ds.query(`SELECT name FROM product_group WHERE id = $1`, [productGroupId])) as { name: string }[];
    if (!row) throw new DomainError('NOT_FOUND', 'product group not found', 'productGroupId');
    return row.name;
  }
}

/** The name of an item of the reader's graph (which holds only items the reader may read). */
function itemName(graph: ChainGraph, id: string): string {
  const index = graph.itemIndex.get(id);
  return index === undefined ? '–' : graph.items[index]!.name;
}
