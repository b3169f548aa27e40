import {
  type Capability,
  type Certification,
  type Clearance,
  type DefenceCategory,
  type ProfileSection,
  type Province,
  type Sector,
  type SizeClass,
} from '@routekaart/domain';

/**
 * The demo supplier directory (issue 19): about 300 current (category A/B) and 3,000 potential
 * (C/D) suppliers, generated from a fixed seed with plausible distributions, and the profiles of
 * the demo companies (shipyard, radar maker, magnet maker). Pure data, no database: the same call
 * gives the same rows, so tests and the benchmark can rely on it. Every generated entry is labelled
 * demo (`demo: true`) and belongs to no company account; the potential suppliers in metalworking are
 * kept by the demo trade association (Metaalunie, `keptByOrgKey`), the rest by nobody.
 */
export interface DemoSupplier {
  /** The demo organisation that keeps the profile (`werf`, `radar`, `magneet`), or null. */
  orgKey: string | null;
  /**
   * The demo trade association that keeps the entry for a member company without an account
   * (`metaalunie`: the potential suppliers in metalworking), or null; never set with `orgKey`.
   */
  keptByOrgKey?: string | null;
  name: string;
  kvkNumber: string;
  province: Province;
  sizeClass: SizeClass;
  category: DefenceCategory;
  capabilities: Capability[];
  certifications: Certification[];
  sectors: Sector[];
  clearance: Clearance;
  capacityHoursPerMonth: number;
  capacityFrom: string;
  description: string;
  governmentOnly: ProfileSection[];
  demo: boolean;
}

export const DEMO_CURRENT_SUPPLIERS = 300;

/** Capabilities of the metalworking trade (Metaalunie's members, in the demo). */
const METALWORKING: ReadonlySet<Capability> = new Set<Capability>([
  'FIVE_AXIS_MACHINING',
  'CASTING',
  'FORGING',
  'WELDING_EXC3',
  'WELDING_EXC4',
  'PRECISION_SHEET_METAL',
  'SURFACE_TREATMENT',
]);
export const DEMO_POTENTIAL_SUPPLIERS = 3000;

/** mulberry32: a small, fast PRNG with a 32-bit state; enough for demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function pick<T>(random: () => number, table: Weighted<T>): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** Distinct values drawn by weight, `n` at most. */
function pickSome<T>(random: () => number, table: Weighted<T>, n: number): T[] {
  const out: T[] = [];
  let rest = [...table];
  while (out.length < n && rest.length) {
    const v = pick(random, rest);
    out.push(v);
    rest = rest.filter(([x]) => x !== v);
  }
  return out;
}

// Where manufacturing industry sits (roughly by employment in metal and electronics).
const PROVINCE_WEIGHTS: Weighted<Province> = [
  ['NOORD_BRABANT', 20], ['ZUID_HOLLAND', 14], ['GELDERLAND', 12], ['OVERIJSSEL', 10], ['NOORD_HOLLAND', 9], ['LIMBURG', 8],
  ['UTRECHT', 6], ['FRIESLAND', 5], ['GRONINGEN', 4], ['DRENTHE', 4], ['ZEELAND', 4], ['FLEVOLAND', 4],
];
const SIZE_CURRENT: Weighted<SizeClass> = [['MICRO', 8], ['SMALL', 35], ['MEDIUM', 40], ['LARGE', 17]];
const SIZE_POTENTIAL: Weighted<SizeClass> = [['MICRO', 28], ['SMALL', 46], ['MEDIUM', 22], ['LARGE', 4]];
const CAPABILITY_WEIGHTS: Weighted<Capability> = [
  ['FIVE_AXIS_MACHINING', 16], ['PRECISION_SHEET_METAL', 14], ['WELDING_EXC3', 12], ['SURFACE_TREATMENT', 9], ['ELECTRONICS_ASSEMBLY', 9],
  ['CABLE_HARNESSES', 7], ['CASTING', 5], ['PCB', 5], ['COMPOSITES', 5], ['ADDITIVE_MANUFACTURING', 5], ['WELDING_EXC4', 4],
  ['FORGING', 3], ['EMBEDDED_SOFTWARE', 4], ['MAGNET_ASSEMBLY', 2],
];
// The report: potential suppliers are often active in healthcare, semicon, aerospace or maritime.
const SECTOR_POTENTIAL: Weighted<Sector> = [
  ['MACHINE_BUILDING', 18], ['MARITIME', 12], ['HEALTHCARE', 12], ['SEMICONDUCTOR', 12], ['AEROSPACE', 11], ['AUTOMOTIVE', 10],
  ['ENERGY', 10], ['RAIL', 6], ['INFRASTRUCTURE', 9],
];
const SIZE_HOURS: Record<SizeClass, readonly [number, number]> = { MICRO: [40, 250], SMALL: [120, 900], MEDIUM: [400, 2500], LARGE: [1200, 6000] };

