import { graphql } from '../generated';

/**
 * "Who sees this" on the company's own links: their audience (names of the organisations that read
 * each one, in full or the figures only), used to pick whose view "what others see" starts with.
 */
export const MyLinkAudiencesQuery = graphql(`
	query MyLinkAudiences($productGroupId: ID!) {
		me {
			organisation {
				id
			}
		}
		supplyLinks(productGroupId: $productGroupId, mine: true, first: 200) {
			nodes {
				id
				audience {
					seeEverything {
						id
						name
					}
					seeFigures {
						id
						name
					}
				}
			}
		}
	}
`);

/** The company's own links and items in a product group as the users of another organisation read them. */
export const ContributionsAsSeenByQuery = graphql(`
	query ContributionsAsSeenBy($organisationId: ID!, $productGroupId: ID!) {
		myContributionsAsSeenBy(organisationId: $organisationId, productGroupId: $productGroupId) {
			organisation {
				id
				name
			}
			linkCount
			itemCount
			links {
				itemName
				hiddenFields
				link {
					id
					country
					share
					tier
					leadTimeWeeks
					stockMonths
					singleSource
					visibility
					supplierName
					supplier {
						id
						name
					}
					contributedBy {
						id
						name
					}
				}
			}
			items {
				hiddenFields
				item {
					id
					name
					kind
					visibility
					owner {
						id
						name
					}
				}
			}
		}
	}
`);
