import type { EntityManager } from 'typeorm';
import type { OrganisationKind, Visibility } from '@routekaart/access';
import type { RoadmapPhase } from '../entities/chain.entities';
import type { ActivityKind, ActivitySubject, Instrument, InterventionStatus, InterventionType, RiskStatus, TimeHorizon } from '../entities/roadmap-work.entities';
import type { DemoOrgKey } from './demo-fleet';

/**
 * The demo roadmap's own work (issue 16), as the ship roadmap's participants would have recorded it
 * in the weeks before a demo: a risk register drawn up in a workshop, the interventions the parties
 * proposed against those risks, the lead's decisions, the agreements that followed and their progress,
 * with the history and the activity feed that go with it. Pure data plus one seeding function.
 *
 * The story follows the Kamerbrief of January 2025: stockpiling first (gallium, germanium, NdFeB
 * magnets), CRM criteria and a geopolitical premium in Defence procurement, a second magnet source
 * outside China, substitution research for gallium in radar, a design change that lowers dysprosium,
 * recycling at end of life, a long-term contract and EU/NATO cooperation on stockpiles.
 *
 * Dates are relative to the day of seeding, so "overdue" and "review due" mean the same on every
 * start. The risks were made by hand in the workshop: they name a material but no computed
 * dependency, so they carry no evidence snapshot and the risk analysis still lists the top
 * dependencies as open points. What is deliberately left open, for the phase stepper: a high risk
 * (terbium) without an intervention, an agreement without a due date, risks under agreed interventions
 * without a monitoring indicator.
 */

export interface DemoRisk {
  key: string;
  title: string;
  rationale: string;
  /** A material symbol of the catalogue. */
  materialSymbol: string;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  ownerOrgKey: DemoOrgKey | null;
  /** Review date in days from the day of seeding (negative: past). */
  reviewInDays: number | null;
  monitoringIndicator: string | null;
  createdByOrgKey: DemoOrgKey;
  createdDaysAgo: number;
}

/** One step after the proposal: a status transition or a progress report, by whom and when. */
export type DemoInterventionStep =
  | { kind: 'STATUS'; to: InterventionStatus; byOrgKey: DemoOrgKey; daysAgo: number; reason?: string }
  | { kind: 'PROGRESS'; progressPct: number; note: string; byOrgKey: DemoOrgKey; daysAgo: number }
  /** The lead sets the agreement's terms (responsible organisation, due date, deliverable). */
  | { kind: 'AGREEMENT'; byOrgKey: DemoOrgKey; daysAgo: number };

export interface DemoIntervention {
  key: string;
  title: string;
  description: string;
  type: InterventionType;
  instrument: Instrument;
  impact: number;
  effort: number;
  horizon: TimeHorizon;
  proposedByOrgKey: DemoOrgKey;
  proposedDaysAgo: number;
  ownerOrgKey: DemoOrgKey | null;
  ownerKind: OrganisationKind | null;
  riskKeys: string[];
  /** In order, each later than the one before. */
  steps: DemoInterventionStep[];
  dueInDays: number | null;
  deliverable: string | null;
  /** Confidential details, written by `orgKey`, which chose who else reads them. */
  details: { orgKey: DemoOrgKey; visibility: Visibility; text: string } | null;
}

export interface DemoPhaseChange {
  from: RoadmapPhase;
  to: RoadmapPhase;
  byOrgKey: DemoOrgKey;
  daysAgo: number;
  note: string;
}

