import { normaliseName } from './countries';

export type CrmStatus = 'STRATEGIC' | 'CRITICAL' | 'NONE';
export type SupplyStage = 'EXTRACTION' | 'PROCESSING';
export type SupplyScope = 'GLOBAL' | 'EU_SOURCING';

/**
 * How a material comes to be in the catalogue: a row of the 2023 CRM list, an element of a listed group,
 * or a material the 2023 study assessed and found not critical (its supply and score rows are kept,
 * because a chain made of steel, solder and alloys needs their concentration and supply risk too).
 */
export type CrmListing = 'LISTED' | 'GROUP_MEMBER' | 'ASSESSED';

export interface CrmMaterialDefinition {
  /** Chemical symbol, or a short code for a group (LREE, HREE, PGM) or a non-elemental material. Unique. */
  symbol: string;
  name: string;
  listing: CrmListing;
  /** The name on the CRM list (crm-list-2023.csv); null for group members and assessed materials. */
  listName: string | null;
  /** The listed group a member belongs to. */
  groupSymbol: string | null;
  /** Names that mean this material in the supply and score tables (matched case- and space-insensitively). */
  sourceNames: string[];
  /**
   * For group members only: whether the group's strategic listing covers this element. The CRM Act
   * (Regulation (EU) 2024/1252, Annex I) lists as strategic "rare earth elements for magnets (Nd, Pr, Tb,
   * Dy, Gd, Sm and Ce)" and "platinum group metals" as a whole; the other REEs are critical only.
   */
  strategicInGroup?: boolean;
}

const listed = (symbol: string, listName: string, name: string, sourceNames: string[] = [name]): CrmMaterialDefinition => ({
  symbol,
  name,
  listing: 'LISTED',
  listName,
  groupSymbol: null,
  sourceNames,
});

const member = (symbol: string, name: string, groupSymbol: string, strategicInGroup: boolean): CrmMaterialDefinition => ({
  symbol,
  name,
  listing: 'GROUP_MEMBER',
  listName: null,
  groupSymbol,
  sourceNames: [name],
  strategicInGroup,
});

/**
 * The 34 materials of the EU 2023 CRM list and the names the other tables use for them.
 * Decisions (the tables were extracted from different appendices and name things differently):
 * - 'Bauxite/alumina/aluminium' is one material (Al): the supply tables call it 'Aluminium' (E = bauxite
 *   mining, P = alumina/aluminium), the score table has separate 'Aluminium' and 'Bauxite' series.
 * - 'Titanium metal' is the CRM (Ti). 'Titanium' and 'Titanium ores' are the separately assessed, not
 *   critical titanium (ores/pigment) chain: a material of its own (ASSESSED_NON_METALS), not merged.
 * - 'Barytes', 'Borate', 'Phosphorous', 'HREEs'/'Heavy Rare earths Elements', 'LREEs', 'PGMs' are the
 *   other tables' spellings of listed materials.
 */
export const CRM_LIST_MATERIALS: readonly CrmMaterialDefinition[] = [
  listed('Sb', 'Antimony', 'Antimony'),
  listed('As', 'Arsenic', 'Arsenic'),
  listed('Al', 'Bauxite/alumina/aluminium', 'Bauxite/alumina/aluminium', ['Aluminium', 'Bauxite', 'Bauxite/alumina/aluminium']),
  listed('BARYTE', 'Baryte', 'Baryte', ['Baryte', 'Barytes']),
  listed('Be', 'Beryllium', 'Beryllium'),
  listed('Bi', 'Bismuth', 'Bismuth'),
  listed('B', 'Boron/borates', 'Boron/borates', ['Boron', 'Borate', 'Borates', 'Boron/borates']),
  listed('Co', 'Cobalt', 'Cobalt'),
  listed('COKING_COAL', 'Coking coal', 'Coking coal'),
  listed('Cu', 'Copper', 'Copper'),
  listed('FELDSPAR', 'Feldspar', 'Feldspar'),
  listed('FLUORSPAR', 'Fluorspar', 'Fluorspar'),
  listed('Ga', 'Gallium', 'Gallium'),
  listed('Ge', 'Germanium', 'Germanium'),
  listed('Hf', 'Hafnium', 'Hafnium'),
  listed('He', 'Helium', 'Helium'),
  listed('HREE', 'HREE', 'Heavy rare earth elements', [
    'HREE',
    'HREEs',
    'Heavy rare earth elements',
    'Heavy rare earths elements',
  ]),
  listed('LREE', 'LREE', 'Light rare earth elements', ['LREE', 'LREEs', 'Light rare earth elements', 'Light rare earths elements']),
  listed('Li', 'Lithium', 'Lithium'),
  listed('Mg', 'Magnesium', 'Magnesium'),
  listed('Mn', 'Manganese', 'Manganese'),
  listed('GRAPHITE', 'Natural graphite', 'Natural graphite'),
  listed('Ni', 'Nickel', 'Nickel'),
  listed('Nb', 'Niobium', 'Niobium'),
  listed('PHOSPHATE_ROCK', 'Phosphate rock', 'Phosphate rock'),
  listed('P', 'Phosphorus', 'Phosphorus', ['Phosphorus', 'Phosphorous']),
  listed('PGM', 'PGM', 'Platinum group metals', ['PGM', 'PGMs', 'Platinum group metals']),
  listed('Sc', 'Scandium', 'Scandium'),
  listed('Si', 'Silicon metal', 'Silicon metal'),
  listed('Sr', 'Strontium', 'Strontium'),
  listed('Ta', 'Tantalum', 'Tantalum'),
  listed('Ti', 'Titanium metal', 'Titanium metal'),
  listed('W', 'Tungsten', 'Tungsten'),
  listed('V', 'Vanadium', 'Vanadium'),
];

