/**
 * The texts of the materials catalogue added for issue 20 (non-critical materials, group figures,
 * plain and normalised HHI, the chart's combined row), Dutch and English, spread into the catalogues
 * (lib/i18n/nl.ts and en.ts).
 */
export const materialsNl = {
	'materials.filter.critical': 'Kritiek',
	'materials.filter.critical.all': 'Alle beoordeelde grondstoffen',
	'materials.filter.critical.yes': 'Alleen kritieke grondstoffen',
	'materials.filter.critical.no': 'Alleen niet-kritieke grondstoffen',
	'materials.column.critical': 'Kritiek (EU 2023)',
	'material.critical.yes': 'Kritiek',
	'material.critical.no': 'Niet kritiek',
	'material.critical.noHint': 'Beoordeeld in de EU-studie van 2023 en niet kritiek bevonden.',
	'material.groupFigures': 'cijfers van de groep {group}',
	'material.groupFigures.note':
		'De EU-lijst van 2023 beoordeelt {group} als groep: de kerncijfers hierboven zijn die van de groep, niet van {name} apart.',
	'material.hhi.label': 'HHI',
	'material.hhi.value': 'HHI {hhi} ({band})',
	'material.hhi.normalised': 'genormaliseerd {hhi}: de aandelen tellen op tot {sum} en zijn daardoor gedeeld',
	'material.hhi.hint':
		'HHI: de som van de gekwadrateerde aandelen zoals gepubliceerd (methode van het JRC; "<0,1%" telt als 0,1%). Waar de aandelen samen meer dan 100% zijn, staat de genormaliseerde HHI erbij.',
	'material.shares.otherCountries': '{count} andere landen',
	'material.shares.otherCountries.list': 'Toon de {count} andere landen',
	'hhiBand.UNCONCENTRATED': 'niet geconcentreerd',
	'hhiBand.MODERATE': 'matig geconcentreerd',
	'hhiBand.HIGH': 'sterk geconcentreerd',
} as const;

export const materialsEn: { readonly [K in keyof typeof materialsNl]: string } = {
	'materials.filter.critical': 'Critical',
	'materials.filter.critical.all': 'All assessed raw materials',
	'materials.filter.critical.yes': 'Critical raw materials only',
	'materials.filter.critical.no': 'Non-critical raw materials only',
	'materials.column.critical': 'Critical (EU 2023)',
	'material.critical.yes': 'Critical',
	'material.critical.no': 'Not critical',
	'material.critical.noHint': 'Assessed in the EU study of 2023 and found not critical.',
	'material.groupFigures': 'figures of the group {group}',
	'material.groupFigures.note':
		'The EU list of 2023 assesses {group} as a group: the key figures above are the group’s, not those of {name} alone.',
	'material.hhi.label': 'HHI',
	'material.hhi.value': 'HHI {hhi} ({band})',
	'material.hhi.normalised': 'normalised {hhi}: the shares add up to {sum} and are divided by it',
	'material.hhi.hint':
		'HHI: the sum of the squared shares as published (JRC method; "<0.1%" counts as 0.1%). Where the shares add up to more than 100%, the normalised HHI is shown beside it.',
	'material.shares.otherCountries': '{count} other countries',
	'material.shares.otherCountries.list': 'Show the {count} other countries',
	'hhiBand.UNCONCENTRATED': 'unconcentrated',
	'hhiBand.MODERATE': 'moderately concentrated',
	'hhiBand.HIGH': 'highly concentrated',
};