export const DEMO_RISKS: readonly DemoRisk[] = [
  {
    key: 'R_GALLIUM',
    title: 'Gallium voor GaN-radarmodules komt vrijwel geheel uit China',
    rationale:
      'China produceert ruim 95% van het primaire gallium en stelt sinds 2023 exportvergunningen verplicht. De AESA-radar en de navigatieradars gebruiken GaN-op-SiC-versterkers; zonder trimethylgallium staat de productie van T/R-modules stil.',
    materialSymbol: 'Ga',
    likelihood: 4,
    impact: 5,
    status: 'MITIGATING',
    ownerOrgKey: 'radar',
    reviewInDays: 14,
    monitoringIndicator: 'Galliumprijs (Rotterdam, 99,99%) en het aantal verleende Chinese exportvergunningen per kwartaal',
    createdByOrgKey: 'radar',
    createdDaysAgo: 45,
  },
  {
    key: 'R_GERMANIUM',
    title: 'Germanium voor infraroodoptiek onder Chinese exportvergunning',
    rationale:
      'De germaniumlenzen van het IRST-systeem en de vuurleiding vragen zone-gezuiverd germanium. Het aanbod buiten China is klein en grotendeels gebonden aan langlopende contracten.',
    materialSymbol: 'Ge',
    likelihood: 4,
    impact: 4,
    status: 'OPEN',
    ownerOrgKey: 'radar',
    reviewInDays: 75,
    monitoringIndicator: null,
    createdByOrgKey: 'nmo',
    createdDaysAgo: 45,
  },
  {
    key: 'R_NDFEB',
    title: 'Gesinterde NdFeB-magneten voor de voortstuwing uit één land',
    rationale:
      'De permanentmagneetmotoren van alle drie de platforms gebruiken gesinterde NdFeB-magneten. Het NdPr-metaal en de magneten zelf komen vrijwel geheel uit China; een onderbreking raakt de nieuwbouw en het onderhoud.',
    materialSymbol: 'Nd',
    likelihood: 4,
    impact: 5,
    status: 'MITIGATING',
    ownerOrgKey: 'magneet',
    reviewInDays: -5,
    monitoringIndicator: 'Levertijd en prijs van N42SH-magneten bij de twee bronnen, maandelijks gemeld door Brabant Magneettechniek',
    createdByOrgKey: 'werf',
    createdDaysAgo: 44,
  },
  {
    key: 'R_DYSPROSIUM',
    title: 'Dysprosium voor hittebestendige magneten',
    rationale:
      'De N42SH-kwaliteit houdt zijn coërciviteit bij hoge temperatuur dankzij dysprosium. Zware zeldzame aarden worden bijna uitsluitend in China en Myanmar gewonnen en geraffineerd.',
    materialSymbol: 'Dy',
    likelihood: 5,
    impact: 4,
    status: 'OPEN',
    ownerOrgKey: 'werf',
    reviewInDays: 60,
    monitoringIndicator: null,
    createdByOrgKey: 'magneet',
    createdDaysAgo: 44,
  },
  {
    key: 'R_TERBIUM',
    title: 'Terbium in laagfrequente sonarprojectoren (Terfenol-D)',
    rationale:
      'De gesleepte sonar van het ASW-fregat gebruikt Terfenol-D-staven met terbium en dysprosium. Er is één leverancier en geen voorraad bij de integrator.',
    materialSymbol: 'Tb',
    likelihood: 3,
    impact: 5,
    status: 'OPEN',
    ownerOrgKey: 'radar',
    reviewInDays: 20,
    monitoringIndicator: null,
    createdByOrgKey: 'radar',
    createdDaysAgo: 30,
  },
  {
    key: 'R_TUNGSTEN',
    title: 'Wolfraam voor CIWS-munitie',
    rationale: 'De penetrators van de CIWS-munitie zijn van wolfraam-zwaarmetaal; de keten van het buitenlandse wapensysteem is maar deels bekend.',
    materialSymbol: 'W',
    likelihood: 3,
    impact: 4,
    status: 'OPEN',
    ownerOrgKey: 'defensie',
    reviewInDays: 10,
    monitoringIndicator: null,
    createdByOrgKey: 'defensie',
    createdDaysAgo: 30,
  },
  {
    key: 'R_TANTALUM',
    title: 'Tantaal in condensatoren van besturingsprintplaten',
    rationale:
      'Tantaalcondensatoren zitten op elke besturingsprintplaat. Het aanbod is gespreid genoeg en de hoeveelheden zijn klein; het risico wordt aanvaard en jaarlijks bekeken.',
    materialSymbol: 'Ta',
    likelihood: 2,
    impact: 3,
    status: 'ACCEPTED',
    ownerOrgKey: 'werf',
    reviewInDays: 200,
    monitoringIndicator: 'Jaarlijkse leveranciersverklaring conflictmineralen',
    createdByOrgKey: 'werf',
    createdDaysAgo: 29,
  },
  {
    key: 'R_GRAPHITE',
    title: 'Grafiet voor de anodes van het energieopslagsysteem',
    rationale: 'Sferoïdaal grafiet voor Li-ion-anodes wordt grotendeels in China verwerkt; de celleverancier heeft geen alternatief gekwalificeerd.',
    materialSymbol: 'GRAPHITE',
    likelihood: 3,
    impact: 3,
    status: 'OPEN',
    ownerOrgKey: null,
    reviewInDays: null,
    monitoringIndicator: null,
    createdByOrgKey: 'nmo',
    createdDaysAgo: 28,
  },
];

