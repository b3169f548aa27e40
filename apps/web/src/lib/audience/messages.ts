/**
 * The texts of "who sees this" on each listed link and of the page "what others see of my data"
 * (issue 18), Dutch and English, spread into the catalogues (lib/i18n/nl.ts and en.ts). The words
 * "Alles" and "Alleen de cijfers" are those of the contribution form's preview (audience.*).
 */
import type { PluralForms } from '$lib/format/plural';

export const audienceNl = {
	// On each listed link.
	'linkAudience.everything': 'Alles',
	'linkAudience.figures': 'Alleen de cijfers',
	'linkAudience.everythingExplain': 'Alles, ook de naam van de leverancier en dat uw organisatie dit aanleverde',
	'linkAudience.figuresExplain': 'Alleen de cijfers (land, aandeel, tier, levertijd, voorraad, enige bron), niet wie de leverancier is en niet wie dit aanleverde',
	'linkAudience.you': 'uw organisatie',
	'linkAudience.nobody': 'niemand anders',
	'linkAudience.unknown': 'Niet bekend',
	'linkAudience.seeAs': 'Zo ziet {organisation} het',
	'linkAudience.seeAsLabel': 'Bekijk uw gegevens zoals {organisation} ze ziet',

	// The page.
	'seenBy.title': 'Wat anderen zien van mijn gegevens',
	'seenBy.intro':
		'Kies een organisatie en zie uw eigen schakels en onderdelen precies zoals de gebruikers van die organisatie ze zien. Wat zij niet mogen zien, staat er als "niet zichtbaar"; schakels die zij helemaal niet zien, ontbreken.',
	'seenBy.back': 'Terug naar mijn ketendata',
	'seenBy.link': 'Wat anderen zien van mijn gegevens',
	'seenBy.organisation': 'Bekijk als',
	'seenBy.productGroup': 'Productgroep',
	'seenBy.noOrganisations': 'Er zijn geen andere organisaties.',
	'seenBy.hidden': 'niet zichtbaar',
	'seenBy.links.title': 'Uw schakels zoals {organisation} ze ziet',
	'seenBy.links.caption': 'Uw schakels zoals {organisation} ze ziet',
	'seenBy.links.none': 'U heeft in deze productgroep geen schakels aangeleverd.',
	'seenBy.links.noneVisible': '{organisation} ziet geen van uw schakels.',
	'seenBy.links.invisible': {
		one: '{count} van uw {total} schakels is voor {organisation} niet zichtbaar.',
		other: '{count} van uw {total} schakels zijn voor {organisation} niet zichtbaar.',
	},
	'seenBy.links.allVisible': {
		one: 'Uw {count} schakel is voor {organisation} zichtbaar.',
		other: 'Alle {count} schakels zijn voor {organisation} zichtbaar.',
	},
	'seenBy.links.contributedBy': 'Aangeleverd door',
	'seenBy.items.title': 'Uw onderdelen zoals {organisation} ze ziet',
	'seenBy.items.caption': 'Uw onderdelen zoals {organisation} ze ziet',
	'seenBy.items.name': 'Onderdeel',
	'seenBy.items.kind': 'Soort',
	'seenBy.items.owner': 'Eigenaar',
	'seenBy.items.invisible': {
		one: '{count} van uw {total} onderdelen is voor {organisation} niet zichtbaar.',
		other: '{count} van uw {total} onderdelen zijn voor {organisation} niet zichtbaar.',
	},
	'seenBy.items.none': 'U heeft in deze productgroep geen eigen onderdelen.',
} as const;

export const audienceEn: {
	readonly [K in keyof typeof audienceNl]: (typeof audienceNl)[K] extends string ? string : PluralForms & { readonly by?: string };
} = {
	'linkAudience.everything': 'Everything',
	'linkAudience.figures': 'Only the figures',
	'linkAudience.everythingExplain': 'Everything, including the supplier’s name and that your organisation provided it',
	'linkAudience.figuresExplain': 'Only the figures (country, share, tier, lead time, stock, single source), not who the supplier is nor who provided them',
	'linkAudience.you': 'your organisation',
	'linkAudience.nobody': 'nobody else',
	'linkAudience.unknown': 'Not known',
	'linkAudience.seeAs': 'How {organisation} sees it',
	'linkAudience.seeAsLabel': 'View your data as {organisation} sees it',

	'seenBy.title': 'What others see of my data',
	'seenBy.intro':
		'Choose an organisation and see your own supply links and items exactly as that organisation’s users see them. What they may not see reads "not visible"; links they cannot see at all are left out.',
	'seenBy.back': 'Back to my chain data',
	'seenBy.link': 'What others see of my data',
	'seenBy.organisation': 'View as',
	'seenBy.productGroup': 'Product group',
	'seenBy.noOrganisations': 'There are no other organisations.',
	'seenBy.hidden': 'not visible',
	'seenBy.links.title': 'Your supply links as {organisation} sees them',
	'seenBy.links.caption': 'Your supply links as {organisation} sees them',
	'seenBy.links.none': 'You have not provided supply links in this product group.',
	'seenBy.links.noneVisible': '{organisation} sees none of your supply links.',
	'seenBy.links.invisible': {
		one: '{count} of your {total} supply links is not visible to {organisation}.',
		other: '{count} of your {total} supply links are not visible to {organisation}.',
	},
	'seenBy.links.allVisible': {
		one: 'Your {count} supply link is visible to {organisation}.',
		other: 'All {count} supply links are visible to {organisation}.',
	},
	'seenBy.links.contributedBy': 'Provided by',
	'seenBy.items.title': 'Your items as {organisation} sees them',
	'seenBy.items.caption': 'Your items as {organisation} sees them',
	'seenBy.items.name': 'Item',
	'seenBy.items.kind': 'Kind',
	'seenBy.items.owner': 'Owner',
	'seenBy.items.invisible': {
		one: '{count} of your {total} items is not visible to {organisation}.',
		other: '{count} of your {total} items are not visible to {organisation}.',
	},
	'seenBy.items.none': 'You have no items of your own in this product group.',
};