/**
 * Elements of the listed groups that the supply tables report one by one. They become materials of their
 * own (the chain needs Nd, Pr and Dy for NdFeB magnets, Pt for catalysts), linked to their group; the
 * group rows (SR, EI, import reliance, recycling rate) stay on the group. Group split per the EU 2023
 * study: LREE = La, Ce, Pr, Nd, Sm; HREE = Y, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu. Osmium has no rows.
 */
export const CRM_GROUP_MEMBERS: readonly CrmMaterialDefinition[] = [
  member('La', 'Lanthanum', 'LREE', false),
  member('Ce', 'Cerium', 'LREE', true),
  member('Pr', 'Praseodymium', 'LREE', true),
  member('Nd', 'Neodymium', 'LREE', true),
  member('Sm', 'Samarium', 'LREE', true),
  member('Y', 'Yttrium', 'HREE', false),
  member('Eu', 'Europium', 'HREE', false),
  member('Gd', 'Gadolinium', 'HREE', true),
  member('Tb', 'Terbium', 'HREE', true),
  member('Dy', 'Dysprosium', 'HREE', true),
  member('Ho', 'Holmium', 'HREE', false),
  member('Er', 'Erbium', 'HREE', false),
  member('Tm', 'Thulium', 'HREE', false),
  member('Yb', 'Ytterbium', 'HREE', false),
  member('Lu', 'Lutetium', 'HREE', false),
  member('Pt', 'Platinum', 'PGM', true),
  member('Pd', 'Palladium', 'PGM', true),
  member('Rh', 'Rhodium', 'PGM', true),
  member('Ru', 'Ruthenium', 'PGM', true),
  member('Ir', 'Iridium', 'PGM', true),
];

const assessed = (symbol: string, name: string, sourceNames: string[] = [name]): CrmMaterialDefinition => ({
  symbol,
  name,
  listing: 'ASSESSED',
  listName: null,
  groupSymbol: null,
  sourceNames,
});

/**
 * Metals and gases the EU 2023 study assessed and did not list as critical. They enter the catalogue
 * with CRM status NONE and their supply shares and 2023 SR/EI, so that a chain's iron, chromium,
 * molybdenum or tin is analysed on published data instead of showing no data. 'Iron ore' is the
 * assessed upstream of iron and steel.
 */
export const ASSESSED_MATERIALS: readonly CrmMaterialDefinition[] = [
  assessed('Ag', 'Silver'),
  assessed('Au', 'Gold'),
  assessed('Cd', 'Cadmium'),
  assessed('Cr', 'Chromium'),
  assessed('Fe', 'Iron', ['Iron ore']),
  assessed('In', 'Indium'),
  assessed('Kr', 'Krypton'),
  assessed('Mo', 'Molybdenum'),
  assessed('Ne', 'Neon'),
  assessed('Pb', 'Lead'),
  assessed('Re', 'Rhenium'),
  assessed('Se', 'Selenium'),
  assessed('Sn', 'Tin'),
  assessed('Te', 'Tellurium'),
  assessed('Xe', 'Xenon'),
  assessed('Zn', 'Zinc'),
  assessed('Zr', 'Zirconium'),
];

/**
 * The other materials the EU 2023 study assessed and did not list: minerals, wood, rubber, cork,
 * fuels and the titanium ores/pigment chain. Like the metals above they enter the catalogue as not
 * critical (CRM status NONE) with their supply shares and 2023 SR/EI. Non-elements have a code as
 * their key (never shown as a chemical symbol). Decisions:
 * - 'Titanium' (the supply tables' global E/P and EU-sourcing P rows, and the score series) and
 *   'Titanium ores' (EU sourcing, E) are one assessed material, the ores/pigment chain; 'Titanium
 *   metal' is the CRM (Ti).
 * - 'Kaolin' (supply tables) and 'Kaolin clay' (score table) are one material.
 */
