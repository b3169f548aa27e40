/**
 * Demo chain data for the product group "Militaire schepen": three platforms down to material forms,
 * with the supply links the three industry organisations contribute. Pure data, no database access.
 *
 * All companies named here are fictitious; any likeness to a real company is unintended. Quantities
 * are plausible orders of magnitude for a demo, not engineering data.
 *
 * Conventions the analysis can rely on:
 * - Quantities: a composition says how many `unit`s of the child go into ONE parent; an item material
 *   says how many kg of the material ONE unit of the item contains (per kg for items measured in kg).
 *   Items are always measured in the same unit wherever they are used.
 * - Raw materials are attached to leaves only (mostly MATERIAL_FORM), so walking the graph never counts
 *   a material twice. A few leaves have no CRM content (the SiC substrate, PZT ceramics).
 * - A supply link's `share` is its part of the item's whole supply in this product group's chain, so the
 *   shares of all links of one item, whoever contributed them, add up to at most 1. `singleSource` says
 *   the contributor has no alternative for its own part. `tier` counts from the shipyard (tier 0).
 */

export type DemoIndustryOrgKey = 'werf' | 'radar' | 'magneet';
export type DemoOrgKey = 'ez' | 'defensie' | 'nmo' | DemoIndustryOrgKey;
export type DemoItemKind = 'PLATFORM' | 'SYSTEM' | 'COMPONENT' | 'SEMI_FINISHED' | 'MATERIAL_FORM';
export type DemoUnit = 'pcs' | 'kg' | 'm';
export type DemoVisibility = 'OWNER' | 'GOVERNMENT' | 'ROADMAP';

export interface DemoProductGroup {
  name: string;
  description: string;
}

export interface DemoItem {
  key: string;
  name: string;
  kind: DemoItemKind;
  /** The organisation that contributed and maintains the item; null for items of the roadmap itself. */
  ownerOrgKey: DemoIndustryOrgKey | null;
  description?: string;
}

/** `quantity` `unit`s of the child go into one parent. The compositions form a DAG. */
export interface DemoComposition {
  parentKey: string;
  childKey: string;
  quantity: number;
  unit: DemoUnit;
}

/** kg of a raw material in one unit of the item. */
export interface DemoItemMaterial {
  itemKey: string;
  /** A material symbol of the EU CRM 2023 catalogue (crm-data.ts). */
  materialSymbol: string;
  quantityKg: number;
}

export interface DemoSupplyLink {
  itemKey: string;
  /** Set when the supplier is one of the demo organisations. */
  supplierOrgKey: DemoIndustryOrgKey | null;
  supplierName: string;
  /** ISO 3166-1 alpha-2 of the supplying site. */
  country: string;
  share: number;
  tier: 1 | 2 | 3 | 4;
  leadTimeWeeks: number;
  stockMonths: number;
  singleSource: boolean;
  visibility: DemoVisibility;
  /** With OWNER visibility: the organisations the contributor lets see this link as well. */
  sharedWith: DemoOrgKey[];
  contributedByOrgKey: DemoIndustryOrgKey;
}

export const DEMO_PRODUCT_GROUP: DemoProductGroup = {
  name: 'Militaire schepen',
  description: 'Oppervlakteschepen van de Koninklijke Marine: fregatten en bevoorradingsschepen, met hun sensoren, voortstuwing en bepantsering.',
};

const item = (key: string, kind: DemoItemKind, ownerOrgKey: DemoIndustryOrgKey | null, name: string, description?: string): DemoItem =>
  description === undefined ? { key, name, kind, ownerOrgKey } : { key, name, kind, ownerOrgKey, description };

