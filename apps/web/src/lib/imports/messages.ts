/**
 * The texts of the chain-data import (template, dry run, report, apply), Dutch and English, spread
 * into the catalogues (lib/i18n/nl.ts and en.ts).
 */
import type { PluralForms } from '$lib/format/plural';

export const importsNl = {
	'imports.title': 'Ketendata importeren',
	'imports.intro':
		'Lees onderdelen, samenstelling, materialen en leveranciers in uit een Excel- of CSV-bestand. Eerst controleren we het hele bestand; pas als er geen problemen zijn, kunt u het toepassen. Rijen worden herkend aan uw eigen referentie: hetzelfde bestand nog eens inlezen verandert niets.',

	// Template.
	'imports.template.title': 'Sjabloon downloaden',
	'imports.template.explain': 'Het sjabloon heeft een tabblad per soort gegevens, met de kolomkoppen, een voorbeeldrij en een tabblad met uitleg.',
	'imports.template.nl': 'Nederlands',
	'imports.template.en': 'English',
	'imports.template.busy': 'Bezig met downloaden…',
	'imports.template.done': 'Het sjabloon {filename} is gedownload.',

	// File and buttons.
	'imports.file': 'Bestand (.xlsx of .csv)',
	'imports.file.explain':
		'Een Excel-bestand met de tabbladen van het sjabloon, of een CSV-bestand per tabblad met de naam van het tabblad (bijv. Leveranciers.csv). Hoogstens 5 MB.',
	'imports.check': 'Controleren',
	'imports.checking': 'Bezig met controleren…',
	'imports.checkingLarge': 'Bezig met controleren… Een groot bestand kan even duren.',
	'imports.apply': 'Toepassen',
	'imports.applying': 'Bezig met toepassen…',

	// Problems with the file itself.
	'imports.error.noFile': 'Kies een bestand.',
	'imports.error.fileType': 'Kies een .xlsx- of .csv-bestand.',
	'imports.error.empty': 'Het bestand is leeg.',
	'imports.error.tooLarge': 'Het bestand is groter dan 5 MB.',
	'imports.error.unreadable': 'Het bestand kon niet gelezen worden. Kies het opnieuw.',
	'imports.error.file': 'Dit bestand kan niet gelezen worden. Sla het op als .xlsx of als CSV (UTF-8) en probeer het opnieuw.',
	'imports.error.forbidden': 'Alleen bewerkers en beheerders van een bedrijf kunnen ketendata importeren.',
	'imports.error.changed': 'Bij het toepassen bleek het bestand nog problemen te hebben; er is niets opgeslagen.',

	// The report.
	'imports.report.title': 'Resultaat van de controle',
	'imports.report.problems': {
		one: '{count} probleem gevonden',
		other: '{count} problemen gevonden',
	},
	'imports.report.noProblems': 'Geen problemen',
	'imports.report.fixFirst': 'Er is niets opgeslagen. Pas uw bestand aan en controleer het opnieuw.',
	'imports.report.nothing': 'Dit bestand verandert niets.',
	'imports.report.ready': 'Controleer wat er verandert en kies Toepassen om het op te slaan.',
	'imports.report.empty': 'Het bestand bevat geen rijen met gegevens.',
	'imports.report.applied': 'Toegepast: {summary}.',

	// The summary line, one part per kind of row.
	'imports.summary.items': {
		by: 'create',
		one: '{create} onderdeel nieuw, {update} gewijzigd, {unchanged} ongewijzigd',
		other: '{create} onderdelen nieuw, {update} gewijzigd, {unchanged} ongewijzigd',
	},
	'imports.summary.compositions': {
		by: 'create',
		one: '{create} samenstellingsregel nieuw, {update} gewijzigd, {unchanged} ongewijzigd',
		other: '{create} samenstellingsregels nieuw, {update} gewijzigd, {unchanged} ongewijzigd',
	},
	'imports.summary.itemMaterials': {
		by: 'create',
		one: '{create} materiaalregel nieuw, {update} gewijzigd, {unchanged} ongewijzigd',
		other: '{create} materiaalregels nieuw, {update} gewijzigd, {unchanged} ongewijzigd',
	},
	'imports.summary.supplyLinks': {
		by: 'create',
		one: '{create} schakel nieuw, {update} gewijzigd, {unchanged} ongewijzigd',
		other: '{create} schakels nieuw, {update} gewijzigd, {unchanged} ongewijzigd',
	},

	// The problems table.
	'imports.problems.caption': 'Problemen in het bestand',
	'imports.problems.sheet': 'Tabblad',
	'imports.problems.row': 'Rij',
	'imports.problems.column': 'Kolom',
	'imports.problems.problem': 'Probleem',
	'imports.problems.wholeSheet': '(hele tabblad)',

	// The problems, worded from their code and params.
	'imports.code.MISSING_COLUMN': 'De kolom "{nl}" ontbreekt (in het Engels "{en}"); voeg die toe.',
	'imports.code.REQUIRED': 'Vul deze cel in.',
	'imports.code.TOO_LONG': 'Gebruik hoogstens {max} tekens.',
	'imports.code.UNKNOWN_VALUE': '"{value}" is niet een van: {accepted}.',
	'imports.code.NOT_A_NUMBER': '"{value}" is geen getal.',
	'imports.code.AMBIGUOUS_NUMBER': '"{value}" kan op twee manieren gelezen worden; schrijf het zonder scheidingsteken voor duizendtallen.',
	'imports.code.OUT_OF_RANGE': 'Geef een getal van {min} tot en met {max}, niet {value}.',
	'imports.code.OUT_OF_RANGE.integer': 'Geef een heel getal van {min} tot en met {max}, niet {value}.',
	'imports.code.OUT_OF_RANGE.atLeast': 'Geef een getal van {min} of meer, niet {value}.',
	'imports.code.OUT_OF_RANGE.above': 'Geef een getal groter dan {min}, niet {value}.',
	'imports.code.DUPLICATE': 'Staat ook al op rij {otherRow}; houd er één over.',
	'imports.code.DUPLICATE_SHEET': 'Dit tabblad is hetzelfde als tabblad "{other}"; houd er één over.',
	'imports.code.UNKNOWN_REFERENCE': 'Geen onderdeel heeft de referentie "{value}".',
	'imports.code.UNKNOWN_COUNTRY': '"{value}" is geen land; geef de landcode (bijv. NL) of de naam.',
	'imports.code.UNKNOWN_MATERIAL': '"{value}" is geen grondstof uit de catalogus; geef het symbool (bijv. Ga) of de naam.',
	'imports.code.SHARE_TOTAL': 'Met deze rij komen de aandelen van "{item}" samen boven 100% uit ({total}).',
	'imports.code.CYCLE': 'Met deze rij zou de samenstelling rondlopen: {cycle}.',
	'imports.code.UNKNOWN': 'Probleem: {message}',

	// What would change.
	'imports.changes.title': 'Wat er verandert',
	'imports.changes.caption': 'Nieuwe en gewijzigde rijen',
	'imports.changes.what': 'Gegevens',
	'imports.changes.change': 'Wijziging',
	'imports.changes.more': {
		by: 'total',
		one: 'Hier staat {shown} van {total} wijziging.',
		other: 'Hier staan de eerste {shown} van {total} wijzigingen.',
	},
	'imports.entity.ITEM': 'Onderdeel',
	'imports.entity.COMPOSITION': 'Samenstelling',
	'imports.entity.ITEM_MATERIAL': 'Materiaal',
	'imports.entity.SUPPLY_LINK': 'Schakel',
	'imports.entity.OTHER': 'Rij',
	'imports.action.CREATE': 'Nieuw',
	'imports.action.UPDATE': 'Gewijzigd: {fields}',
	'imports.action.UPDATE.none': 'Gewijzigd',

	// Progress of a check or an import.
	'imports.progress.label': 'Voortgang',
	'imports.progress.WAITING': 'Voorbereiden…',
	'imports.progress.UPLOADING': 'Bestand versturen: {percent}%',
	'imports.progress.READING.start': 'Bestand lezen…',
	'imports.progress.READING': 'Rijen lezen: {rows} gelezen ({percent}% van het bestand)',
	'imports.progress.CHECKING': 'Rijen controleren…',
	'imports.progress.WRITING': 'Opslaan: {done} van {total} rijen',
	'imports.progress.DONE': 'Klaar',

	// The export section of Mijn ketendata.
	'exports.title': 'Exporteren',
	'exports.own.title': 'Mijn eigen gegevens (importsjabloon)',
	'exports.own.explain':
		'Alleen wat uw organisatie heeft ingevoerd, in het formaat van het importsjabloon: aanpassen in Excel en opnieuw importeren.',
	'exports.visible.title': 'Alles wat ik mag zien',
	'exports.visible.explain':
		'Alle schakels die u mag zien, ook die van andere organisaties, met Nederlandse kolomkoppen en aandelen in procenten. De kolom ‘Bijgedragen door’ noemt de organisatie alleen als u mag weten wie de gegevens gaf; anders staat er —. Elke export wordt vastgelegd.',
	'exports.xlsx': 'Excel (.xlsx)',
	'exports.csv': 'CSV',
	'exports.xlsx.label': '{what} als Excel (.xlsx)',
	'exports.csv.label': '{what} als CSV',
	'exports.busy': 'Bezig met exporteren…',
	'exports.own.done': 'Uw eigen gegevens zijn geëxporteerd naar {filename}.',
	'exports.visible.done': {
		by: 'rows',
		one: '{rows} schakel geëxporteerd naar {filename}.',
		other: '{rows} schakels geëxporteerd naar {filename}.',
	},
} as const;

