import { badInput } from '../errors';

/**
 * The six phases of a roadmap, in the order a roadmap goes through them. The same list as the
 * database's `ROADMAP_PHASES` (libs/db, which this pure library does not import; a test in the API
 * checks the two agree).
 */
export const PHASE_ORDER = ['SCOPING', 'CHAIN_MAPPING', 'RISK_ANALYSIS', 'INTERVENTIONS', 'AGREEMENTS', 'MONITORING'] as const;
export type Phase = (typeof PHASE_ORDER)[number];

/** A risk counts as high from this level (likelihood × impact, 1..25) on: the red cells of the 5×5 matrix. */
export const HIGH_RISK_LEVEL = 15;

/** How many of the viewer's riskiest dependencies the risk analysis expects in the register. */
export const TOP_DEPENDENCIES_EXPECTED = 10;

/** Longest note with a phase change, in characters (after trimming). */
export const PHASE_NOTE_MAX = 2_000;

export function isPhase(value: string): value is Phase {
  return (PHASE_ORDER as readonly string[]).includes(value);
}

/** Position of a phase, 0 (SCOPING) to 5 (MONITORING). */
export function phaseIndex(phase: Phase): number {
  return PHASE_ORDER.indexOf(phase);
}

/** The phase after `phase`, or null after the last. */
export function nextPhase(phase: Phase): Phase | null {
  return PHASE_ORDER[phaseIndex(phase) + 1] ?? null;
}

/** The phase before `phase`, or null before the first. */
export function previousPhase(phase: Phase): Phase | null {
  const i = phaseIndex(phase);
  return i > 0 ? PHASE_ORDER[i - 1]! : null;
}

/** Whether moving from `from` to `to` goes forward (advance) or back (reopen); null for no move. */
export function phaseDirection(from: Phase, to: Phase): 'ADVANCE' | 'REOPEN' | null {
  const d = phaseIndex(to) - phaseIndex(from);
  return d > 0 ? 'ADVANCE' : d < 0 ? 'REOPEN' : null;
}

/**
 * The note a lead gives with a phase change: trimmed, empty means none, at most `PHASE_NOTE_MAX`
 * characters. Throws BAD_USER_INPUT naming `field` when too long.
 */
export function cleanPhaseNote(value: string | null | undefined, field = 'note'): string | null {
  const clean = (value ?? '').replace(/\r\n?/g, '\n').trim();
  if (!clean) return null;
  if ([...clean].length > PHASE_NOTE_MAX) throw badInput(field, `Use at most ${PHASE_NOTE_MAX} characters`);
  return clean;
}

/**
 * What the data of a roadmap says about its phases, counted by the API with the VIEWER's
 * permissions (never over data the viewer may not read, so the open points reveal nothing).
 */
export interface PhaseCounts {
  /** Industry organisations taking part, as far as the viewer may see the participants. */
  industryParticipants: number;
  /** Roadmap documents the viewer may read. */
  documents: number;
  /** Platforms and systems the viewer reads without supply links, parts or materials it can read. */
  itemsWithoutChainData: number;
  /** How many top dependencies (by score, at most `TOP_DEPENDENCIES_EXPECTED`) the viewer's analysis shows. */
  topDependencies: number;
  /** Of those, how many no risk of the register refers to by its dependency key. */
  topDependenciesNotInRegister: number;
  /** Open or mitigating risks of level `HIGH_RISK_LEVEL` or more without a live (not rejected or withdrawn) intervention. */
  highRisksWithoutIntervention: number;
  /** Agreed or running interventions without a responsible organisation. */
  agreementsWithoutOwner: number;
  /** Agreed or running interventions without a due date. */
  agreementsWithoutDueDate: number;
  /** Risks addressed by an agreed, running or finished intervention that have no monitoring indicator. */
  risksWithoutIndicator: number;
}

/** Something still to do in a phase: a warning for the lead, never a block. */
export interface OpenPoint {
  /** Stable, for clients and tests. */
  code: string;
  /** Dutch, for the phase stepper. */
  message: string;
  /** How many things are open (1 for something that is missing altogether). */
  count: number;
  /** Web path where the point can be dealt with. */
  link: string | null;
}