export const DEMO_ITEMS: readonly DemoItem[] = [
  // Platforms: the roadmap's own items.
  item('P_LCF', 'PLATFORM', null, 'Luchtverdedigings- en commandofregat (LCF-vervanger)', 'Luchtverdediging en commando; AESA-radar met vier vlakken.'),
  item('P_ASW', 'PLATFORM', null, 'ASW-fregat', 'Onderzeebootbestrijding; stille elektrische voortstuwing, romp- en sleepsonar.'),
  item('P_CSS', 'PLATFORM', null, 'Combat Support Ship', 'Bevoorrading op zee; hybride elektrische voortstuwing.'),

  // Systems.
  item('S_AESA', 'SYSTEM', 'radar', 'AESA-multifunctieradar (4 vlakken)', 'GaN-gebaseerde actieve phased-array radar.'),
  item('S_NAV_RADAR', 'SYSTEM', 'radar', 'Navigatie- en oppervlakteradar'),
  item('S_HULL_SONAR', 'SYSTEM', 'radar', 'Rompsonar'),
  item('S_TOWED_SONAR', 'SYSTEM', 'radar', 'Gesleepte actieve laagfrequente sonar'),
  item('S_IRST', 'SYSTEM', 'radar', 'Infrarood zoek- en volgsysteem (IRST)'),
  item('S_EO_FC', 'SYSTEM', 'radar', 'Elektro-optisch vuurleidingssysteem'),
  item('S_CMS', 'SYSTEM', 'werf', 'Combat management system'),
  item('S_PROPULSION', 'SYSTEM', 'werf', 'Elektrische voortstuwing met permanentmagneetmotoren'),
  item('S_POWER', 'SYSTEM', 'werf', 'Energieopwekking en -distributie'),
  item('S_ESS', 'SYSTEM', 'werf', 'Energieopslagsysteem (Li-ion)'),
  item('S_HULL', 'SYSTEM', 'werf', 'Romp en opbouw'),
  item('S_ARMOUR', 'SYSTEM', 'werf', 'Ballistische bescherming'),
  item('S_CIWS', 'SYSTEM', null, 'Close-in weapon system', 'Buitenlands wapensysteem; de keten is alleen deels bekend.'),
  item('S_RAS', 'SYSTEM', 'werf', 'Bevoorradingsinstallatie (replenishment at sea)'),

  // Components.
  item('C_AESA_TILE', 'COMPONENT', 'radar', 'Antennetegel (16 T/R-kanalen)'),
  item('C_TR_MODULE', 'COMPONENT', 'radar', 'GaN T/R-module'),
  item('C_GAN_MMIC', 'COMPONENT', 'radar', 'GaN-op-SiC MMIC-vermogensversterker'),
  item('C_NAV_TRANSCEIVER', 'COMPONENT', 'radar', 'Solid-state zendontvanger (GaN)'),
  item('C_RADAR_PSU', 'COMPONENT', 'radar', 'Voedingseenheid antennevlak'),
  item('C_RADAR_COOLING', 'COMPONENT', 'radar', 'Vloeistofkoeling antennevlak'),
  item('C_CONNECTOR', 'COMPONENT', 'radar', 'RF-connector (koper-beryllium)'),
  item('C_CONTROL_BOARD', 'COMPONENT', 'werf', 'Besturingsprintplaat (geassembleerd)', 'Gedeeld door radar, sonar, CMS en vermogenselektronica.'),
  item('C_COMPUTE_RACK', 'COMPONENT', 'werf', 'Rekenkast (marinegeschikte servers)'),
  item('C_CONSOLE', 'COMPONENT', 'werf', 'Multifunctionele operatorconsole'),
  item('C_SONAR_ARRAY', 'COMPONENT', 'radar', 'Sonar-ontvangstarray'),
  item('C_LF_PROJECTOR', 'COMPONENT', 'radar', 'Laagfrequente projector (Terfenol-D)'),
  item('C_TOW_CABLE', 'COMPONENT', 'radar', 'Sleepkabel met koper- en glasvezelgeleiders (per meter)'),
  item('C_IR_CAMERA', 'COMPONENT', 'radar', 'Gekoelde MWIR-camera'),
  item('C_IR_LENS', 'COMPONENT', 'radar', 'Germanium-lenzenset'),
  item('C_IR_DETECTOR', 'COMPONENT', 'radar', 'InSb focal plane array'),
  item('C_STIRLING_COOLER', 'COMPONENT', 'radar', 'Stirling-koeler (helium)'),
  item('C_LASER_RANGEFINDER', 'COMPONENT', 'radar', 'Laserafstandsmeter (Nd:YAG)'),
  item('C_PM_MOTOR', 'COMPONENT', 'werf', 'Permanentmagneet-voortstuwingsmotor 9 MW'),
  item('C_ROTOR', 'COMPONENT', 'werf', 'Rotor met NdFeB-magneten'),
  item('C_STATOR', 'COMPONENT', 'werf', 'Stator met koperwikkeling'),
  item('C_PM_MOTOR_AUX', 'COMPONENT', 'werf', 'PM-servomotor 30 kW', 'Antenne-aandrijving, richtsystemen, RAS-lieren.'),
  item('C_PROP_CONVERTER', 'COMPONENT', 'werf', 'Frequentieomvormer voortstuwing'),
  item('C_SIC_MODULE', 'COMPONENT', 'werf', 'SiC-MOSFET-vermogensmodule'),
  item('C_PROPELLER', 'COMPONENT', 'werf', 'Verstelbare schroef (nikkel-aluminiumbrons)'),
  item('C_DIESEL_GENSET', 'COMPONENT', 'werf', 'Dieselgeneratorset 4 MW'),
  item('C_SWITCHBOARD', 'COMPONENT', 'werf', 'Hoofdschakelbord'),
  item('C_TI_HEAT_EXCHANGER', 'COMPONENT', 'werf', 'Zeewaterwarmtewisselaar (titanium)'),
  item('C_BATTERY_MODULE', 'COMPONENT', 'werf', 'Li-ion-batterijmodule (NMC)'),
  item('C_RAS_WINCH', 'COMPONENT', 'werf', 'Elektrische RAS-lier'),
  item('C_CIWS_AMMO', 'COMPONENT', null, 'Munitielading CIWS (wolfraampenetrators)'),

  // Semi-finished products.
  item('SF_GAN_WAFER', 'SEMI_FINISHED', 'radar', 'GaN-op-SiC epitaxiale wafer 150 mm'),
  item('SF_SIC_SUBSTRATE', 'SEMI_FINISHED', 'radar', 'SiC-substraat 150 mm', 'Geen CRM-inhoud meegeteld: SiC wordt uit kwartszand en koolstof gemaakt.'),
  item('SF_TA_CAPACITOR', 'SEMI_FINISHED', 'radar', 'Tantaalcondensator'),
  item('SF_CUBE_STRIP', 'SEMI_FINISHED', 'radar', 'Koper-berylliumband (CuBe2)'),
  item('SF_PZT_CERAMIC', 'SEMI_FINISHED', 'radar', 'PZT-piëzokeramisch element'),
  item('SF_TERFENOL_ROD', 'SEMI_FINISHED', 'radar', 'Terfenol-D-staaf (1,2 kg)'),
  item('SF_GE_BLANK', 'SEMI_FINISHED', 'radar', 'Germanium optisch blank (0,8 kg)'),
  item('SF_CHALCOGENIDE_GLASS', 'SEMI_FINISHED', 'radar', 'Chalcogenideglas (GeAsSe)'),
  item('SF_INSB_WAFER', 'SEMI_FINISHED', 'radar', 'Indiumantimonide-wafer'),
  item('SF_ND_YAG_CRYSTAL', 'SEMI_FINISHED', 'radar', 'Nd:YAG-laserkristal'),
  item('SF_NDFEB_MAGNET', 'SEMI_FINISHED', 'magneet', 'Gesinterde NdFeB-magneet (N42SH)', 'Dysprosium voor de coërciviteit bij hoge temperatuur.'),
  item('SF_ELECTRICAL_STEEL', 'SEMI_FINISHED', 'werf', 'Elektroplaat (niet-georiënteerd)'),
  item('SF_COPPER_WIRE', 'SEMI_FINISHED', 'werf', 'Geëmailleerd koperdraad'),
  item('SF_COPPER_BUSBAR', 'SEMI_FINISHED', 'werf', 'Koperen stroomrail'),
  item('SF_NAB_CASTING', 'SEMI_FINISHED', 'werf', 'Gietstuk nikkel-aluminiumbrons'),
  item('SF_LI_CELL', 'SEMI_FINISHED', 'werf', 'Li-ion pouchcel NMC811'),
  item('SF_TI_PLATE', 'SEMI_FINISHED', 'werf', 'Titaniumplaat Ti-6Al-4V'),
  item('SF_HULL_STEEL', 'SEMI_FINISHED', 'werf', 'Scheepsbouwstaal DH36'),
  item('SF_ARMOUR_STEEL', 'SEMI_FINISHED', 'werf', 'Pantserstaalplaat (hoge hardheid)'),
  item('SF_AL_PLATE', 'SEMI_FINISHED', 'werf', 'Aluminiumplaat 5083 (opbouw)'),
  item('SF_WHA_ROD', 'SEMI_FINISHED', null, 'Wolfraam-zwaarmetaalstaaf (W-Ni-Fe, 0,2 kg)'),

  // Material forms.
  item('MF_TMGA', 'MATERIAL_FORM', 'radar', 'Trimethylgallium-precursor (6N)'),
  item('MF_TANTALUM_POWDER', 'MATERIAL_FORM', 'radar', 'Tantaalpoeder (condensatorkwaliteit)'),
  item('MF_CUBE_MASTER', 'MATERIAL_FORM', 'radar', 'Koper-beryllium-voorlegering (4% Be)'),
  item('MF_TB_METAL', 'MATERIAL_FORM', 'radar', 'Terbiummetaal'),
  item('MF_GE_METAL', 'MATERIAL_FORM', 'radar', 'Germaniummetaal (zone-gezuiverd)'),
  item('MF_ARSENIC', 'MATERIAL_FORM', 'radar', 'Arseen (6N)'),
  item('MF_ANTIMONY', 'MATERIAL_FORM', 'radar', 'Antimoon (7N)'),
  item('MF_HELIUM', 'MATERIAL_FORM', 'radar', 'Helium (koelgas)'),
  item('MF_YTTRIUM_OXIDE', 'MATERIAL_FORM', 'radar', 'Yttriumoxide (5N)'),
  item('MF_SOLDER', 'MATERIAL_FORM', 'radar', 'Soldeerlegering SnAgCu'),
  item('MF_NDPR_METAL', 'MATERIAL_FORM', 'magneet', 'NdPr-metaal (75/25)'),
  item('MF_NDPR_OXIDE', 'MATERIAL_FORM', 'magneet', 'NdPr-oxide'),
  item('MF_DYFE', 'MATERIAL_FORM', 'magneet', 'Dysprosium-ijzerlegering (80% Dy)'),
  item('MF_FERROBORON', 'MATERIAL_FORM', 'magneet', 'Ferroboor (18% B)'),
  item('MF_COBALT', 'MATERIAL_FORM', 'magneet', 'Kobaltmetaal'),
  item('MF_IRON', 'MATERIAL_FORM', null, 'IJzer (ruwijzer, schroot, ijzerpoeder)'),
  item('MF_COPPER_CATHODE', 'MATERIAL_FORM', 'werf', 'Koperkathode (grade A)'),
  item('MF_ALUMINIUM_INGOT', 'MATERIAL_FORM', 'werf', 'Primair aluminium'),
  item('MF_MAGNESIUM', 'MATERIAL_FORM', 'werf', 'Magnesiummetaal'),
  item('MF_NICKEL', 'MATERIAL_FORM', 'werf', 'Nikkelkathode'),
  item('MF_NMC_CATHODE', 'MATERIAL_FORM', 'werf', 'NMC811-kathodemateriaal'),
  item('MF_GRAPHITE_ANODE', 'MATERIAL_FORM', 'werf', 'Sferoïdaal grafiet (anodekwaliteit)'),
  item('MF_LIPF6', 'MATERIAL_FORM', 'werf', 'LiPF6-geleidend zout'),
  item('MF_TI_SPONGE', 'MATERIAL_FORM', 'werf', 'Titaniumspons'),
  item('MF_ALV_MASTER', 'MATERIAL_FORM', 'werf', 'Aluminium-vanadium-voorlegering (40% V)'),
  item('MF_FERROMANGANESE', 'MATERIAL_FORM', 'werf', 'Ferromangaan (78% Mn)'),
  item('MF_FERRONIOBIUM', 'MATERIAL_FORM', 'werf', 'Ferroniobium (65% Nb)'),
  item('MF_FERROCHROME', 'MATERIAL_FORM', 'werf', 'Ferrochroom (65% Cr)'),
  item('MF_FERROMOLY', 'MATERIAL_FORM', 'werf', 'Ferromolybdeen (65% Mo)'),
  item('MF_TUNGSTEN_POWDER', 'MATERIAL_FORM', null, 'Wolfraampoeder'),
];