const SURNAMES = [
  'Jansen', 'De Vries', 'Van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'De Groot', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'Van Leeuwen', 'Dekker', 'Brouwer', 'De Wit', 'Dijkstra', 'Smits', 'De Graaf', 'Van der Meer', 'Van der Linden', 'Kok',
  'Jacobs', 'De Haan', 'Vermeulen', 'Van den Heuvel', 'Van der Veen', 'Van den Broek', 'De Bruijn', 'De Jong', 'Schouten', 'Van Dijk',
  'Willems', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'Prins', 'Kuipers', 'Van Beek', 'Post', 'Huisman', 'Peeters', 'Postma', 'Kramer',
];
const TRADES: Record<Capability, readonly string[]> = {
  FIVE_AXIS_MACHINING: ['Precisiebewerking', 'CNC Techniek', 'Verspaning'],
  CASTING: ['Gieterij', 'Gietwerk'],
  FORGING: ['Smederij', 'Smeedtechniek'],
  WELDING_EXC3: ['Lastechniek', 'Constructie', 'Staalbouw'],
  WELDING_EXC4: ['Zware Constructie', 'Laswerk'],
  COMPOSITES: ['Composieten', 'Vezeltechniek'],
  ELECTRONICS_ASSEMBLY: ['Elektronica', 'Elektronica Assemblage'],
  PCB: ['Printplaten', 'PCB Productie'],
  CABLE_HARNESSES: ['Kabelbomen', 'Kabeltechniek'],
  SURFACE_TREATMENT: ['Oppervlaktetechniek', 'Coating', 'Galvanotechniek'],
  PRECISION_SHEET_METAL: ['Plaatwerk', 'Fijnmetaal'],
  ADDITIVE_MANUFACTURING: ['3D Metaalprint', 'Additive'],
  MAGNET_ASSEMBLY: ['Magneettechniek'],
  EMBEDDED_SOFTWARE: ['Embedded Systems', 'Besturingstechniek'],
};
const TOWNS: Record<Province, readonly string[]> = {
  GRONINGEN: ['Groningen', 'Veendam', 'Delfzijl'], FRIESLAND: ['Leeuwarden', 'Drachten', 'Heerenveen'], DRENTHE: ['Assen', 'Emmen', 'Hoogeveen'],
  OVERIJSSEL: ['Enschede', 'Hengelo', 'Almelo', 'Zwolle'], FLEVOLAND: ['Almere', 'Lelystad', 'Emmeloord'], GELDERLAND: ['Apeldoorn', 'Arnhem', 'Nijmegen', 'Ede'],
  UTRECHT: ['Utrecht', 'Amersfoort', 'Veenendaal'], NOORD_HOLLAND: ['Haarlem', 'Alkmaar', 'Den Helder', 'Zaandam'],
  ZUID_HOLLAND: ['Rotterdam', 'Delft', 'Leiden', 'Dordrecht', 'Gouda'], ZEELAND: ['Vlissingen', 'Middelburg', 'Goes'],
  NOORD_BRABANT: ['Eindhoven', 'Tilburg', 'Breda', 'Helmond', "'s-Hertogenbosch", 'Oss'], LIMBURG: ['Venlo', 'Roermond', 'Sittard', 'Heerlen'],
};

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Certifications that go with what a company does and whom it serves. */
function certificationsFor(random: () => number, current: boolean, caps: readonly Capability[], sectors: readonly Sector[]): Certification[] {
  const out = new Set<Certification>();
  if (random() < (current ? 0.95 : 0.7)) out.add('ISO_9001');
  if (random() < (current ? 0.6 : 0.07)) out.add('AQAP_2110');
  if (caps.some((c) => c === 'WELDING_EXC3' || c === 'WELDING_EXC4')) {
    if (random() < 0.8) out.add('ISO_3834_2');
    if (random() < 0.75) out.add('EN_1090_2');
  }
  if (caps.some((c) => c === 'ELECTRONICS_ASSEMBLY' || c === 'PCB' || c === 'CABLE_HARNESSES') && random() < 0.6) out.add('IPC_J_STD_001');
  if (sectors.includes('AEROSPACE') && random() < 0.6) out.add('EN_9100');
  if (sectors.includes('AEROSPACE') && caps.includes('SURFACE_TREATMENT') && random() < 0.5) out.add('NADCAP');
  if (sectors.includes('HEALTHCARE') && random() < 0.6) out.add('ISO_13485');
  if (random() < 0.35) out.add('ISO_14001');
  if (caps.includes('EMBEDDED_SOFTWARE') && random() < 0.4) out.add('ISO_27001');
  return [...out];
}