export const ASSESSED_NON_METALS: readonly CrmMaterialDefinition[] = [
  assessed('AGGREGATES', 'Aggregates'),
  assessed('BENTONITE', 'Bentonite'),
  assessed('DIATOMITE', 'Diatomite'),
  assessed('GYPSUM', 'Gypsum'),
  assessed('H', 'Hydrogen'),
  assessed('KAOLIN', 'Kaolin clay', ['Kaolin', 'Kaolin clay']),
  assessed('LIMESTONE', 'Limestone'),
  assessed('MAGNESITE', 'Magnesite'),
  assessed('NATURAL_CORK', 'Natural cork'),
  assessed('NATURAL_RUBBER', 'Natural rubber'),
  assessed('TEAK_WOOD', 'Natural teak wood'),
  assessed('PERLITE', 'Perlite'),
  assessed('POTASH', 'Potash'),
  assessed('ROUNDWOOD', 'Roundwood'),
  assessed('SAPELE_WOOD', 'Sapele wood'),
  assessed('SILICA_SAND', 'Silica sand'),
  assessed('S', 'Sulphur'),
  assessed('TALC', 'Talc'),
  assessed('TITANIUM_ORES', 'Titanium ores', ['Titanium', 'Titanium ores']),
];

/**
 * Names of assessed materials that the catalogue leaves out; their rows are counted as skipped. Every
 * material of the 2023 assessment is in the catalogue now, so this is empty; a name in none of the
 * lists is a problem (it may be a misspelt CRM).
 */
export const NON_CRM_ASSESSED_MATERIALS: readonly string[] = [];

export const ALL_CRM_MATERIALS: readonly CrmMaterialDefinition[] = [...CRM_LIST_MATERIALS, ...CRM_GROUP_MEMBERS];

/** Every material the catalogue holds: the CRM list, its group members and the assessed non-critical ones. */
export const CATALOGUE_MATERIALS: readonly CrmMaterialDefinition[] = [...ALL_CRM_MATERIALS, ...ASSESSED_MATERIALS, ...ASSESSED_NON_METALS];

/**
 * The chemical symbol to show for a catalogue key: the key itself when it is an element's symbol
 * (W, Ga, Nd), null for groups (LREE, PGM) and materials that are not an element (BARYTE, COKING_COAL).
 */
export function chemicalSymbolOf(key: string): string | null {
  return /^[A-Z][a-z]?$/.test(key) ? key : null;
}

/** The listed groups' keys (LREE, HREE, PGM): the EU list's own abbreviations, which readers know. */
const GROUP_SYMBOLS: ReadonlySet<string> = new Set(CRM_GROUP_MEMBERS.map((m) => m.groupSymbol!));

/**
 * The code to show beside a material's name: its chemical symbol, a listed group's abbreviation, or
 * null for a material that is no element (BARYTE and GRAPHITE are catalogue keys, not symbols).
 */
export function materialCodeOf(key: string): string | null {
  return chemicalSymbolOf(key) ?? (GROUP_SYMBOLS.has(key) ? key : null);
}

/** "Wolfraam (W)", "Natuurlijk grafiet": a material's name with its code, where it has one. */
export function materialLabelOf(material: { symbol: string; name: string }): string {
  const code = materialCodeOf(material.symbol);
  return code && code.toLowerCase() !== material.name.toLowerCase() ? `${material.name} (${code})` : material.name;
}

export type MaterialNameResolution =
  | { kind: 'CATALOGUE'; definition: CrmMaterialDefinition }
  | { kind: 'NON_CRM' }
  | { kind: 'UNKNOWN' };

const BY_SOURCE_NAME = new Map<string, CrmMaterialDefinition>();
for (const def of CATALOGUE_MATERIALS) {
  for (const n of [...def.sourceNames, def.name]) BY_SOURCE_NAME.set(normaliseName(n), def);
}
const NON_CRM = new Set(NON_CRM_ASSESSED_MATERIALS.map(normaliseName));

/** Resolves a material name as printed in any of the tables (line breaks inside a name are spaces). */
export function resolveMaterialName(name: string): MaterialNameResolution {
  const key = normaliseName(name);
  const definition = BY_SOURCE_NAME.get(key);
  if (definition) return { kind: 'CATALOGUE', definition };
  return NON_CRM.has(key) ? { kind: 'NON_CRM' } : { kind: 'UNKNOWN' };
}
