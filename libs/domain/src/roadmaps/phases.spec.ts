import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  cleanPhaseNote,
  isPhase,
  nextPhase,
  openPointsOf,
  PHASE_NOTE_MAX,
  PHASE_ORDER,
  phaseDirection,
  phaseIndex,
  phaseStatuses,
  previousPhase,
  type PhaseCounts,
} from './phases';

const NOTHING_OPEN: PhaseCounts = {
  industryParticipants: 3,
  documents: 1,
  itemsWithoutChainData: 0,
  topDependencies: 10,
  topDependenciesNotInRegister: 0,
  highRisksWithoutIntervention: 0,
  agreementsWithoutOwner: 0,
  agreementsWithoutDueDate: 0,
  risksWithoutIndicator: 0,
};
const links = { roadmapId: 'r1', productGroupId: 'g1' };

describe('phase order', () => {
  it('goes from scoping to monitoring, one step at a time', () => {
    expect(PHASE_ORDER.map(phaseIndex)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(nextPhase('SCOPING')).toBe('CHAIN_MAPPING');
    expect(nextPhase('AGREEMENTS')).toBe('MONITORING');
    expect(nextPhase('MONITORING')).toBeNull();
    expect(previousPhase('CHAIN_MAPPING')).toBe('SCOPING');
    expect(previousPhase('SCOPING')).toBeNull();
  });

  it('tells an advance from a reopen, and no move from either', () => {
    expect(phaseDirection('RISK_ANALYSIS', 'MONITORING')).toBe('ADVANCE');
    expect(phaseDirection('RISK_ANALYSIS', 'SCOPING')).toBe('REOPEN');
    expect(phaseDirection('RISK_ANALYSIS', 'RISK_ANALYSIS')).toBeNull();
  });

  it('knows the phases by name only', () => {
    expect(isPhase('AGREEMENTS')).toBe(true);
    expect(isPhase('agreements')).toBe(false);
    expect(isPhase('DONE')).toBe(false);
  });
});

describe('cleanPhaseNote', () => {
  it('trims, turns empty into none and refuses a note that is too long', () => {
    expect(cleanPhaseNote('  klaar voor de volgende stap \r\n')).toBe('klaar voor de volgende stap');
    expect(cleanPhaseNote('   ')).toBeNull();
    expect(cleanPhaseNote(null)).toBeNull();
    expect(cleanPhaseNote('x'.repeat(PHASE_NOTE_MAX))).toHaveLength(PHASE_NOTE_MAX);
    const error = (() => {
      try {
        cleanPhaseNote('x'.repeat(PHASE_NOTE_MAX + 1));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  });
});

describe('open points', () => {
  it('are empty in every phase when the data is complete', () => {
    for (const phase of PHASE_ORDER) expect(openPointsOf(phase, NOTHING_OPEN, links), phase).toEqual([]);
  });

  it('ask for a company and a document while scoping', () => {
    const points = openPointsOf('SCOPING', { ...NOTHING_OPEN, industryParticipants: 0, documents: 0 }, links);
    expect(points).toEqual([
      { code: 'NO_INDUSTRY_PARTICIPANT', message: 'Er neemt nog geen bedrijf deel aan de routekaart', count: 1, link: '/roadmaps/r1' },
      { code: 'NO_DOCUMENT', message: 'Er is nog geen routekaartdocument', count: 1, link: '/roadmaps/r1' },
    ]);
  });

  it('count in Dutch with the singular for one and the plural otherwise', () => {
    const one = { ...NOTHING_OPEN, itemsWithoutChainData: 1, highRisksWithoutIntervention: 1, agreementsWithoutOwner: 1, agreementsWithoutDueDate: 1, risksWithoutIndicator: 1 };
    const two = { ...NOTHING_OPEN, itemsWithoutChainData: 2, highRisksWithoutIntervention: 2, agreementsWithoutOwner: 2, agreementsWithoutDueDate: 2, risksWithoutIndicator: 2 };
    const messages = (counts: PhaseCounts) => PHASE_ORDER.flatMap((p) => openPointsOf(p, counts, links).map((o) => o.message));
    expect(messages(one)).toEqual([
      '1 platform of systeem heeft nog geen leveranciers, onderdelen of materialen',
      '1 hoog risico heeft nog geen interventie',
      '1 afspraak heeft nog geen verantwoordelijke organisatie',
      '1 afspraak heeft nog geen einddatum',
      '1 risico met een afgesproken interventie heeft nog geen monitoringsindicator',
    ]);
    expect(messages(two)).toEqual([
      '2 platforms of systemen hebben nog geen leveranciers, onderdelen of materialen',
      "2 hoge risico's hebben nog geen interventie",
      '2 afspraken hebben nog geen verantwoordelijke organisatie',
      '2 afspraken hebben nog geen einddatum',
      "2 risico's met een afgesproken interventie hebben nog geen monitoringsindicator",
    ]);
  });

  it('name the top dependencies out of how many the analysis shows', () => {
    const message = (topDependencies: number, topDependenciesNotInRegister: number) =>
      openPointsOf('RISK_ANALYSIS', { ...NOTHING_OPEN, topDependencies, topDependenciesNotInRegister }, links)[0]?.message;
    expect(message(10, 1)).toBe('1 van de 10 grootste afhankelijkheden staat nog niet in het risicoregister');
    expect(message(10, 4)).toBe('4 van de 10 grootste afhankelijkheden staan nog niet in het risicoregister');
    expect(message(1, 1)).toBe('De grootste afhankelijkheid staat nog niet in het risicoregister');
    expect(message(3, 0)).toBeUndefined();
  });

  it('link to where each point is dealt with', () => {
    const all = { ...NOTHING_OPEN, itemsWithoutChainData: 1, topDependenciesNotInRegister: 1, highRisksWithoutIntervention: 1, agreementsWithoutOwner: 1, risksWithoutIndicator: 1 };
    const byCode = Object.fromEntries(PHASE_ORDER.flatMap((p) => openPointsOf(p, all, { roadmapId: 'r 1', productGroupId: 'g/1' })).map((o) => [o.code, o.link]));
    expect(byCode).toEqual({
      ITEMS_WITHOUT_CHAIN_DATA: '/keten',
      TOP_DEPENDENCIES_NOT_IN_REGISTER: '/analyse?group=g%2F1',
      HIGH_RISKS_WITHOUT_INTERVENTION: '/roadmaps/r%201/risicos',
      AGREEMENTS_WITHOUT_OWNER: '/roadmaps/r%201/afspraken',
      RISKS_WITHOUT_INDICATOR: '/roadmaps/r%201/risicos',
    });
  });
});

describe('phaseStatuses', () => {
  it('marks the current phase, the phases before it as done, and keeps the open points of every phase', () => {
    const statuses = phaseStatuses('INTERVENTIONS', { ...NOTHING_OPEN, documents: 0, agreementsWithoutDueDate: 3 }, links);
    expect(statuses.map((s) => [s.phase, s.current, s.done])).toEqual([
      ['SCOPING', false, true],
      ['CHAIN_MAPPING', false, true],
      ['RISK_ANALYSIS', false, true],
      ['INTERVENTIONS', true, false],
      ['AGREEMENTS', false, false],
      ['MONITORING', false, false],
    ]);
    expect(statuses.map((s) => s.openPoints.map((o) => `${o.code}:${o.count}`))).toEqual([['NO_DOCUMENT:1'], [], [], [], ['AGREEMENTS_WITHOUT_DUE_DATE:3'], []]);
  });
});