function generated(random: () => number, index: number, category: DefenceCategory, names: Set<string>): DemoSupplier {
  const current = category === 'A' || category === 'B';
  const province = pick(random, PROVINCE_WEIGHTS);
  const sizeClass = pick(random, current ? SIZE_CURRENT : SIZE_POTENTIAL);
  const capabilities = pickSome(random, CAPABILITY_WEIGHTS, 1 + Math.floor(random() * (sizeClass === 'LARGE' ? 5 : 3)));
  const sectors = current
    ? ['DEFENCE' as const, ...pickSome(random, SECTOR_POTENTIAL, Math.floor(random() * 3))]
    : pickSome(random, SECTOR_POTENTIAL, 1 + Math.floor(random() * 3));
  const certifications = certificationsFor(random, current, capabilities, sectors);
  const clearance: Clearance =
    category === 'A' ? (random() < 0.85 ? 'CLEARED' : 'APPLIED') : category === 'B' ? (random() < 0.4 ? 'CLEARED' : random() < 0.3 ? 'APPLIED' : 'NONE') : random() < 0.08 ? 'APPLIED' : 'NONE';
  const [lo, hi] = SIZE_HOURS[sizeClass];
  const capacityHoursPerMonth = Math.round((lo + random() * (hi - lo)) / 10) * 10;
  const capacityFrom = addDays('2026-12-01', Math.floor(random() * 12) * 30);
  const trade = TRADES[capabilities[0]!][Math.floor(random() * TRADES[capabilities[0]!].length)]!;
  let name = `${SURNAMES[Math.floor(random() * SURNAMES.length)]} ${trade} B.V.`;
  if (names.has(name)) name = `${name.slice(0, -5)} ${TOWNS[province][Math.floor(random() * TOWNS[province].length)]} B.V.`;
  for (let n = 2; names.has(name); n++) name = `${name.replace(/( \d+)? B\.V\.$/, '')} ${n} B.V.`;
  names.add(name);
  const governmentOnly: ProfileSection[] = [];
  if (random() < (current ? 0.5 : 0.2)) governmentOnly.push('CAPACITY');
  if (current && random() < 0.3) governmentOnly.push('CERTIFICATIONS');
  if (current && random() < 0.6) governmentOnly.push('CLEARANCE');
  return {
    orgKey: null,
    keptByOrgKey: !current && capabilities.some((c) => METALWORKING.has(c)) ? 'metaalunie' : null,
    name,
    kvkNumber: String(60_000_000 + index * 7919).slice(0, 8),
    province,
    sizeClass,
    category,
    capabilities,
    certifications,
    sectors,
    clearance,
    capacityHoursPerMonth,
    capacityFrom,
    description: '',
    governmentOnly,
    demo: true,
  };
}

