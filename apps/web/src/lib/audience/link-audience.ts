/** Who sees one of the company's supply links, as the API answers it. */
export interface LinkAudience {
	seeEverything: readonly { id: string; name: string }[];
	seeFigures: readonly { id: string; name: string }[];
}

/** The names to show, the viewer's own organisation as `you` (first). */
export function audienceNames(audience: LinkAudience, organisationId: string | null, you: string): { everything: string[]; figures: string[] } {
	const named = (list: LinkAudience['seeEverything']) => {
		const own = list.some((o) => o.id === organisationId);
		return [...(own ? [you] : []), ...list.filter((o) => o.id !== organisationId).map((o) => o.name)];
	};
	return { everything: named(audience.seeEverything), figures: named(audience.seeFigures) };
}

/** The first organisation other than the viewer's that reads the link: figures-only readers first (where the two views differ most). */
export function firstOtherReader(audience: LinkAudience, organisationId: string | null): { id: string; name: string } | null {
	return [...audience.seeFigures, ...audience.seeEverything].find((o) => o.id !== organisationId) ?? null;
}

/**
 * The organisation "what others see" starts with: the first by name that reads any of the
 * company's links, else the first other organisation.
 */
export function defaultReader(
	audiences: readonly (LinkAudience | null)[],
	organisations: readonly { id: string; name: string }[],
	organisationId: string | null,
): string | null {
	const readers = new Set(audiences.flatMap((a) => (a ? [...a.seeEverything, ...a.seeFigures].map((o) => o.id) : [])));
	const others = organisations.filter((o) => o.id !== organisationId).sort((a, b) => a.name.localeCompare(b.name));
	return (others.find((o) => readers.has(o.id)) ?? others[0])?.id ?? null;
}