export const DEMO_INTERVENTIONS: readonly DemoIntervention[] = [
  {
    key: 'I_STOCKPILE',
    title: 'Strategische voorraad gallium, germanium en NdFeB-magneten',
    description:
      'De overheid legt een voorraad aan voor twaalf maanden productie en onderhoud: trimethylgallium voor de T/R-modules, germanium voor de IR-optiek en gesinterde NdFeB-magneten voor de voortstuwing. Opslag en rotatie bij de ketenpartners.',
    type: 'STOCKPILING',
    instrument: 'STRATEGIC_STOCKPILE',
    impact: 5,
    effort: 4,
    horizon: 'MEDIUM',
    proposedByOrgKey: 'ez',
    proposedDaysAgo: 25,
    ownerOrgKey: 'ez',
    ownerKind: 'GOVERNMENT',
    riskKeys: ['R_GALLIUM', 'R_GERMANIUM', 'R_NDFEB'],
    steps: [
      { kind: 'STATUS', to: 'AGREED', byOrgKey: 'defensie', daysAgo: 21 },
      { kind: 'AGREEMENT', byOrgKey: 'defensie', daysAgo: 21 },
      { kind: 'STATUS', to: 'IN_PROGRESS', byOrgKey: 'ez', daysAgo: 14 },
      { kind: 'PROGRESS', progressPct: 35, note: 'Raamovereenkomst opslag getekend; eerste tranche gallium besteld.', byOrgKey: 'ez', daysAgo: 4 },
    ],
    dueInDays: 120,
    deliverable: 'Voorraad voor 12 maanden productie en onderhoud, met rotatieplan en jaarlijkse rapportage aan de Kamer',
    details: null,
  },
  {
    key: 'I_CRM_CRITERIA',
    title: 'CRM-criteria in Defensie-aanbestedingen',
    description:
      'Bij nieuwe aanbestedingen van schepen en subsystemen vraagt Defensie naar de herkomst van kritieke grondstoffen en weegt leveringszekerheid mee bij de gunning.',
    type: 'PROCUREMENT_CRITERIA',
    instrument: 'PROCUREMENT',
    impact: 4,
    effort: 2,
    horizon: 'SHORT',
    proposedByOrgKey: 'defensie',
    proposedDaysAgo: 24,
    ownerOrgKey: 'defensie',
    ownerKind: 'GOVERNMENT',
    riskKeys: ['R_GALLIUM', 'R_NDFEB', 'R_DYSPROSIUM'],
    steps: [
      { kind: 'STATUS', to: 'AGREED', byOrgKey: 'ez', daysAgo: 20 },
      { kind: 'AGREEMENT', byOrgKey: 'ez', daysAgo: 20 },
    ],
    // Overdue: the guideline should have been out ten days ago.
    dueInDays: -10,
    deliverable: 'Aanbestedingsleidraad met CRM-gunningscriteria, vastgesteld door de Defensie Materieel Organisatie',
    details: null,
  },
  {
    key: 'I_GEO_PREMIUM',
    title: 'Geopolitieke premie bij gunning',
    description: 'Een prijsopslag die Defensie accepteert voor leveringen waarvan de kritieke grondstoffen uit bondgenootschappelijke landen komen.',
    type: 'GEOPOLITICAL_PREMIUM',
    instrument: 'PROCUREMENT',
    impact: 3,
    effort: 3,
    horizon: 'MEDIUM',
    proposedByOrgKey: 'defensie',
    proposedDaysAgo: 12,
    ownerOrgKey: 'defensie',
    ownerKind: 'GOVERNMENT',
    riskKeys: ['R_NDFEB', 'R_DYSPROSIUM'],
    steps: [],
    dueInDays: null,
    deliverable: null,
    details: null,
  },
  {
    key: 'I_SECOND_MAGNET_SOURCE',
    title: 'Tweede, niet-Chinese bron voor NdFeB-magneten',
    description:
      'De werf en Brabant Magneettechniek kwalificeren samen een tweede magneetleverancier met Europese of Japanse legeringen, zodat de voortstuwingsmotoren niet van één land afhangen.',
    type: 'DIVERSIFICATION',
    instrument: 'COVENANT',
    impact: 5,
    effort: 4,
    horizon: 'MEDIUM',
    proposedByOrgKey: 'werf',
    proposedDaysAgo: 22,
    ownerOrgKey: 'magneet',
    ownerKind: 'INDUSTRY',
    riskKeys: ['R_NDFEB', 'R_DYSPROSIUM'],
    steps: [
      { kind: 'STATUS', to: 'AGREED', byOrgKey: 'ez', daysAgo: 15 },
      // The terms name the magnet maker, but no date yet: an open point of the agreements phase.
      { kind: 'AGREEMENT', byOrgKey: 'ez', daysAgo: 15 },
    ],
    dueInDays: null,
    deliverable: 'Gekwalificeerde tweede leverancier met een eerste serielevering van magneten voor één motor',
    details: {
      orgKey: 'magneet',
      visibility: 'GOVERNMENT',
      text: 'Voorraad bij Brabant Magneettechniek: 1.850 kg gesinterde N42SH-magneten (ca. 7 maanden verbruik) en 400 kg dysprosium-ijzerlegering in consignatie.',
    },
  },
  {
    key: 'I_GALLIUM_SUBSTITUTION',
    title: 'Onderzoek naar substitutie van gallium in radar',
    description:
      'Het NMO onderzoekt met Delta Radar Systems hoe ver het galliumverbruik per T/R-module omlaag kan (dunnere epitaxie, hergebruik van precursor) en welke alternatieven er voor de navigatieradar zijn.',
    type: 'SUBSTITUTION',
    instrument: 'RESEARCH_PROGRAMME',
    impact: 3,
    effort: 4,
    horizon: 'LONG',
    proposedByOrgKey: 'nmo',
    proposedDaysAgo: 23,
    ownerOrgKey: 'nmo',
    ownerKind: 'KNOWLEDGE_INSTITUTE',
    riskKeys: ['R_GALLIUM'],
    steps: [
      { kind: 'STATUS', to: 'AGREED', byOrgKey: 'ez', daysAgo: 19 },
      { kind: 'AGREEMENT', byOrgKey: 'ez', daysAgo: 19 },
      { kind: 'STATUS', to: 'IN_PROGRESS', byOrgKey: 'nmo', daysAgo: 10 },
      { kind: 'PROGRESS', progressPct: 20, note: 'Literatuurstudie afgerond; meetplan met Delta Radar vastgesteld.', byOrgKey: 'nmo', daysAgo: 3 },
    ],
    dueInDays: 400,
    deliverable: 'Rapport met haalbare reductie van gallium per T/R-module en een proefserie',
    details: {
      orgKey: 'nmo',
      visibility: 'ROADMAP',
      text: 'Begroting 420 k€ over twee jaar, waarvan 60% uit het onderzoeksprogramma van EZ.',
    },
  },
  {
    key: 'I_LOW_DY_DESIGN',
    title: 'Ontwerpwijziging: dysprosiumarme magneten',
    description:
      'Met korrelgrensdiffusie kan het dysprosiumgehalte van de N42SH-magneten flink omlaag zonder verlies aan coërciviteit; de motorleverancier moet het ontwerp opnieuw kwalificeren.',
    type: 'DESIGN_CHANGE',
    instrument: 'SUBSIDY',
    impact: 4,
    effort: 3,
    horizon: 'MEDIUM',
    proposedByOrgKey: 'magneet',
    proposedDaysAgo: 9,
    ownerOrgKey: 'magneet',
    ownerKind: 'INDUSTRY',
    riskKeys: ['R_DYSPROSIUM'],
    steps: [],
    dueInDays: null,
    deliverable: null,
    details: {
      orgKey: 'magneet',
      visibility: 'OWNER',
      text: 'Huidig Dy-gehalte 4,2 gew.%; met korrelgrensdiffusie 1,1 gew.% gemeten op proefmagneten.',
    },
  },
  {
    key: 'I_MAGNET_RECYCLING',
    title: 'Recycling van magneten bij einde levensduur',
    description: 'Magneten uit afgedankte motoren en lieren worden teruggewonnen en via een Europese recycler opnieuw tot legering verwerkt.',
    type: 'RECYCLING',
    instrument: 'COVENANT',
    impact: 2,
    effort: 3,
    horizon: 'LONG',
    proposedByOrgKey: 'nmo',
    proposedDaysAgo: 8,
    ownerOrgKey: null,
    ownerKind: 'INDUSTRY',
    riskKeys: ['R_NDFEB'],
    steps: [],
    dueInDays: null,
    deliverable: null,
    details: null,
  },
  {
    key: 'I_GE_CONTRACT',
    title: 'Langetermijncontract voor germanium uit niet-Chinese raffinage',
    description: 'Delta Radar Systems sluit een contract van vijf jaar met een Europese raffinaderij voor zone-gezuiverd germanium.',
    type: 'LONG_TERM_CONTRACT',
    instrument: 'NONE',
    impact: 3,
    effort: 2,
    horizon: 'SHORT',
    proposedByOrgKey: 'radar',
    proposedDaysAgo: 21,
    ownerOrgKey: 'radar',
    ownerKind: 'INDUSTRY',
    riskKeys: ['R_GERMANIUM'],
    steps: [
      {
        kind: 'STATUS',
        to: 'WITHDRAWN',
        byOrgKey: 'radar',
        daysAgo: 11,
        reason: 'De raffinaderij wil alleen leveren bij een afname die voor ons alleen te groot is; we komen terug met een gezamenlijke inkoop.',
      },
    ],
    dueInDays: null,
    deliverable: null,
    details: null,
  },
  {
    key: 'I_EU_NATO_STOCKPILES',
    title: 'EU/NAVO-samenwerking bij voorraden',
    description: 'Nederland stemt de eigen voorraad af met de EU-voorraadcoördinatie (RESourceEU) en de NAVO-lijst van kritieke grondstoffen voor defensie.',
    type: 'INTERNATIONAL_COOPERATION',
    instrument: 'COVENANT',
    impact: 4,
    effort: 5,
    horizon: 'LONG',
    proposedByOrgKey: 'ez',
    proposedDaysAgo: 26,
    ownerOrgKey: 'ez',
    ownerKind: 'GOVERNMENT',
    riskKeys: ['R_GALLIUM', 'R_GERMANIUM', 'R_NDFEB'],
    steps: [
      { kind: 'STATUS', to: 'AGREED', byOrgKey: 'defensie', daysAgo: 25 },
      { kind: 'AGREEMENT', byOrgKey: 'defensie', daysAgo: 25 },
      { kind: 'STATUS', to: 'IN_PROGRESS', byOrgKey: 'ez', daysAgo: 24 },
      { kind: 'PROGRESS', progressPct: 60, note: 'Nederlandse inbreng voor de NAVO-lijst ingediend.', byOrgKey: 'ez', daysAgo: 15 },
      { kind: 'PROGRESS', progressPct: 100, note: 'Afspraken over wederzijdse informatie en gezamenlijke inkoop vastgelegd.', byOrgKey: 'ez', daysAgo: 6 },
      { kind: 'STATUS', to: 'DONE', byOrgKey: 'ez', daysAgo: 6 },
    ],
    dueInDays: -2,
    deliverable: 'Afsprakenkader met de EU-voorraadcoördinatie en inbreng in de NAVO-lijst',
    details: null,
  },
  {
    key: 'I_SCRAP_EXPORT_BAN',
    title: 'Exportverbod op magneetschroot',
    description: 'Magneetschroot mag de EU niet meer uit, zodat het beschikbaar blijft voor recycling.',
    type: 'OTHER',
    instrument: 'REGULATION',
    impact: 2,
    effort: 5,
    horizon: 'LONG',
    proposedByOrgKey: 'werf',
    proposedDaysAgo: 18,
    ownerOrgKey: null,
    ownerKind: 'GOVERNMENT',
    riskKeys: ['R_NDFEB'],
    steps: [
      {
        kind: 'STATUS',
        to: 'REJECTED',
        byOrgKey: 'ez',
        daysAgo: 13,
        reason: 'Een nationaal exportverbod past niet in het handelsbeleid; de recycling loopt via het voorstel voor magneetrecycling.',
      },
    ],
    dueInDays: null,
    deliverable: null,
    details: null,
  },
];

