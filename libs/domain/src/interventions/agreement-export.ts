import type { FlowStatus } from './intervention-flow';

// The agreements list as a file for the policy officer (CSV or XLSX): Dutch column names and
// values, as the web app shows them. The API fills the rows; this decides what a row says.

export const AGREEMENT_COLUMNS = [
  'Interventie',
  'Type',
  'Instrument',
  'Verantwoordelijke organisatie',
  'Deadline',
  'Resultaat',
  'Status',
  'Voortgang (%)',
  'Te laat',
] as const;

export const INTERVENTION_STATUS_NL: Readonly<Record<FlowStatus, string>> = {
  PROPOSED: 'Voorgesteld',
  AGREED: 'Afgesproken',
  IN_PROGRESS: 'In uitvoering',
  DONE: 'Afgerond',
  REJECTED: 'Afgewezen',
  WITHDRAWN: 'Ingetrokken',
};

export const INTERVENTION_TYPE_NL: Readonly<Record<string, string>> = {
  STOCKPILING: 'Voorraadvorming',
  DIVERSIFICATION: 'Diversificatie',
  SUBSTITUTION: 'Substitutie',
  RECYCLING: 'Recycling',
  DESIGN_CHANGE: 'Ontwerpwijziging',
  MATERIAL_EFFICIENCY: 'Materiaalefficiëntie',
  LONG_TERM_CONTRACT: 'Langetermijncontract',
  PROCUREMENT_CRITERIA: 'Inkoopcriteria',
  GEOPOLITICAL_PREMIUM: 'Geopolitieke premie',
  INTERNATIONAL_COOPERATION: 'Internationale samenwerking',
  RESEARCH: 'Onderzoek',
  OTHER: 'Overig',
};

export const INSTRUMENT_NL: Readonly<Record<string, string>> = {
  SUBSIDY: 'Subsidie',
  PROCUREMENT: 'Inkoop',
  REGULATION: 'Regelgeving',
  STRATEGIC_STOCKPILE: 'Strategische voorraad',
  COVENANT: 'Convenant',
  RESEARCH_PROGRAMME: 'Onderzoeksprogramma',
  NONE: 'Geen',
};

export interface AgreementExportRow {
  title: string;
  type: string;
  instrument: string;
  responsible: string | null;
  dueDate: string | null;
  deliverable: string | null;
  status: FlowStatus;
  progressPct: number;
  overdue: boolean;
}

/** One line of the file, in the order of `AGREEMENT_COLUMNS`; the percentage stays a number. */
export function agreementExportCells(row: AgreementExportRow): [string, string, string, string, string, string, string, number, string] {
  return [
    row.title,
    INTERVENTION_TYPE_NL[row.type] ?? row.type,
    INSTRUMENT_NL[row.instrument] ?? row.instrument,
    row.responsible ?? '',
    row.dueDate ?? '',
    row.deliverable ?? '',
    INTERVENTION_STATUS_NL[row.status],
    row.progressPct,
    row.overdue ? 'ja' : 'nee',
  ];
}