export interface PhaseStatus {
  phase: Phase;
  current: boolean;
  /** Every phase before the current one. */
  done: boolean;
  openPoints: OpenPoint[];
}

/** Where the open points link to in the web app. */
export interface PhaseLinks {
  roadmapId: string;
  productGroupId: string;
}

/** `1 hoog risico`, `2 hoge risico's`: a Dutch count with the right form of the noun phrase. */
function count(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}

/** The open points of one phase, in the order the stepper lists them; empty when nothing is open. */
export function openPointsOf(phase: Phase, counts: PhaseCounts, links: PhaseLinks): OpenPoint[] {
  const roadmap = `/roadmaps/${encodeURIComponent(links.roadmapId)}`;
  const points: OpenPoint[] = [];
  const add = (n: number, code: string, message: string, link: string | null) => {
    if (n > 0) points.push({ code, message, count: n, link });
  };
  switch (phase) {
    case 'SCOPING':
      add(counts.industryParticipants === 0 ? 1 : 0, 'NO_INDUSTRY_PARTICIPANT', 'Er neemt nog geen bedrijf deel aan de routekaart', roadmap);
      add(counts.documents === 0 ? 1 : 0, 'NO_DOCUMENT', 'Er is nog geen routekaartdocument', roadmap);
      break;
    case 'CHAIN_MAPPING':
      add(
        counts.itemsWithoutChainData,
        'ITEMS_WITHOUT_CHAIN_DATA',
        `${count(counts.itemsWithoutChainData, 'platform of systeem heeft', 'platforms of systemen hebben')} nog geen leveranciers, onderdelen of materialen`,
        '/keten',
      );
      break;
    case 'RISK_ANALYSIS': {
      const n = counts.topDependenciesNotInRegister;
      add(
        n,
        'TOP_DEPENDENCIES_NOT_IN_REGISTER',
        counts.topDependencies === 1
          ? 'De grootste afhankelijkheid staat nog niet in het risicoregister'
          : `${n} van de ${counts.topDependencies} grootste afhankelijkheden ${n === 1 ? 'staat' : 'staan'} nog niet in het risicoregister`,
        `/analyse?group=${encodeURIComponent(links.productGroupId)}`,
      );
      break;
    }
    case 'INTERVENTIONS':
      add(
        counts.highRisksWithoutIntervention,
        'HIGH_RISKS_WITHOUT_INTERVENTION',
        `${count(counts.highRisksWithoutIntervention, 'hoog risico heeft', "hoge risico's hebben")} nog geen interventie`,
        `${roadmap}/risicos`,
      );
      break;
    case 'AGREEMENTS':
      add(
        counts.agreementsWithoutOwner,
        'AGREEMENTS_WITHOUT_OWNER',
        `${count(counts.agreementsWithoutOwner, 'afspraak heeft', 'afspraken hebben')} nog geen verantwoordelijke organisatie`,
        `${roadmap}/afspraken`,
      );
      add(
        counts.agreementsWithoutDueDate,
        'AGREEMENTS_WITHOUT_DUE_DATE',
        `${count(counts.agreementsWithoutDueDate, 'afspraak heeft', 'afspraken hebben')} nog geen einddatum`,
        `${roadmap}/afspraken`,
      );
      break;
    case 'MONITORING':
      add(
        counts.risksWithoutIndicator,
        'RISKS_WITHOUT_INDICATOR',
        `${count(counts.risksWithoutIndicator, 'risico met een afgesproken interventie heeft', "risico's met een afgesproken interventie hebben")} nog geen monitoringsindicator`,
        `${roadmap}/risicos`,
      );
      break;
    default: {
      const unknown: never = phase;
      throw new Error(`unknown phase ${String(unknown)}`);
    }
  }
  return points;
}

/** All six phases for the stepper: which is current, which are done, and what is open in each. */
export function phaseStatuses(current: Phase, counts: PhaseCounts, links: PhaseLinks): PhaseStatus[] {
  const at = phaseIndex(current);
  return PHASE_ORDER.map((phase, i) => ({
    phase,
    current: i === at,
    done: i < at,
    openPoints: openPointsOf(phase, counts, links),
  }));
}