/** The demo companies' own profiles (kept by their organisations; not demo-labelled). */
export const DEMO_COMPANY_PROFILES: readonly DemoSupplier[] = [
  {
    orgKey: 'werf', name: 'Noordzee Marinewerf B.V.', kvkNumber: '24123456', province: 'ZEELAND', sizeClass: 'LARGE', category: 'A',
    capabilities: ['WELDING_EXC4', 'WELDING_EXC3', 'PRECISION_SHEET_METAL', 'SURFACE_TREATMENT'],
    certifications: ['ISO_9001', 'AQAP_2110', 'ISO_3834_2', 'EN_1090_2', 'ISO_14001'], sectors: ['DEFENCE', 'MARITIME'], clearance: 'CLEARED',
    capacityHoursPerMonth: 1200, capacityFrom: '2027-03-01', description: 'Bouw en onderhoud van marineschepen; rompsecties en systeemintegratie.',
    governmentOnly: ['CAPACITY'], demo: false,
  },
  {
    orgKey: 'radar', name: 'Delta Radar Systems B.V.', kvkNumber: '17234567', province: 'OVERIJSSEL', sizeClass: 'LARGE', category: 'A',
    capabilities: ['ELECTRONICS_ASSEMBLY', 'PCB', 'CABLE_HARNESSES', 'EMBEDDED_SOFTWARE'],
    certifications: ['ISO_9001', 'AQAP_2110', 'IPC_J_STD_001', 'ISO_27001'], sectors: ['DEFENCE', 'MARITIME', 'AEROSPACE'], clearance: 'CLEARED',
    capacityHoursPerMonth: 600, capacityFrom: '2027-01-01', description: 'Radar- en vuurleidingssystemen.',
    governmentOnly: ['CERTIFICATIONS', 'CAPACITY', 'DESCRIPTION'], demo: false,
  },
  {
    orgKey: 'magneet', name: 'Brabant Magneettechniek B.V.', kvkNumber: '16345678', province: 'NOORD_BRABANT', sizeClass: 'MEDIUM', category: 'B',
    capabilities: ['MAGNET_ASSEMBLY', 'FIVE_AXIS_MACHINING', 'SURFACE_TREATMENT'],
    certifications: ['ISO_9001', 'ISO_14001'], sectors: ['DEFENCE', 'ENERGY', 'AUTOMOTIVE'], clearance: 'APPLIED',
    capacityHoursPerMonth: 320, capacityFrom: '2027-02-01', description: 'Permanente magneten en magneetsamenstellingen voor motoren en sensoren.',
    governmentOnly: ['CAPACITY'], demo: false,
  },
];

/** Named current suppliers the demo chain buys from (its supply links name them), as demo entries. */
const NAMED_CURRENT: readonly Omit<DemoSupplier, 'kvkNumber' | 'demo' | 'orgKey'>[] = [
  {
    name: 'Zeeuwse Scheepsschroefgieterij B.V.', province: 'ZEELAND', sizeClass: 'MEDIUM', category: 'A',
    capabilities: ['CASTING', 'FIVE_AXIS_MACHINING', 'SURFACE_TREATMENT'], certifications: ['ISO_9001', 'AQAP_2110', 'ISO_3834_2'],
    sectors: ['DEFENCE', 'MARITIME'], clearance: 'CLEARED', capacityHoursPerMonth: 500, capacityFrom: '2027-06-01',
    description: 'Scheepsschroeven in nikkel-aluminiumbrons.', governmentOnly: [],
  },
];

/** The whole demo directory, companies first; deterministic. */
export function demoSuppliers(options: { current?: number; potential?: number } = {}): DemoSupplier[] {
  const random = seededRandom(19_2026);
  const names = new Set<string>([...DEMO_COMPANY_PROFILES, ...NAMED_CURRENT].map((p) => p.name));
  const out: DemoSupplier[] = [
    ...DEMO_COMPANY_PROFILES,
    ...NAMED_CURRENT.map((p, i) => ({ ...p, orgKey: null, kvkNumber: String(22_000_000 + i), demo: true })),
  ];
  const current = options.current ?? DEMO_CURRENT_SUPPLIERS;
  const potential = options.potential ?? DEMO_POTENTIAL_SUPPLIERS;
  let index = 0;
  for (let i = out.length; i < current; i++) out.push(generated(random, index++, random() < 0.35 ? 'A' : 'B', names));
  for (let i = 0; i < potential; i++) out.push(generated(random, index++, random() < 0.4 ? 'C' : 'D', names));
  return out;
}
