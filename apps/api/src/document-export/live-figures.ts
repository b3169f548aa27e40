import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import {
  countryName,
  DomainError,
  exportNumber,
  exportPercent,
  isOverdue,
  materialLabelOf,
  quadrant,
  QUADRANTS,
  type ChainGraph,
  type ExportLocale,
  type FigureContent,
  type LiveFigureRef,
} from '@routekaart/domain';
import { AnalysisService } from '../analysis/analysis.service';
import type { Actor } from '../common/actor';
import { todayUtc } from '../common/dates';
import { InterventionService } from '../interventions/intervention.service';
import { RiskService } from '../risks/risk.service';
import { ScenarioService } from '../scenarios/scenario.service';

type Ok = Extract<FigureContent, { status: 'ok' }>;

const TEXT = {
  nl: {
    dependencies: (of: string) => `Afhankelijkheden: ${of}`,
    dependencyColumns: ['Platform', 'Afhankelijkheid', 'Soort', 'Score', 'Hoeveelheid'],
    kinds: { MATERIAL: 'grondstof', COUNTRY: 'land', ITEM: 'onderdeel' } as Record<string, string>,
    material: (label: string) => `Grondstof: ${label}`,
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
    agreements: 'Afspraken',
    agreementColumns: ['Interventie', 'Verantwoordelijke organisatie', 'Deadline', 'Resultaat', 'Status', 'Te laat'],
    risks: (n: number) => `Risicoregister: top ${n}`,
    riskColumns: ['Risico', 'Niveau', 'Status', 'Eigenaar'],
    matrix: 'Interventies naar effect en inspanning',
    matrixColumns: ['Kwadrant', 'Interventie', 'Status'],
    quadrants: { QUICK_WIN: 'Quick wins', MAJOR_PROJECT: 'Grote projecten', FILL_IN: 'Opvullers', THANKLESS_TASK: 'Ondankbare taken' } as Record<string, string>,
    interventionStatus: {
      PROPOSED: 'Voorgesteld',
      AGREED: 'Akkoord',
      IN_PROGRESS: 'In uitvoering',
      DONE: 'Afgerond',
      REJECTED: 'Afgewezen',
      WITHDRAWN: 'Ingetrokken',
    } as Record<string, string>,
    riskStatus: { OPEN: 'Open', MITIGATING: 'Wordt beperkt', ACCEPTED: 'Geaccepteerd', CLOSED: 'Gesloten' } as Record<string, string>,
    yes: 'ja',
    no: 'nee',
    moreRisks: (n: number) => `Nog ${n} ${n === 1 ? 'risico' : 'risico’s'} in het register`,
  },
  en: {
    dependencies: (of: string) => `Dependencies: ${of}`,
    dependencyColumns: ['Platform', 'Dependency', 'Kind', 'Score', 'Quantity'],
    kinds: { MATERIAL: 'material', COUNTRY: 'country', ITEM: 'item' } as Record<string, string>,
    material: (label: string) => `Material: ${label}`,
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
    agreements: 'Agreements',
    agreementColumns: ['Intervention', 'Responsible organisation', 'Due date', 'Deliverable', 'Status', 'Overdue'],
    risks: (n: number) => `Risk register: top ${n}`,
    riskColumns: ['Risk', 'Level', 'Status', 'Owner'],
    matrix: 'Interventions by impact and effort',
    matrixColumns: ['Quadrant', 'Intervention', 'Status'],
    quadrants: { QUICK_WIN: 'Quick wins', MAJOR_PROJECT: 'Major projects', FILL_IN: 'Fill-ins', THANKLESS_TASK: 'Thankless tasks' } as Record<string, string>,
    interventionStatus: {
      PROPOSED: 'Proposed',
      AGREED: 'Agreed',
      IN_PROGRESS: 'In progress',
      DONE: 'Done',
      REJECTED: 'Rejected',
      WITHDRAWN: 'Withdrawn',
    } as Record<string, string>,
    riskStatus: { OPEN: 'Open', MITIGATING: 'Mitigating', ACCEPTED: 'Accepted', CLOSED: 'Closed' } as Record<string, string>,
    yes: 'yes',
    no: 'no',
    moreRisks: (n: number) => `${n} more ${n === 1 ? 'risk' : 'risks'} in the register`,
  },
} as const;

/** "Wolfraam (W)" in a Dutch export (`dutch`: the catalogue's Dutch names by id), "Tungsten (W)" in an English one. */
function materialLabel(material: { id: string; symbol: string; name: string }, locale: ExportLocale, dutch: ReadonlyMap<string, string>): string {
  return materialLabelOf({ symbol: material.symbol, name: (locale === 'nl' && dutch.get(material.id)) || material.name });
}