/** The roadmap was created in CHAIN_MAPPING; the leads moved it on after the chain data and the risk workshop. */
export const DEMO_PHASE_HISTORY: readonly DemoPhaseChange[] = [
  { from: 'CHAIN_MAPPING', to: 'RISK_ANALYSIS', byOrgKey: 'ez', daysAgo: 46, note: 'Ketendata van de drie platforms is compleet genoeg voor een eerste analyse.' },
  { from: 'RISK_ANALYSIS', to: 'INTERVENTIONS', byOrgKey: 'defensie', daysAgo: 27, note: 'Risicoworkshop gehouden; nu interventies verzamelen.' },
];

/** The status an intervention ends in after its steps, with the reason of the last transition. */
export function finalState(intervention: DemoIntervention): { status: InterventionStatus; statusReason: string | null; progressPct: number } {
  let status: InterventionStatus = 'PROPOSED';
  let statusReason: string | null = null;
  let progressPct = 0;
  for (const step of intervention.steps) {
    if (step.kind === 'STATUS') {
      status = step.to;
      statusReason = step.reason ?? null;
    } else if (step.kind === 'PROGRESS') {
      progressPct = step.progressPct;
    }
  }
  return { status, statusReason, progressPct };
}

export interface DemoRoadmapWorkContext {
  roadmapId: string;
  roadmapTitle: string;
  /** Organisation id per demo key. */
  orgIds: ReadonlyMap<string, string>;
  /** The id of a user of each demo organisation, who acted for it. */
  userIds: ReadonlyMap<string, string>;
  /** The moment of seeding; dates are counted from it. */
  now?: Date;
}