const c = (parentKey: string, childKey: string, quantity: number, unit: DemoUnit): DemoComposition => ({ parentKey, childKey, quantity, unit });

export const DEMO_COMPOSITIONS: readonly DemoComposition[] = [
  // Platforms share most systems; quantities differ.
  c('P_LCF', 'S_AESA', 1, 'pcs'),
  c('P_LCF', 'S_NAV_RADAR', 2, 'pcs'),
  c('P_LCF', 'S_HULL_SONAR', 1, 'pcs'),
  c('P_LCF', 'S_IRST', 1, 'pcs'),
  c('P_LCF', 'S_EO_FC', 2, 'pcs'),
  c('P_LCF', 'S_CMS', 1, 'pcs'),
  c('P_LCF', 'S_PROPULSION', 1, 'pcs'),
  c('P_LCF', 'S_POWER', 1, 'pcs'),
  c('P_LCF', 'S_ESS', 1, 'pcs'),
  c('P_LCF', 'S_HULL', 1, 'pcs'),
  c('P_LCF', 'S_ARMOUR', 1, 'pcs'),
  c('P_LCF', 'S_CIWS', 2, 'pcs'),
  c('P_ASW', 'S_AESA', 1, 'pcs'),
  c('P_ASW', 'S_NAV_RADAR', 2, 'pcs'),
  c('P_ASW', 'S_HULL_SONAR', 1, 'pcs'),
  c('P_ASW', 'S_TOWED_SONAR', 1, 'pcs'),
  c('P_ASW', 'S_IRST', 1, 'pcs'),
  c('P_ASW', 'S_EO_FC', 1, 'pcs'),
  c('P_ASW', 'S_CMS', 1, 'pcs'),
  c('P_ASW', 'S_PROPULSION', 1, 'pcs'),
  c('P_ASW', 'S_POWER', 1, 'pcs'),
  c('P_ASW', 'S_ESS', 1, 'pcs'),
  c('P_ASW', 'S_HULL', 1, 'pcs'),
  c('P_ASW', 'S_ARMOUR', 1, 'pcs'),
  c('P_ASW', 'S_CIWS', 1, 'pcs'),
  c('P_CSS', 'S_NAV_RADAR', 2, 'pcs'),
  c('P_CSS', 'S_EO_FC', 1, 'pcs'),
  c('P_CSS', 'S_CMS', 1, 'pcs'),
  c('P_CSS', 'S_PROPULSION', 1, 'pcs'),
  c('P_CSS', 'S_POWER', 1, 'pcs'),
  c('P_CSS', 'S_ESS', 1, 'pcs'),
  c('P_CSS', 'S_HULL', 1, 'pcs'),
  c('P_CSS', 'S_CIWS', 1, 'pcs'),
  c('P_CSS', 'S_RAS', 1, 'pcs'),

  // Radar: 4 faces x 48 tiles x 16 T/R modules = 3,072 GaN T/R modules.
  c('S_AESA', 'C_AESA_TILE', 192, 'pcs'),
  c('S_AESA', 'C_RADAR_PSU', 4, 'pcs'),
  c('S_AESA', 'C_RADAR_COOLING', 4, 'pcs'),
  c('S_AESA', 'C_COMPUTE_RACK', 2, 'pcs'),
  c('S_AESA', 'C_CONNECTOR', 800, 'pcs'),
  c('C_AESA_TILE', 'C_TR_MODULE', 16, 'pcs'),
  c('C_AESA_TILE', 'C_CONTROL_BOARD', 1, 'pcs'),
  c('C_AESA_TILE', 'C_CONNECTOR', 8, 'pcs'),
  c('C_TR_MODULE', 'C_GAN_MMIC', 2, 'pcs'),
  c('C_GAN_MMIC', 'SF_GAN_WAFER', 0.004, 'pcs'),
  c('SF_GAN_WAFER', 'SF_SIC_SUBSTRATE', 1, 'pcs'),
  c('SF_GAN_WAFER', 'MF_TMGA', 0.002, 'kg'),
  c('C_RADAR_PSU', 'C_SIC_MODULE', 6, 'pcs'),
  c('C_RADAR_PSU', 'C_CONTROL_BOARD', 2, 'pcs'),
  c('C_RADAR_PSU', 'SF_COPPER_BUSBAR', 12, 'kg'),
  c('C_RADAR_COOLING', 'C_TI_HEAT_EXCHANGER', 1, 'pcs'),
  c('C_CONNECTOR', 'SF_CUBE_STRIP', 0.005, 'kg'),
  c('SF_CUBE_STRIP', 'MF_CUBE_MASTER', 0.5, 'kg'),
  c('SF_CUBE_STRIP', 'MF_COPPER_CATHODE', 0.5, 'kg'),
  c('S_NAV_RADAR', 'C_NAV_TRANSCEIVER', 1, 'pcs'),
  c('S_NAV_RADAR', 'C_CONTROL_BOARD', 4, 'pcs'),
  c('S_NAV_RADAR', 'C_PM_MOTOR_AUX', 1, 'pcs'),
  c('C_NAV_TRANSCEIVER', 'C_GAN_MMIC', 8, 'pcs'),

  // Electronics shared by every system.
  c('C_CONTROL_BOARD', 'SF_TA_CAPACITOR', 40, 'pcs'),
  c('C_CONTROL_BOARD', 'MF_COPPER_CATHODE', 0.3, 'kg'),
  c('C_CONTROL_BOARD', 'MF_SOLDER', 0.02, 'kg'),
  c('SF_TA_CAPACITOR', 'MF_TANTALUM_POWDER', 0.0002, 'kg'),
  c('C_COMPUTE_RACK', 'C_CONTROL_BOARD', 24, 'pcs'),
  c('S_CMS', 'C_CONSOLE', 12, 'pcs'),
  c('S_CMS', 'C_COMPUTE_RACK', 6, 'pcs'),
  c('C_CONSOLE', 'C_CONTROL_BOARD', 6, 'pcs'),
  c('C_CONSOLE', 'SF_COPPER_WIRE', 5, 'kg'),

  // Sonar.
  c('S_HULL_SONAR', 'C_SONAR_ARRAY', 1, 'pcs'),
  c('S_HULL_SONAR', 'C_CONTROL_BOARD', 16, 'pcs'),
  c('S_HULL_SONAR', 'C_COMPUTE_RACK', 1, 'pcs'),
  c('C_SONAR_ARRAY', 'SF_PZT_CERAMIC', 480, 'pcs'),
  c('S_TOWED_SONAR', 'C_LF_PROJECTOR', 4, 'pcs'),
  c('S_TOWED_SONAR', 'C_SONAR_ARRAY', 1, 'pcs'),
  c('S_TOWED_SONAR', 'C_TOW_CABLE', 1500, 'm'),
  c('C_TOW_CABLE', 'SF_COPPER_WIRE', 0.25, 'kg'),
  c('C_LF_PROJECTOR', 'SF_TERFENOL_ROD', 6, 'pcs'),
  c('C_LF_PROJECTOR', 'C_CONTROL_BOARD', 1, 'pcs'),
  // Terfenol-D (Tb0.3Dy0.7Fe1.9): per 1.2 kg rod about 0.22 kg Tb, 0.5 kg Dy, the rest iron.
  c('SF_TERFENOL_ROD', 'MF_TB_METAL', 0.22, 'kg'),
  c('SF_TERFENOL_ROD', 'MF_DYFE', 0.63, 'kg'),
  c('SF_TERFENOL_ROD', 'MF_IRON', 0.35, 'kg'),

  // Infrared and electro-optics.
  c('S_IRST', 'C_IR_CAMERA', 2, 'pcs'),
  c('S_IRST', 'C_PM_MOTOR_AUX', 2, 'pcs'),
  c('S_IRST', 'C_COMPUTE_RACK', 1, 'pcs'),
  c('S_EO_FC', 'C_IR_CAMERA', 1, 'pcs'),
  c('S_EO_FC', 'C_LASER_RANGEFINDER', 1, 'pcs'),
  c('S_EO_FC', 'C_PM_MOTOR_AUX', 2, 'pcs'),
  c('S_EO_FC', 'C_CONTROL_BOARD', 4, 'pcs'),
  c('C_IR_CAMERA', 'C_IR_LENS', 1, 'pcs'),
  c('C_IR_CAMERA', 'C_IR_DETECTOR', 1, 'pcs'),
  c('C_IR_CAMERA', 'C_STIRLING_COOLER', 1, 'pcs'),
  c('C_IR_CAMERA', 'C_CONTROL_BOARD', 2, 'pcs'),
  c('C_IR_LENS', 'SF_GE_BLANK', 3, 'pcs'),
  c('C_IR_LENS', 'SF_CHALCOGENIDE_GLASS', 0.4, 'kg'),
  c('SF_GE_BLANK', 'MF_GE_METAL', 0.8, 'kg'),
  c('SF_CHALCOGENIDE_GLASS', 'MF_GE_METAL', 0.33, 'kg'),
  c('SF_CHALCOGENIDE_GLASS', 'MF_ARSENIC', 0.12, 'kg'),
  c('C_IR_DETECTOR', 'SF_INSB_WAFER', 0.02, 'pcs'),
  c('SF_INSB_WAFER', 'MF_ANTIMONY', 0.03, 'kg'),
  c('C_STIRLING_COOLER', 'MF_HELIUM', 0.001, 'kg'),
  c('C_STIRLING_COOLER', 'SF_NDFEB_MAGNET', 0.05, 'kg'),
  c('C_LASER_RANGEFINDER', 'SF_ND_YAG_CRYSTAL', 1, 'pcs'),
  c('C_LASER_RANGEFINDER', 'C_CONTROL_BOARD', 1, 'pcs'),
  c('SF_ND_YAG_CRYSTAL', 'MF_YTTRIUM_OXIDE', 0.03, 'kg'),

  // Propulsion: 2 x 9 MW permanent-magnet motors, about 1.2 t NdFeB each.
  c('S_PROPULSION', 'C_PM_MOTOR', 2, 'pcs'),
  c('S_PROPULSION', 'C_PROP_CONVERTER', 2, 'pcs'),
  c('S_PROPULSION', 'C_PROPELLER', 2, 'pcs'),
  c('S_PROPULSION', 'SF_COPPER_BUSBAR', 800, 'kg'),
  c('C_PM_MOTOR', 'C_ROTOR', 1, 'pcs'),
  c('C_PM_MOTOR', 'C_STATOR', 1, 'pcs'),
  c('C_PM_MOTOR', 'SF_HULL_STEEL', 6000, 'kg'),
  c('C_ROTOR', 'SF_NDFEB_MAGNET', 1200, 'kg'),
  c('C_ROTOR', 'SF_ELECTRICAL_STEEL', 8000, 'kg'),
  c('C_STATOR', 'SF_COPPER_WIRE', 6000, 'kg'),
  c('C_STATOR', 'SF_ELECTRICAL_STEEL', 15000, 'kg'),
  c('C_PM_MOTOR_AUX', 'SF_NDFEB_MAGNET', 8, 'kg'),
  c('C_PM_MOTOR_AUX', 'SF_COPPER_WIRE', 20, 'kg'),
  c('C_PM_MOTOR_AUX', 'SF_ELECTRICAL_STEEL', 60, 'kg'),
  c('C_PM_MOTOR_AUX', 'C_CONTROL_BOARD', 1, 'pcs'),
  // Per kg of N42SH magnet: 29% NdPr, 4% Dy (via DyFe), 1% B (via FeB), 2% Co, balance Fe.
  c('SF_NDFEB_MAGNET', 'MF_NDPR_METAL', 0.29, 'kg'),
  c('SF_NDFEB_MAGNET', 'MF_DYFE', 0.05, 'kg'),
  c('SF_NDFEB_MAGNET', 'MF_FERROBORON', 0.055, 'kg'),
  c('SF_NDFEB_MAGNET', 'MF_COBALT', 0.02, 'kg'),
  c('SF_NDFEB_MAGNET', 'MF_IRON', 0.585, 'kg'),
  // Oxide to metal: NdPr oxide is about 85.7% metal by mass.
  c('MF_NDPR_METAL', 'MF_NDPR_OXIDE', 1.167, 'kg'),
  c('C_PROP_CONVERTER', 'C_SIC_MODULE', 36, 'pcs'),
  c('C_PROP_CONVERTER', 'C_CONTROL_BOARD', 8, 'pcs'),
  c('C_PROP_CONVERTER', 'SF_COPPER_BUSBAR', 300, 'kg'),
  c('C_PROP_CONVERTER', 'C_TI_HEAT_EXCHANGER', 1, 'pcs'),
  c('C_SIC_MODULE', 'SF_SIC_SUBSTRATE', 0.05, 'pcs'),
  c('C_SIC_MODULE', 'SF_COPPER_BUSBAR', 0.4, 'kg'),
  c('C_PROPELLER', 'SF_NAB_CASTING', 14000, 'kg'),
  c('SF_NAB_CASTING', 'MF_COPPER_CATHODE', 0.8, 'kg'),
  c('SF_NAB_CASTING', 'MF_ALUMINIUM_INGOT', 0.1, 'kg'),
  c('SF_NAB_CASTING', 'MF_NICKEL', 0.05, 'kg'),
  c('SF_NAB_CASTING', 'MF_IRON', 0.05, 'kg'),

  // Power generation and distribution.
  c('S_POWER', 'C_DIESEL_GENSET', 4, 'pcs'),
  c('S_POWER', 'C_SWITCHBOARD', 2, 'pcs'),
  c('S_POWER', 'C_TI_HEAT_EXCHANGER', 4, 'pcs'),
  c('C_DIESEL_GENSET', 'SF_HULL_STEEL', 20000, 'kg'),
  c('C_DIESEL_GENSET', 'SF_COPPER_WIRE', 2000, 'kg'),
  c('C_DIESEL_GENSET', 'SF_ELECTRICAL_STEEL', 5000, 'kg'),
  c('C_DIESEL_GENSET', 'C_CONTROL_BOARD', 4, 'pcs'),
  c('C_SWITCHBOARD', 'SF_COPPER_BUSBAR', 1500, 'kg'),
  c('C_SWITCHBOARD', 'C_CONTROL_BOARD', 10, 'pcs'),
  c('C_TI_HEAT_EXCHANGER', 'SF_TI_PLATE', 600, 'kg'),
  c('SF_COPPER_WIRE', 'MF_COPPER_CATHODE', 1, 'kg'),
  c('SF_COPPER_BUSBAR', 'MF_COPPER_CATHODE', 1, 'kg'),
  c('SF_ELECTRICAL_STEEL', 'MF_IRON', 1, 'kg'),

  // Energy storage: 120 modules x 24 cells.
  c('S_ESS', 'C_BATTERY_MODULE', 120, 'pcs'),
  c('S_ESS', 'C_CONTROL_BOARD', 20, 'pcs'),
  c('S_ESS', 'C_SWITCHBOARD', 1, 'pcs'),
  c('C_BATTERY_MODULE', 'SF_LI_CELL', 24, 'pcs'),
  c('C_BATTERY_MODULE', 'SF_COPPER_BUSBAR', 2, 'kg'),
  c('SF_LI_CELL', 'MF_NMC_CATHODE', 0.3, 'kg'),
  c('SF_LI_CELL', 'MF_GRAPHITE_ANODE', 0.16, 'kg'),
  c('SF_LI_CELL', 'MF_COPPER_CATHODE', 0.08, 'kg'),
  c('SF_LI_CELL', 'MF_ALUMINIUM_INGOT', 0.05, 'kg'),
  c('SF_LI_CELL', 'MF_LIPF6', 0.015, 'kg'),

  // Hull, superstructure and armour.
  c('S_HULL', 'SF_HULL_STEEL', 2_500_000, 'kg'),
  c('S_HULL', 'SF_AL_PLATE', 150_000, 'kg'),
  c('SF_HULL_STEEL', 'MF_IRON', 0.9815, 'kg'),
  c('SF_HULL_STEEL', 'MF_FERROMANGANESE', 0.018, 'kg'),
  c('SF_HULL_STEEL', 'MF_FERRONIOBIUM', 0.0005, 'kg'),
  c('SF_AL_PLATE', 'MF_ALUMINIUM_INGOT', 0.955, 'kg'),
  c('SF_AL_PLATE', 'MF_MAGNESIUM', 0.045, 'kg'),
  c('S_ARMOUR', 'SF_ARMOUR_STEEL', 180_000, 'kg'),
  c('S_ARMOUR', 'SF_TI_PLATE', 8000, 'kg'),
  c('SF_ARMOUR_STEEL', 'MF_IRON', 0.9568, 'kg'),
  c('SF_ARMOUR_STEEL', 'MF_FERROCHROME', 0.015, 'kg'),
  c('SF_ARMOUR_STEEL', 'MF_FERROMOLY', 0.008, 'kg'),
  c('SF_ARMOUR_STEEL', 'MF_NICKEL', 0.02, 'kg'),
  c('SF_ARMOUR_STEEL', 'MF_FERROBORON', 0.0002, 'kg'),
  c('SF_TI_PLATE', 'MF_TI_SPONGE', 0.9, 'kg'),
  c('SF_TI_PLATE', 'MF_ALV_MASTER', 0.1, 'kg'),

  // Weapons and replenishment.
  c('S_CIWS', 'C_CIWS_AMMO', 1, 'pcs'),
  c('S_CIWS', 'C_NAV_TRANSCEIVER', 1, 'pcs'),
  c('S_CIWS', 'C_PM_MOTOR_AUX', 4, 'pcs'),
  c('S_CIWS', 'C_CONTROL_BOARD', 6, 'pcs'),
  c('C_CIWS_AMMO', 'SF_WHA_ROD', 1500, 'pcs'),
  c('SF_WHA_ROD', 'MF_TUNGSTEN_POWDER', 0.186, 'kg'),
  c('SF_WHA_ROD', 'MF_NICKEL', 0.01, 'kg'),
  c('SF_WHA_ROD', 'MF_IRON', 0.004, 'kg'),
  c('S_RAS', 'C_RAS_WINCH', 4, 'pcs'),
  c('C_RAS_WINCH', 'C_PM_MOTOR_AUX', 2, 'pcs'),
  c('C_RAS_WINCH', 'SF_HULL_STEEL', 3000, 'kg'),
];

