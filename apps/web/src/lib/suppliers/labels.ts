import type { Capability, Certification, Clearance, DefenceCategory, MatchNoteFieldsFragment, ProfileSection, Province, Sector, SizeClass } from '$lib/api/generated/graphql';
import type { MessageKey } from '$lib/i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The label of a vocabulary code (capability, certification, sector, ...) in the current language. */
export function label(t: T, kind: 'capability' | 'certification' | 'sector' | 'province' | 'size' | 'category' | 'clearance' | 'section', code: string): string {
	return t(`suppliers.${kind}.${code}` as MessageKey);
}

/** A list of codes of one kind as text. */
export function labels(t: T, kind: Parameters<typeof label>[1], codes: readonly string[]): string {
	return codes.map((c) => label(t, kind, c)).join(', ');
}

/** Which vocabulary a match note's values come from. */
function kindOf(code: MatchNoteFieldsFragment['code']): Parameters<typeof label>[1] | null {
	switch (code) {
		case 'CAPABILITIES':
		case 'MISSING_CAPABILITIES':
			return 'capability';
		case 'CERTIFICATIONS':
		case 'MISSING_CERTIFICATIONS':
		case 'CERTIFICATIONS_NOT_VISIBLE':
			return 'certification';
		case 'CLEARANCE':
		case 'CLEARANCE_MISSING':
		case 'CLEARANCE_NOT_VISIBLE':
			return 'clearance';
		case 'CATEGORY':
		case 'CAPACITY':
		case 'CAPACITY_SHORT':
		case 'CAPACITY_LATE':
		case 'CAPACITY_NOT_VISIBLE':
		case 'SIMILAR_TO_CURRENT':
			return null;
	}
}

/** Why a candidate matches or what it lacks, as a sentence fragment. */
export function noteText(t: T, note: MatchNoteFieldsFragment): string {
	const kind = kindOf(note.code);
	const values = kind ? labels(t, kind, note.values) : note.values.join(', ');
	return t(`suppliers.note.${note.code}` as MessageKey, { values, amount: note.amount ?? '' });
}

/** The vocabularies the forms offer (the API's enums; the schema checks them). */
export const CAPABILITY_OPTIONS = [
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
] as const satisfies readonly Capability[];
export const CERTIFICATION_OPTIONS = [
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
] as const satisfies readonly Certification[];
export const CLEARANCE_OPTIONS = ['NONE', 'APPLIED', 'CLEARED'] as const satisfies readonly Clearance[];
export const SECTOR_OPTIONS = [
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
] as const satisfies readonly Sector[];
export const PROVINCE_OPTIONS = [
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
] as const satisfies readonly Province[];
export const SIZE_OPTIONS = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const satisfies readonly SizeClass[];
export const CATEGORY_OPTIONS = ['A', 'B', 'C', 'D'] as const satisfies readonly DefenceCategory[];
export const SECTION_OPTIONS = ['KVK', 'CERTIFICATIONS', 'SECTORS', 'CLEARANCE', 'CAPACITY', 'DESCRIPTION'] as const satisfies readonly ProfileSection[];