/** Who reads the figures, and the roadmap of the document they are in. */
export interface FigureReader {
  actor: Actor;
  ability: AppAbility;
  /** The roadmap-wide figures (agreements, risks, intervention matrix) show this roadmap. */
  roadmapId: string;
}

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
    private readonly interventions: InterventionService,
    private readonly riskRegister: RiskService,
  ) {}

  private readonly dutchNamesByRequest = new WeakMap<object, Promise<Map<string, string>>>();

  /** `requestKey` lets the figures of one export share one load of a chain. */
  async resolve(reader: FigureReader, ref: LiveFigureRef | null, locale: ExportLocale, requestKey: object): Promise<FigureContent> {
    if (!ref) return { status: 'invalid' };
    const { ability } = reader;
    try {
      switch (ref.figure) {
        case 'dependencies':
          return await this.dependencies(ability, ref, locale, requestKey);
        case 'material':
          return await this.material(ability, ref.materialId, locale, requestKey);
        case 'scenario':
          return await this.scenario(ability, ref.scenarioId, locale, requestKey);
        case 'agreements':
          return await this.agreements(reader, locale);
        case 'risks':
          return await this.risks(reader, ref.limit, locale);
        case 'interventionMatrix':
          return await this.interventionMatrix(reader, locale);
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
    const dutch = await this.dutchNames(requestKey);
    return {
      status: 'ok',
      title: text.dependencies(of),
      columns: [...text.dependencyColumns],
      rows: page.nodes.map((d) => [
        itemName(graph, d.platformId),
        d.kind === 'MATERIAL' ? materialLabel({ id: d.target.id, symbol: d.target.symbol!, name: d.target.name }, locale, dutch) : d.target.name,
        text.kinds[d.kind] ?? d.kind,
        exportNumber(d.score.value, locale, 1),
        `${exportNumber(d.quantity.value, locale, 2)} ${d.quantity.unit}`,
      ]),
      notes: [],
    };
  }

  /** The catalogue's Dutch material names, read once per export (the analysis keeps the English ones). */
  private dutchNames(requestKey: object): Promise<Map<string, string>> {
    let names = this.dutchNamesByRequest.get(requestKey);
    if (!names) {
      names = this.ds
        .query<{ id: string; nameNl: string }[]>('SELECT id::text AS id, name_nl AS "nameNl" FROM material WHERE name_nl IS NOT NULL')
        .then((rows) => new Map(rows.map((r) => [r.id, r.nameNl])));
      this.dutchNamesByRequest.set(requestKey, names);
    }
    return names;
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
    return { status: 'ok', title: text.material(materialLabel(m, locale, await this.dutchNames(requestKey))), columns: [...text.materialColumns], rows, notes: [] };
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

  /** The agreements list as the agreements page shows it to the reader (the same rows its CSV has). */
  private async agreements({ ability, roadmapId }: FigureReader, locale: ExportLocale): Promise<Ok> {
    const text = TEXT[locale];
    const today = todayUtc();
    const rows = await this.interventions.agreementRows(ability, roadmapId);
    return {
      status: 'ok',
      title: text.agreements,
      columns: [...text.agreementColumns],
      rows: rows.map((r) => [
        r.title,
        r.ownerOrgName ?? '–',
        r.dueDate ?? '–',
        r.deliverable ?? '–',
        text.interventionStatus[r.status] ?? r.status,
        isOverdue(r.dueDate, r.status, today) ? text.yes : text.no,
      ]),
      notes: [],
    };
  }

  /** The register's riskiest `limit` risks the reader may read (the register is ordered by level). */
  private async risks({ ability, roadmapId }: FigureReader, limit: number, locale: ExportLocale): Promise<Ok> {
    const text = TEXT[locale];
    const all = await this.riskRegister.risks(ability, roadmapId);
    const shown = all.slice(0, limit);
    const owners = await this.organisationNames(shown.map((r) => r.ownerOrgId));
    return {
      status: 'ok',
      title: text.risks(limit),
      columns: [...text.riskColumns],
      rows: shown.map((r) => [
        r.title,
        `${r.level} (${r.likelihood} × ${r.impact})`,
        text.riskStatus[r.status] ?? r.status,
        (r.ownerOrgId && owners.get(r.ownerOrgId)) ?? '–',
      ]),
      notes: all.length > shown.length ? [text.moreRisks(all.length - shown.length)] : [],
    };
  }

  /** Every intervention the reader may read, by quadrant (quick wins first), titles and status only. */
  private async interventionMatrix({ actor, ability, roadmapId }: FigureReader, locale: ExportLocale): Promise<Ok> {
    const text = TEXT[locale];
    // Only title, status, impact and effort leave here: the (possibly confidential) details never do.
    const interventions = await this.interventions.interventions(actor, ability, roadmapId);
    const rows: string[][] = [];
    for (const q of QUADRANTS) {
      for (const i of interventions.filter((i) => quadrant(i.impact, i.effort) === q)) {
        rows.push([text.quadrants[q] ?? q, i.title, text.interventionStatus[i.status] ?? i.status]);
      }
    }
    return { status: 'ok', title: text.matrix, columns: [...text.matrixColumns], rows, notes: [] };
  }

  /** Organisation names are public (every user reads the directory). */
  private async organisationNames(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = (await this.ds.query(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`, [wanted])) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
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