const m = (itemKey: string, materialSymbol: string, quantityKg: number): DemoItemMaterial => ({ itemKey, materialSymbol, quantityKg });

/** Per kg of material form unless the item is counted in pieces; on leaves only. */
export const DEMO_ITEM_MATERIALS: readonly DemoItemMaterial[] = [
  m('MF_TMGA', 'Ga', 0.607), // Ga(CH3)3: 69.7 / 114.8
  m('MF_TANTALUM_POWDER', 'Ta', 1),
  m('MF_CUBE_MASTER', 'Be', 0.04),
  m('MF_CUBE_MASTER', 'Cu', 0.96),
  m('MF_TB_METAL', 'Tb', 1),
  m('MF_GE_METAL', 'Ge', 1),
  m('MF_ARSENIC', 'As', 1),
  m('MF_ANTIMONY', 'Sb', 1),
  m('MF_HELIUM', 'He', 1),
  m('MF_YTTRIUM_OXIDE', 'Y', 0.787), // Y2O3
  m('MF_SOLDER', 'Sn', 0.965),
  m('MF_NDPR_OXIDE', 'Nd', 0.643),
  m('MF_NDPR_OXIDE', 'Pr', 0.214),
  m('MF_DYFE', 'Dy', 0.8),
  m('MF_DYFE', 'Fe', 0.2),
  m('MF_FERROBORON', 'B', 0.18),
  m('MF_FERROBORON', 'Fe', 0.82),
  m('MF_COBALT', 'Co', 1),
  m('MF_IRON', 'Fe', 1),
  m('MF_COPPER_CATHODE', 'Cu', 1),
  m('MF_ALUMINIUM_INGOT', 'Al', 1),
  m('MF_MAGNESIUM', 'Mg', 1),
  m('MF_NICKEL', 'Ni', 1),
  m('MF_NMC_CATHODE', 'Li', 0.072), // LiNi0.8Mn0.1Co0.1O2
  m('MF_NMC_CATHODE', 'Ni', 0.48),
  m('MF_NMC_CATHODE', 'Mn', 0.056),
  m('MF_NMC_CATHODE', 'Co', 0.06),
  m('MF_GRAPHITE_ANODE', 'GRAPHITE', 1),
  m('MF_LIPF6', 'Li', 0.046),
  m('MF_LIPF6', 'P', 0.204),
  // The fluorine comes from fluorspar: counted as CaF2 equivalent (0.75 kg F / 0.487).
  m('MF_LIPF6', 'FLUORSPAR', 1.54),
  m('MF_TI_SPONGE', 'Ti', 1),
  m('MF_ALV_MASTER', 'V', 0.4),
  m('MF_ALV_MASTER', 'Al', 0.6),
  m('MF_FERROMANGANESE', 'Mn', 0.78),
  m('MF_FERROMANGANESE', 'Fe', 0.22),
  m('MF_FERRONIOBIUM', 'Nb', 0.65),
  m('MF_FERRONIOBIUM', 'Fe', 0.35),
  m('MF_FERROCHROME', 'Cr', 0.65),
  m('MF_FERROCHROME', 'Fe', 0.35),
  m('MF_FERROMOLY', 'Mo', 0.65),
  m('MF_FERROMOLY', 'Fe', 0.35),
  m('MF_TUNGSTEN_POWDER', 'W', 1),
];

