/**
 * The controlled vocabularies of the supplier directory (issue 19). Codes only: the web app labels
 * them in Dutch and English (apps/web/src/lib/suppliers/messages.ts), the database checks them
 * (migration 1764001600000-suppliers) and GraphQL exposes them as enums.
 */

/** What a company can make or do. */
export const CAPABILITIES = [
  'FIVE_AXIS_MACHINING',
  'CASTING',
  'FORGING',
  'WELDING_EXC3',
  'WELDING_EXC4',
  'COMPOSITES',
  'ELECTRONICS_ASSEMBLY',
  'PCB',
  'CABLE_HARNESSES',
  'SURFACE_TREATMENT',
  'PRECISION_SHEET_METAL',
  'ADDITIVE_MANUFACTURING',
  'MAGNET_ASSEMBLY',
  'EMBEDDED_SOFTWARE',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const CERTIFICATIONS = [
  'ISO_9001',
  'AQAP_2110',
  'EN_9100',
  'ISO_3834_2',
  'EN_1090_2',
  'ISO_14001',
  'ISO_27001',
  'IPC_J_STD_001',
  'NADCAP',
  'ISO_13485',
] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

/** Markets a company serves (the report's "same qualifications, other sectors"). */
export const SECTORS = [
  'DEFENCE',
  'MARITIME',
  'AEROSPACE',
  'SEMICONDUCTOR',
  'HEALTHCARE',
  'ENERGY',
  'AUTOMOTIVE',
  'RAIL',
  'MACHINE_BUILDING',
  'INFRASTRUCTURE',
] as const;
export type Sector = (typeof SECTORS)[number];

export const PROVINCES = [
  'GRONINGEN',
  'FRIESLAND',
  'DRENTHE',
  'OVERIJSSEL',
  'FLEVOLAND',
  'GELDERLAND',
  'UTRECHT',
  'NOORD_HOLLAND',
  'ZUID_HOLLAND',
  'ZEELAND',
  'NOORD_BRABANT',
  'LIMBURG',
] as const;
export type Province = (typeof PROVINCES)[number];

/** Employees: MICRO < 10, SMALL 10-49, MEDIUM 50-249, LARGE 250 or more. */
export const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/**
 * The Metaalunie/MKB-Nederland scheme: A direct suppliers to Defence, B suppliers to A,
 * C potential direct suppliers, D potential suppliers to A.
 */
export const DEFENCE_CATEGORIES = ['A', 'B', 'C', 'D'] as const;
export type DefenceCategory = (typeof DEFENCE_CATEGORIES)[number];

/** Security clearance of the company (ABDO): none, applied for, granted; ordered. */
export const CLEARANCES = ['NONE', 'APPLIED', 'CLEARED'] as const;
export type Clearance = (typeof CLEARANCES)[number];

/**
 * The parts of a profile its company may keep for government readers only. Name, province, size
 * class, category and capabilities are the directory entry itself and visible to every platform user.
 */
export const PROFILE_SECTIONS = ['KVK', 'CERTIFICATIONS', 'SECTORS', 'CLEARANCE', 'CAPACITY', 'DESCRIPTION'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/** Who sees a profile section: every platform user, or government users (and the company itself). */
export const PROFILE_AUDIENCES = ['ALL', 'GOVERNMENT'] as const;
export type ProfileAudience = (typeof PROFILE_AUDIENCES)[number];

export const isCurrentSupplier = (category: DefenceCategory) => category === 'A' || category === 'B';