interface ActivityRow {
  at: Date;
  orgKey: DemoOrgKey;
  kind: ActivityKind;
  subject: ActivitySubject;
  subjectId: string;
  title: string;
  from: string | null;
  to: string | null;
  note: string | null;
}

const DAY_MS = 86_400_000;

/**
 * Writes the demo roadmap's risks, interventions (with their risks, history and agreements) and
 * activity feed, and moves the roadmap to the phase the story has reached. Does nothing when the
 * roadmap already has risks, interventions or activity, so a second call changes nothing.
 */
export async function seedDemoRoadmapWork(em: EntityManager, ctx: DemoRoadmapWorkContext): Promise<{ seeded: boolean }> {
  const [{ present }] = (await em.query(
    `SELECT (EXISTS (SELECT 1 FROM risk WHERE roadmap_id = $1) OR EXISTS (SELECT 1 FROM intervention WHERE roadmap_id = $1)
             OR EXISTS (SELECT 1 FROM roadmap_activity WHERE roadmap_id = $1)) AS present`,
    [ctx.roadmapId],
  )) as { present: boolean }[];
  if (present) return { seeded: false };

  const now = ctx.now ?? new Date();
  // Demo moments fall in office hours: `daysAgo` days back at 09:00 UTC plus `minutes`.
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (daysAgo: number, minutes = 0) => new Date(Math.min(startOfToday - daysAgo * DAY_MS + 9 * 3_600_000 + minutes * 60_000, now.getTime()));
  const date = (inDays: number | null) => (inDays === null ? null : new Date(startOfToday + inDays * DAY_MS).toISOString().slice(0, 10));
  const org = (key: string) => required(ctx.orgIds, key, 'organisation');
  const user = (key: string) => required(ctx.userIds, key, 'user of organisation');
  const activity: ActivityRow[] = [];

  const materialRows = (await em.query('SELECT id, symbol FROM material')) as { id: string; symbol: string }[];
  const materials = new Map(materialRows.map((m) => [m.symbol, m.id]));

  const riskIds = new Map<string, string>();
  for (const [i, r] of DEMO_RISKS.entries()) {
    const created = at(r.createdDaysAgo, i);
    const [{ id }] = (await em.query(
      `INSERT INTO risk (roadmap_id, title, rationale, likelihood, impact, status, owner_org_id, review_date, monitoring_indicator,
                         material_id, created_by, created_by_org_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id`,
      [
        ctx.roadmapId,
        r.title,
        r.rationale,
        r.likelihood,
        r.impact,
        r.status,
        r.ownerOrgKey ? org(r.ownerOrgKey) : null,
        date(r.reviewInDays),
        r.monitoringIndicator,
        required(materials, r.materialSymbol, 'material'),
        user(r.createdByOrgKey),
        org(r.createdByOrgKey),
        created,
      ],
    )) as { id: string }[];
    riskIds.set(r.key, id);
    activity.push({ at: created, orgKey: r.createdByOrgKey, kind: 'RISK_CREATED', subject: 'RISK', subjectId: id, title: r.title, from: null, to: null, note: null });
  }

  for (const [i, demo] of DEMO_INTERVENTIONS.entries()) {
    const proposed = at(demo.proposedDaysAgo, 30 + i);
    const { status, statusReason, progressPct } = finalState(demo);
    const last = demo.steps.length ? at(demo.steps.at(-1)!.daysAgo, 60 + i) : proposed;
    const [{ id }] = (await em.query(
      `INSERT INTO intervention (roadmap_id, title, description, type, instrument, impact, effort, horizon, proposed_by, proposed_by_org_id,
                                 owner_org_id, owner_kind, status, status_reason, progress_pct, due_date, deliverable,
                                 details, details_visibility, details_org_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) RETURNING id`,
      [
        ctx.roadmapId,
        demo.title,
        demo.description,
        demo.type,
        demo.instrument,
        demo.impact,
        demo.effort,
        demo.horizon,
        user(demo.proposedByOrgKey),
        org(demo.proposedByOrgKey),
        demo.ownerOrgKey ? org(demo.ownerOrgKey) : null,
        demo.ownerKind,
        status,
        statusReason,
        progressPct,
        date(demo.dueInDays),
        demo.deliverable,
        demo.details?.text ?? null,
        demo.details?.visibility ?? 'ROADMAP',
        demo.details ? org(demo.details.orgKey) : null,
        proposed,
        last,
      ],
    )) as { id: string }[];
    for (const riskKey of demo.riskKeys) {
      await em.query('INSERT INTO intervention_risk (intervention_id, risk_id) VALUES ($1, $2)', [id, required(riskIds, riskKey, 'risk')]);
    }
    const event = (kind: 'STATUS' | 'PROGRESS', when: Date, by: DemoOrgKey, values: { from?: InterventionStatus | null; to?: InterventionStatus | null; reason?: string | null; note?: string | null; pct?: number | null }) =>
      em.query(
        `INSERT INTO intervention_event (intervention_id, kind, from_status, to_status, reason, note, progress_pct, actor_user_id, actor_org_id, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [id, kind, values.from ?? null, values.to ?? null, values.reason ?? null, values.note ?? null, values.pct ?? null, user(by), org(by), when],
      );
    // The proposal opens the history, as a transition from nothing to PROPOSED.
    await event('STATUS', proposed, demo.proposedByOrgKey, { to: 'PROPOSED' });
    activity.push({ at: proposed, orgKey: demo.proposedByOrgKey, kind: 'INTERVENTION_PROPOSED', subject: 'INTERVENTION', subjectId: id, title: demo.title, from: null, to: 'PROPOSED', note: null });

    // The feed's from/to as the API writes them: statuses, progress percentages, the due date.
    let current: InterventionStatus = 'PROPOSED';
    let pct = 0;
    for (const [s, step] of demo.steps.entries()) {
      const when = at(step.daysAgo, 60 + i + s);
      const base = { at: when, orgKey: step.byOrgKey, subject: 'INTERVENTION' as const, subjectId: id, title: demo.title };
      if (step.kind === 'STATUS') {
        await event('STATUS', when, step.byOrgKey, { from: current, to: step.to, reason: step.reason ?? null });
        activity.push({ ...base, kind: 'INTERVENTION_STATUS_CHANGED', from: current, to: step.to, note: step.reason ?? null });
        current = step.to;
      } else if (step.kind === 'PROGRESS') {
        await event('PROGRESS', when, step.byOrgKey, { note: step.note, pct: step.progressPct });
        activity.push({ ...base, kind: 'INTERVENTION_PROGRESS', from: String(pct), to: String(step.progressPct), note: step.note });
        pct = step.progressPct;
      } else {
        activity.push({ ...base, kind: 'AGREEMENT_UPDATED', from: null, to: date(demo.dueInDays), note: null });
      }
    }
  }

  for (const [i, change] of DEMO_PHASE_HISTORY.entries()) {
    activity.push({
      at: at(change.daysAgo, 120 + i),
      orgKey: change.byOrgKey,
      kind: 'PHASE_CHANGED',
      subject: 'ROADMAP',
      subjectId: ctx.roadmapId,
      title: ctx.roadmapTitle,
      from: change.from,
      to: change.to,
      note: change.note,
    });
  }
  await em.query('UPDATE roadmap SET phase = $2 WHERE id = $1', [ctx.roadmapId, DEMO_PHASE_HISTORY.at(-1)!.to]);

  // The feed is read newest first by id: rows go in in the order they happened.
  activity.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const a of activity) {
    await em.query(
      `INSERT INTO roadmap_activity (roadmap_id, at, actor_user_id, actor_org_id, kind, subject_type, subject_id, title, from_value, to_value, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [ctx.roadmapId, a.at, user(a.orgKey), org(a.orgKey), a.kind, a.subject, a.subjectId, a.title, a.from, a.to, a.note],
    );
  }
  return { seeded: true };
}

function required(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`demo roadmap work names unknown ${what} "${key}"`);
  return value;
}