type LinkSpec = Omit<DemoSupplyLink, 'itemKey' | 'contributedByOrgKey' | 'supplierOrgKey' | 'sharedWith'> &
  Partial<Pick<DemoSupplyLink, 'supplierOrgKey' | 'sharedWith'>>;

const linksOf = (contributedByOrgKey: DemoIndustryOrgKey, itemKey: string, ...specs: LinkSpec[]): DemoSupplyLink[] =>
  specs.map((s) => ({ supplierOrgKey: null, sharedWith: [], ...s, itemKey, contributedByOrgKey }));

/**
 * The confidential chain data. Visibility is mixed on purpose: the shipyard's second magnet source and
 * its Russian titanium are OWNER only, and the magnet maker's Chinese metal suppliers are OWNER only,
 * so neither may ever see the other's supplier names.
 */
export const DEMO_SUPPLY_LINKS: readonly DemoSupplyLink[] = [
  // --- Noordzee Marinewerf (shipyard, tier 0) ---
  ...linksOf('werf', 'S_AESA', {
    supplierOrgKey: 'radar', supplierName: 'Delta Radar Systems B.V.', country: 'NL', share: 1, tier: 1,
    leadTimeWeeks: 104, stockMonths: 0, singleSource: true, visibility: 'ROADMAP',
  }),
  ...linksOf('werf', 'S_NAV_RADAR', {
    supplierOrgKey: 'radar', supplierName: 'Delta Radar Systems B.V.', country: 'NL', share: 1, tier: 1,
    leadTimeWeeks: 52, stockMonths: 0, singleSource: true, visibility: 'ROADMAP',
  }),
  ...linksOf('werf', 'S_HULL_SONAR', {
    supplierOrgKey: 'radar', supplierName: 'Delta Radar Systems B.V.', country: 'NL', share: 1, tier: 1,
    leadTimeWeeks: 78, stockMonths: 0, singleSource: true, visibility: 'GOVERNMENT',
  }),
  ...linksOf('werf', 'S_TOWED_SONAR', {
    supplierOrgKey: 'radar', supplierName: 'Delta Radar Systems B.V.', country: 'NL', share: 1, tier: 1,
    leadTimeWeeks: 78, stockMonths: 0, singleSource: true, visibility: 'GOVERNMENT',
  }),
  ...linksOf('werf', 'S_IRST', {
    supplierOrgKey: 'radar', supplierName: 'Delta Radar Systems B.V.', country: 'NL', share: 1, tier: 1,
    leadTimeWeeks: 60, stockMonths: 0, singleSource: true, visibility: 'ROADMAP',
  }),
  ...linksOf(
    'werf',
    'S_EO_FC',
    { supplierOrgKey: 'radar', supplierName: 'Delta Radar Systems B.V.', country: 'NL', share: 0.6, tier: 1, leadTimeWeeks: 48, stockMonths: 0, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Mitsuyama Optronics KK', country: 'JP', share: 0.4, tier: 1, leadTimeWeeks: 56, stockMonths: 0, singleSource: false, visibility: 'OWNER' },
  ),
  ...linksOf('werf', 'S_CIWS', {
    supplierName: 'Atlantic Naval Weapons Inc.', country: 'US', share: 1, tier: 1,
    leadTimeWeeks: 130, stockMonths: 0, singleSource: true, visibility: 'GOVERNMENT',
  }),
  ...linksOf(
    'werf',
    'C_PM_MOTOR',
    { supplierName: 'Rheinland Antriebstechnik GmbH', country: 'DE', share: 0.7, tier: 1, leadTimeWeeks: 70, stockMonths: 0, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Nordic Drives AS', country: 'NO', share: 0.3, tier: 1, leadTimeWeeks: 80, stockMonths: 0, singleSource: false, visibility: 'OWNER', sharedWith: ['defensie'] },
  ),
  ...linksOf(
    'werf',
    'C_PM_MOTOR_AUX',
    { supplierName: 'Brno Servo Drives a.s.', country: 'CZ', share: 0.5, tier: 1, leadTimeWeeks: 20, stockMonths: 6, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Sapporo Servo KK', country: 'JP', share: 0.5, tier: 1, leadTimeWeeks: 16, stockMonths: 4, singleSource: false, visibility: 'GOVERNMENT' },
  ),
  ...linksOf('werf', 'C_PROP_CONVERTER', {
    supplierName: 'Ateliers Électriques de Normandie SA', country: 'FR', share: 1, tier: 1,
    leadTimeWeeks: 56, stockMonths: 0, singleSource: true, visibility: 'GOVERNMENT',
  }),
  // The motor maker's magnets: the Chinese second source is the shipyard's secret, the magnet maker must not see it.
  ...linksOf(
    'werf',
    'SF_NDFEB_MAGNET',
    { supplierOrgKey: 'magneet', supplierName: 'Brabant Magneettechniek B.V.', country: 'NL', share: 0.35, tier: 2, leadTimeWeeks: 26, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Ningbo Jinli Magnetics Co.', country: 'CN', share: 0.65, tier: 2, leadTimeWeeks: 20, stockMonths: 1, singleSource: false, visibility: 'OWNER' },
  ),
  ...linksOf(
    'werf',
    'C_SIC_MODULE',
    { supplierName: 'Bavarian Power Semiconductors AG', country: 'DE', share: 0.6, tier: 2, leadTimeWeeks: 52, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
    { supplierName: 'Kyoto Power Devices KK', country: 'JP', share: 0.4, tier: 2, leadTimeWeeks: 45, stockMonths: 1, singleSource: false, visibility: 'OWNER', sharedWith: ['radar'] },
  ),
  ...linksOf(
    'werf',
    'C_BATTERY_MODULE',
    { supplierName: 'Gyeonggi Energy Solutions Co.', country: 'KR', share: 0.7, tier: 1, leadTimeWeeks: 40, stockMonths: 3, singleSource: false, visibility: 'GOVERNMENT' },
    { supplierName: 'Nordvolt Cells AB', country: 'SE', share: 0.3, tier: 1, leadTimeWeeks: 52, stockMonths: 1, singleSource: false, visibility: 'OWNER', sharedWith: ['ez'] },
  ),
  ...linksOf(
    'werf',
    'MF_NMC_CATHODE',
    { supplierName: 'Hunan Cathode Materials Co.', country: 'CN', share: 0.6, tier: 3, leadTimeWeeks: 16, stockMonths: 1, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Chungcheong Cathode Co.', country: 'KR', share: 0.4, tier: 3, leadTimeWeeks: 20, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
  ),
  ...linksOf('werf', 'MF_GRAPHITE_ANODE', {
    supplierName: 'Heilongjiang Graphite Co.', country: 'CN', share: 1, tier: 4,
    leadTimeWeeks: 16, stockMonths: 1, singleSource: true, visibility: 'OWNER',
  }),
  ...linksOf('werf', 'C_PROPELLER', {
    supplierName: 'Zeeuwse Scheepsschroefgieterij B.V.', country: 'NL', share: 1, tier: 1,
    leadTimeWeeks: 60, stockMonths: 0, singleSource: true, visibility: 'ROADMAP',
  }),
  ...linksOf('werf', 'C_DIESEL_GENSET', {
    supplierName: 'Bodensee Motorenwerke GmbH', country: 'DE', share: 1, tier: 1,
    leadTimeWeeks: 65, stockMonths: 0, singleSource: true, visibility: 'ROADMAP',
  }),
  ...linksOf(
    'werf',
    'SF_HULL_STEEL',
    { supplierName: 'Nordic Steel Works AB', country: 'SE', share: 0.6, tier: 1, leadTimeWeeks: 30, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Rhein-Ruhr Grobblech GmbH', country: 'DE', share: 0.4, tier: 1, leadTimeWeeks: 26, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
  ),
  // Armour plate: one qualified mill, 40 weeks lead time against 3 months of stock.
  ...linksOf('werf', 'SF_ARMOUR_STEEL', {
    supplierName: 'Nordic Steel Works AB', country: 'SE', share: 1, tier: 1,
    leadTimeWeeks: 40, stockMonths: 3, singleSource: true, visibility: 'OWNER', sharedWith: ['defensie'],
  }),
  ...linksOf(
    'werf',
    'SF_TI_PLATE',
    { supplierName: 'Volga Titanium Rolling JSC', country: 'RU', share: 0.5, tier: 1, leadTimeWeeks: 36, stockMonths: 4, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Pacific Titanium Corp.', country: 'US', share: 0.5, tier: 1, leadTimeWeeks: 60, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
  ),
  ...linksOf(
    'werf',
    'MF_TI_SPONGE',
    { supplierName: 'Ust-Kamen Titanium Sponge JSC', country: 'KZ', share: 0.5, tier: 2, leadTimeWeeks: 24, stockMonths: 2, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Toho Sponge Titanium KK', country: 'JP', share: 0.5, tier: 2, leadTimeWeeks: 30, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
  ),
  ...linksOf('werf', 'SF_AL_PLATE', {
    supplierName: 'Vestland Aluminium AS', country: 'NO', share: 1, tier: 1,
    leadTimeWeeks: 20, stockMonths: 2, singleSource: true, visibility: 'ROADMAP',
  }),
  ...linksOf('werf', 'MF_MAGNESIUM', {
    supplierName: 'Shanxi Magnesium Smelting Co.', country: 'CN', share: 1, tier: 2,
    leadTimeWeeks: 12, stockMonths: 1, singleSource: true, visibility: 'ROADMAP',
  }),
  ...linksOf(
    'werf',
    'MF_COPPER_CATHODE',
    { supplierName: 'Andes Copper Refining S.A.', country: 'CL', share: 0.5, tier: 3, leadTimeWeeks: 12, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
    { supplierName: 'Katanga Copper Refinery SARL', country: 'CD', share: 0.2, tier: 3, leadTimeWeeks: 14, stockMonths: 2, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Hamburger Kupferhütte GmbH', country: 'DE', share: 0.3, tier: 3, leadTimeWeeks: 6, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
  ),
  ...linksOf('werf', 'MF_FERRONIOBIUM', {
    supplierName: 'Minas Nióbio Ltda.', country: 'BR', share: 1, tier: 3,
    leadTimeWeeks: 12, stockMonths: 6, singleSource: true, visibility: 'GOVERNMENT',
  }),
  ...linksOf(
    'werf',
    'MF_FERROMANGANESE',
    { supplierName: 'Transvaal Manganese Alloys (Pty) Ltd', country: 'ZA', share: 0.7, tier: 3, leadTimeWeeks: 14, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Helgeland Ferrolegeringer AS', country: 'NO', share: 0.3, tier: 3, leadTimeWeeks: 8, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
  ),
  ...linksOf(
    'werf',
    'MF_FERROCHROME',
    { supplierName: 'Bushveld Ferrochrome (Pty) Ltd', country: 'ZA', share: 0.8, tier: 3, leadTimeWeeks: 14, stockMonths: 2, singleSource: false, visibility: 'OWNER', sharedWith: ['nmo'] },
    { supplierName: 'Anatolian Ferroalloys A.Ş.', country: 'TR', share: 0.2, tier: 3, leadTimeWeeks: 10, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
  ),
  ...linksOf(
    'werf',
    'MF_TUNGSTEN_POWDER',
    { supplierName: 'Ganzhou Tungsten Industry Co.', country: 'CN', share: 0.8, tier: 3, leadTimeWeeks: 24, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
    { supplierName: 'Tirol Wolfram GmbH', country: 'AT', share: 0.2, tier: 3, leadTimeWeeks: 18, stockMonths: 3, singleSource: false, visibility: 'ROADMAP' },
  ),
  ...linksOf('werf', 'C_CONTROL_BOARD', {
    supplierName: 'Eindhoven Electronics Manufacturing B.V.', country: 'NL', share: 0.45, tier: 2,
    leadTimeWeeks: 16, stockMonths: 3, singleSource: false, visibility: 'ROADMAP',
  }),

  // --- Delta Radar Systems (tier 1) ---
  ...linksOf(
    'radar',
    'C_CONTROL_BOARD',
    { supplierName: 'Penang PCB Assembly Sdn Bhd', country: 'MY', share: 0.3, tier: 2, leadTimeWeeks: 12, stockMonths: 2, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Eindhoven Electronics Manufacturing B.V.', country: 'NL', share: 0.25, tier: 2, leadTimeWeeks: 16, stockMonths: 3, singleSource: false, visibility: 'ROADMAP' },
  ),
  ...linksOf(
    'radar',
    'C_GAN_MMIC',
    { supplierName: 'Yokohama Compound Semiconductor KK', country: 'JP', share: 0.7, tier: 2, leadTimeWeeks: 40, stockMonths: 6, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Carolina GaN Foundry Inc.', country: 'US', share: 0.3, tier: 2, leadTimeWeeks: 52, stockMonths: 3, singleSource: false, visibility: 'OWNER', sharedWith: ['defensie'] },
  ),
  ...linksOf('radar', 'SF_GAN_WAFER', {
    supplierName: 'Yokohama Compound Semiconductor KK', country: 'JP', share: 1, tier: 3,
    leadTimeWeeks: 26, stockMonths: 2, singleSource: true, visibility: 'GOVERNMENT',
  }),
  // Gallium precursor: China dominates primary gallium, and 26 weeks of lead time meet 2 months of stock.
  ...linksOf(
    'radar',
    'MF_TMGA',
    { supplierName: 'Shandong Gallium Chemicals Co.', country: 'CN', share: 0.8, tier: 4, leadTimeWeeks: 26, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
    { supplierName: 'Rhône Précurseurs SAS', country: 'FR', share: 0.2, tier: 4, leadTimeWeeks: 20, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
  ),
  ...linksOf(
    'radar',
    'SF_SIC_SUBSTRATE',
    { supplierName: 'Carolina Silicon Carbide Inc.', country: 'US', share: 0.6, tier: 3, leadTimeWeeks: 30, stockMonths: 3, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Kyushu Crystal Works KK', country: 'JP', share: 0.4, tier: 3, leadTimeWeeks: 26, stockMonths: 3, singleSource: false, visibility: 'OWNER' },
  ),
  ...linksOf('radar', 'C_IR_LENS', {
    supplierName: 'Kyushu Optics KK', country: 'JP', share: 1, tier: 2,
    leadTimeWeeks: 30, stockMonths: 1, singleSource: true, visibility: 'OWNER', sharedWith: ['werf'],
  }),
  ...linksOf(
    'radar',
    'SF_GE_BLANK',
    { supplierName: 'Yunnan Germanium Co.', country: 'CN', share: 0.7, tier: 3, leadTimeWeeks: 20, stockMonths: 2, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Lotharingie Matériaux Optiques SA', country: 'FR', share: 0.3, tier: 3, leadTimeWeeks: 24, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
  ),
  ...linksOf(
    'radar',
    'MF_GE_METAL',
    { supplierName: 'Yunnan Germanium Co.', country: 'CN', share: 0.85, tier: 4, leadTimeWeeks: 16, stockMonths: 1, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Krasnoyarsk Rare Metals JSC', country: 'RU', share: 0.15, tier: 4, leadTimeWeeks: 20, stockMonths: 1, singleSource: false, visibility: 'OWNER' },
  ),
  ...linksOf('radar', 'C_IR_DETECTOR', {
    supplierName: 'Grenoble Infrared Detectors SAS', country: 'FR', share: 1, tier: 2,
    leadTimeWeeks: 52, stockMonths: 4, singleSource: true, visibility: 'GOVERNMENT',
  }),
  ...linksOf(
    'radar',
    'MF_ANTIMONY',
    { supplierName: 'Anatolian Antimony A.Ş.', country: 'TR', share: 0.4, tier: 4, leadTimeWeeks: 12, stockMonths: 3, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Hunan Antimony Smelting Co.', country: 'CN', share: 0.6, tier: 4, leadTimeWeeks: 14, stockMonths: 3, singleSource: false, visibility: 'OWNER' },
  ),
  ...linksOf(
    'radar',
    'MF_HELIUM',
    { supplierName: 'Kansas Helium Co.', country: 'US', share: 0.6, tier: 3, leadTimeWeeks: 8, stockMonths: 1, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Doha Industrial Gases', country: 'QA', share: 0.4, tier: 3, leadTimeWeeks: 10, stockMonths: 1, singleSource: false, visibility: 'GOVERNMENT' },
  ),
  ...linksOf('radar', 'SF_TERFENOL_ROD', {
    supplierName: 'Ames Magnetostrictive Inc.', country: 'US', share: 1, tier: 2,
    leadTimeWeeks: 36, stockMonths: 6, singleSource: true, visibility: 'OWNER', sharedWith: ['defensie'],
  }),
  ...linksOf('radar', 'MF_TB_METAL', {
    supplierName: 'Baotou Rare Earth Metals Co.', country: 'CN', share: 1, tier: 3,
    leadTimeWeeks: 24, stockMonths: 1, singleSource: true, visibility: 'GOVERNMENT',
  }),
  ...linksOf('radar', 'MF_DYFE', {
    supplierName: 'Baotou Rare Earth Metals Co.', country: 'CN', share: 0.15, tier: 3,
    leadTimeWeeks: 24, stockMonths: 1, singleSource: true, visibility: 'OWNER',
  }),
  ...linksOf('radar', 'SF_CUBE_STRIP', {
    supplierName: 'Ohio Beryllium Alloys Inc.', country: 'US', share: 1, tier: 3,
    leadTimeWeeks: 18, stockMonths: 6, singleSource: true, visibility: 'GOVERNMENT',
  }),
  ...linksOf(
    'radar',
    'SF_TA_CAPACITOR',
    { supplierName: 'Morava Capacitor Works s.r.o.', country: 'CZ', share: 0.6, tier: 3, leadTimeWeeks: 14, stockMonths: 4, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Kagoshima Electronic Components KK', country: 'JP', share: 0.4, tier: 3, leadTimeWeeks: 16, stockMonths: 4, singleSource: false, visibility: 'OWNER' },
  ),
  ...linksOf(
    'radar',
    'MF_TANTALUM_POWDER',
    { supplierName: 'Great Lakes Tantalum SARL', country: 'CD', share: 0.5, tier: 4, leadTimeWeeks: 20, stockMonths: 2, singleSource: false, visibility: 'GOVERNMENT' },
    { supplierName: 'Minas Tântalo Ltda.', country: 'BR', share: 0.3, tier: 4, leadTimeWeeks: 16, stockMonths: 2, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Pilbara Tantalum Pty Ltd', country: 'AU', share: 0.2, tier: 4, leadTimeWeeks: 18, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
  ),
  ...linksOf(
    'radar',
    'SF_ND_YAG_CRYSTAL',
    { supplierName: 'Fujian Laser Crystals Co.', country: 'CN', share: 0.5, tier: 3, leadTimeWeeks: 20, stockMonths: 3, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Jenaer Laserkristalle GmbH', country: 'DE', share: 0.5, tier: 3, leadTimeWeeks: 24, stockMonths: 3, singleSource: false, visibility: 'ROADMAP' },
  ),
  ...linksOf('radar', 'MF_YTTRIUM_OXIDE', {
    supplierName: 'Guangdong Yttrium Materials Co.', country: 'CN', share: 1, tier: 4,
    leadTimeWeeks: 16, stockMonths: 2, singleSource: true, visibility: 'OWNER',
  }),

  // --- Brabant Magneettechniek (tier 2) ---
  ...linksOf(
    'magneet',
    'MF_NDPR_METAL',
    { supplierName: 'Jiangxi Rare Metals Co.', country: 'CN', share: 0.85, tier: 3, leadTimeWeeks: 16, stockMonths: 2, singleSource: false, visibility: 'OWNER' },
    { supplierName: 'Perth Rare Earth Metals Pty Ltd', country: 'AU', share: 0.15, tier: 3, leadTimeWeeks: 30, stockMonths: 2, singleSource: false, visibility: 'ROADMAP' },
  ),
  ...linksOf(
    'magneet',
    'MF_NDPR_OXIDE',
    { supplierName: 'Bayan Obo Separation Co.', country: 'CN', share: 0.6, tier: 4, leadTimeWeeks: 12, stockMonths: 1, singleSource: false, visibility: 'OWNER', sharedWith: ['nmo'] },
    { supplierName: 'Kalgoorlie Rare Earths Ltd', country: 'AU', share: 0.3, tier: 4, leadTimeWeeks: 20, stockMonths: 1, singleSource: false, visibility: 'GOVERNMENT' },
    { supplierName: 'La Rochelle Terres Rares SAS', country: 'FR', share: 0.1, tier: 4, leadTimeWeeks: 16, stockMonths: 1, singleSource: false, visibility: 'ROADMAP' },
  ),
  // Dysprosium: one Chinese source; 20 weeks of lead time against 2 months of stock.
  ...linksOf('magneet', 'MF_DYFE', {
    supplierName: 'Jiangxi Rare Metals Co.', country: 'CN', share: 0.85, tier: 3,
    leadTimeWeeks: 20, stockMonths: 2, singleSource: true, visibility: 'OWNER', sharedWith: ['defensie'],
  }),
  ...linksOf('magneet', 'MF_FERROBORON', {
    supplierName: 'Anatolian Boron Alloys A.Ş.', country: 'TR', share: 1, tier: 3,
    leadTimeWeeks: 10, stockMonths: 4, singleSource: true, visibility: 'GOVERNMENT',
  }),
  ...linksOf(
    'magneet',
    'MF_COBALT',
    { supplierName: 'Kokkola Cobalt Refinery Oy', country: 'FI', share: 0.7, tier: 3, leadTimeWeeks: 10, stockMonths: 3, singleSource: false, visibility: 'ROADMAP' },
    { supplierName: 'Lubumbashi Cobalt Refining SARL', country: 'CD', share: 0.3, tier: 4, leadTimeWeeks: 16, stockMonths: 3, singleSource: false, visibility: 'OWNER' },
  ),
  // Iron powder is a sliver of all the iron in the fleet (steel plate is bought as plate).
  ...linksOf('magneet', 'MF_IRON', {
    supplierName: 'Rotterdam Iron Powders B.V.', country: 'NL', share: 0.02, tier: 3,
    leadTimeWeeks: 4, stockMonths: 2, singleSource: true, visibility: 'ROADMAP',
  }),
];

/** Everything above in one object, for the seed. */
export const DEMO_FLEET = {
  productGroup: DEMO_PRODUCT_GROUP,
  items: DEMO_ITEMS,
  compositions: DEMO_COMPOSITIONS,
  itemMaterials: DEMO_ITEM_MATERIALS,
  supplyLinks: DEMO_SUPPLY_LINKS,
} as const;
