import type { OrganisationKind, UserRole } from '../entities';

export interface DemoUser {
  email: string;
  name: string;
  role: UserRole;
}

export interface DemoOrganisation {
  /** Stable key the other demo data refers to. */
  key: string;
  name: string;
  kind: OrganisationKind;
  users: DemoUser[];
  /** What the login hint says about this organisation. */
  description: string;
  /** A trade association: keeps supplier profiles for member companies without an account (issue 19). */
  tradeAssociation?: boolean;
}

/** The demo workspace: two ministries, the materials observatory and a three-tier naval supply chain. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'ez',
    name: 'Ministerie van Economische Zaken',
    kind: 'GOVERNMENT',
    description: 'government, EZ',
    users: [{ email: 'beleid@ez.example', name: 'Eva de Vries', role: 'ADMIN' }],
  },
  {
    key: 'defensie',
    name: 'Ministerie van Defensie',
    kind: 'GOVERNMENT',
    description: 'government, Defence',
    users: [{ email: 'beleid@defensie.example', name: 'Daan Bakker', role: 'ADMIN' }],
  },
  {
    key: 'nmo',
    name: 'Nationaal Materialen Observatorium',
    kind: 'KNOWLEDGE_INSTITUTE',
    description: 'knowledge institute, NMO',
    users: [{ email: 'analist@nmo.example', name: 'Noor Jansen', role: 'ADMIN' }],
  },
  {
    key: 'werf',
    name: 'Noordzee Marinewerf B.V.',
    kind: 'INDUSTRY',
    description: 'industry, shipyard',
    users: [{ email: 'keten@werf.example', name: 'Willem Smit', role: 'ADMIN' }],
  },
  {
    key: 'radar',
    name: 'Delta Radar Systems B.V.',
    kind: 'INDUSTRY',
    description: 'industry, tier-1',
    users: [{ email: 'inkoop@radar.example', name: 'Rosa Visser', role: 'ADMIN' }],
  },
  {
    key: 'magneet',
    name: 'Brabant Magneettechniek B.V.',
    kind: 'INDUSTRY',
    description: 'industry, tier-2',
    users: [{ email: 'verkoop@magneet.example', name: 'Mehmet Yilmaz', role: 'ADMIN' }],
  },
  {
    key: 'metaalunie',
    name: 'Metaalunie',
    kind: 'INDUSTRY',
    description: 'trade association, keeps member profiles',
    tradeAssociation: true,
    users: [{ email: 'leden@metaalunie.example', name: 'Mariska de Boer', role: 'EDITOR' }],
  },
];