export const importsEn: {
	readonly [K in keyof typeof importsNl]: (typeof importsNl)[K] extends string ? string : PluralForms & { readonly by?: string };
} = {
	'imports.title': 'Import chain data',
	'imports.intro':
		'Load items, composition, materials and suppliers from an Excel or CSV file. First the whole file is checked; only when there are no problems can you apply it. Rows are recognised by your own reference: loading the same file again changes nothing.',

	'imports.template.title': 'Download the template',
	'imports.template.explain': 'The template has a sheet per kind of data, with the column headers, an example row and a sheet that explains them.',
	'imports.template.nl': 'Nederlands',
	'imports.template.en': 'English',
	'imports.template.busy': 'Downloading…',
	'imports.template.done': 'The template {filename} has been downloaded.',

	'imports.file': 'File (.xlsx or .csv)',
	'imports.file.explain':
		'An Excel file with the sheets of the template, or one CSV file per sheet named after the sheet (e.g. Suppliers.csv). At most 5 MB.',
	'imports.check': 'Check',
	'imports.checking': 'Checking…',
	'imports.checkingLarge': 'Checking… A large file can take a while.',
	'imports.apply': 'Apply',
	'imports.applying': 'Applying…',

	'imports.error.noFile': 'Choose a file.',
	'imports.error.fileType': 'Choose an .xlsx or .csv file.',
	'imports.error.empty': 'The file is empty.',
	'imports.error.tooLarge': 'The file is larger than 5 MB.',
	'imports.error.unreadable': 'The file could not be read. Choose it again.',
	'imports.error.file': 'This file cannot be read. Save it as .xlsx or as CSV (UTF-8) and try again.',
	'imports.error.forbidden': 'Only editors and administrators of a company can import chain data.',
	'imports.error.changed': 'When applying, the file turned out to still have problems; nothing was saved.',

	'imports.report.title': 'Result of the check',
	'imports.report.problems': {
		one: '{count} problem found',
		other: '{count} problems found',
	},
	'imports.report.noProblems': 'No problems',
	'imports.report.fixFirst': 'Nothing has been saved. Correct your file and check it again.',
	'imports.report.nothing': 'This file changes nothing.',
	'imports.report.ready': 'Review what changes and choose Apply to save it.',
	'imports.report.empty': 'The file has no rows with data.',
	'imports.report.applied': 'Applied: {summary}.',

	'imports.summary.items': {
		by: 'create',
		one: '{create} item new, {update} changed, {unchanged} unchanged',
		other: '{create} items new, {update} changed, {unchanged} unchanged',
	},
	'imports.summary.compositions': {
		by: 'create',
		one: '{create} composition line new, {update} changed, {unchanged} unchanged',
		other: '{create} composition lines new, {update} changed, {unchanged} unchanged',
	},
	'imports.summary.itemMaterials': {
		by: 'create',
		one: '{create} material line new, {update} changed, {unchanged} unchanged',
		other: '{create} material lines new, {update} changed, {unchanged} unchanged',
	},
	'imports.summary.supplyLinks': {
		by: 'create',
		one: '{create} supply link new, {update} changed, {unchanged} unchanged',
		other: '{create} supply links new, {update} changed, {unchanged} unchanged',
	},

	'imports.problems.caption': 'Problems in the file',
	'imports.problems.sheet': 'Sheet',
	'imports.problems.row': 'Row',
	'imports.problems.column': 'Column',
	'imports.problems.problem': 'Problem',
	'imports.problems.wholeSheet': '(whole sheet)',

	'imports.code.MISSING_COLUMN': 'The column "{en}" is missing (in Dutch "{nl}"); add it.',
	'imports.code.REQUIRED': 'Fill in this cell.',
	'imports.code.TOO_LONG': 'Use at most {max} characters.',
	'imports.code.UNKNOWN_VALUE': '"{value}" is not one of: {accepted}.',
	'imports.code.NOT_A_NUMBER': '"{value}" is not a number.',
	'imports.code.AMBIGUOUS_NUMBER': '"{value}" can be read two ways; write it without a thousands separator.',
	'imports.code.OUT_OF_RANGE': 'Give a number from {min} to {max}, not {value}.',
	'imports.code.OUT_OF_RANGE.integer': 'Give a whole number from {min} to {max}, not {value}.',
	'imports.code.OUT_OF_RANGE.atLeast': 'Give a number of {min} or more, not {value}.',
	'imports.code.OUT_OF_RANGE.above': 'Give a number greater than {min}, not {value}.',
	'imports.code.DUPLICATE': 'Also on row {otherRow}; keep one.',
	'imports.code.DUPLICATE_SHEET': 'This sheet is the same as sheet "{other}"; keep one.',
	'imports.code.UNKNOWN_REFERENCE': 'No item has the reference "{value}".',
	'imports.code.UNKNOWN_COUNTRY': '"{value}" is not a country; give its code (e.g. NL) or its name.',
	'imports.code.UNKNOWN_MATERIAL': '"{value}" is not a material in the catalogue; give its symbol (e.g. Ga) or its name.',
	'imports.code.SHARE_TOTAL': 'With this row the shares of "{item}" add up to more than 100% ({total}).',
	'imports.code.CYCLE': 'With this row the composition would go round in a circle: {cycle}.',
	'imports.code.UNKNOWN': 'Problem: {message}',

	'imports.changes.title': 'What changes',
	'imports.changes.caption': 'New and changed rows',
	'imports.changes.what': 'Data',
	'imports.changes.change': 'Change',
	'imports.changes.more': {
		by: 'total',
		one: 'Shown here: {shown} of {total} change.',
		other: 'Shown here: the first {shown} of {total} changes.',
	},
	'imports.entity.ITEM': 'Item',
	'imports.entity.COMPOSITION': 'Composition',
	'imports.entity.ITEM_MATERIAL': 'Material',
	'imports.entity.SUPPLY_LINK': 'Supply link',
	'imports.entity.OTHER': 'Row',
	'imports.action.CREATE': 'New',
	'imports.action.UPDATE': 'Changed: {fields}',
	'imports.action.UPDATE.none': 'Changed',

	'imports.progress.label': 'Progress',
	'imports.progress.WAITING': 'Preparing…',
	'imports.progress.UPLOADING': 'Sending the file: {percent}%',
	'imports.progress.READING.start': 'Reading the file…',
	'imports.progress.READING': 'Reading rows: {rows} read ({percent}% of the file)',
	'imports.progress.CHECKING': 'Checking the rows…',
	'imports.progress.WRITING': 'Saving: {done} of {total} rows',
	'imports.progress.DONE': 'Done',

	'exports.title': 'Export',
	'exports.own.title': 'My own data (import template)',
	'exports.own.explain': 'Only what your organisation entered, in the format of the import template: edit it in Excel and import it again.',
	'exports.visible.title': 'Everything I may see',
	'exports.visible.explain':
		'All supply links you may see, including those of other organisations, with English column headers and shares in percent. The ‘Contributed by’ column names the organisation only where you may know who provided the data; otherwise it shows —. Every export is recorded.',
	'exports.xlsx': 'Excel (.xlsx)',
	'exports.csv': 'CSV',
	'exports.xlsx.label': '{what} as Excel (.xlsx)',
	'exports.csv.label': '{what} as CSV',
	'exports.busy': 'Exporting…',
	'exports.own.done': 'Your own data has been exported to {filename}.',
	'exports.visible.done': {
		by: 'rows',
		one: '{rows} supply link exported to {filename}.',
		other: '{rows} supply links exported to {filename}.',
	},
};
