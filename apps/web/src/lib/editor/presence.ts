/**
 * Who has a document open, read from the Yjs awareness states every editor shares. Pure, so the
 * parsing of what other browsers send (anything at all) is tested without a socket.
 */

/** What this browser puts in its awareness `user` field: the caret label and the presence list. */
export interface PresenceUser {
	/** The account id, so one person with two tabs shows once. */
	userId: string;
	name: string;
	organisation: string;
	/** `#rrggbb`: the caret extension ignores any other form. */
	color: string;
}

export interface PresencePerson extends PresenceUser {
	/** True for the viewer themself (in this or another of their tabs). */
	self: boolean;
	/** How many tabs or windows this person has the document open in. */
	sessions: number;
}

/**
 * Colours readable as a caret line and as the background of a white label (contrast >= 4.5:1
 * against white, so the name on the label stays legible).
 */
export const PRESENCE_COLOURS = ['#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#b45309', '#0e7490', '#be185d', '#4d7c0f', '#5b21b6', '#9a3412'] as const;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
/** Awareness is written by other browsers: cap what we show so a long name cannot break the layout. */
const MAX_TEXT = 120;

/** A stable colour per account, the same in every co-editor's browser. */
export function presenceColour(userId: string): string {
	// FNV-1a: cheap, stable and spreads similar ids (uuids) over the palette.
	let hash = 0x811c9dc5;
	for (let i = 0; i < userId.length; i++) {
		hash ^= userId.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return PRESENCE_COLOURS[hash % PRESENCE_COLOURS.length];
}

function text(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const clean = value.trim().replace(/\s+/g, ' ');
	return clean ? clean.slice(0, MAX_TEXT) : null;
}

/** Reads one awareness state's `user` field; null for a state without a usable one. */
export function presenceUserOf(state: unknown): PresenceUser | null {
	if (!state || typeof state !== 'object' || !('user' in state)) return null;
	const user = (state as { user: unknown }).user;
	if (!user || typeof user !== 'object') return null;
	const fields = user as Record<string, unknown>;
	const userId = text(fields.userId);
	const name = text(fields.name);
	if (!userId || !name) return null;
	const color = typeof fields.color === 'string' && HEX_COLOUR.test(fields.color) ? fields.color : presenceColour(userId);
	return { userId, name, organisation: text(fields.organisation) ?? '', color };
}

/**
 * The people in the awareness states (client id -> state), one entry per account, the viewer first,
 * then by name.
 */
export function presentPeople(states: ReadonlyMap<number, unknown>, selfUserId: string): PresencePerson[] {
	const people = new Map<string, PresencePerson>();
	for (const state of states.values()) {
		const user = presenceUserOf(state);
		if (!user) continue;
		const known = people.get(user.userId);
		if (known) known.sessions++;
		else people.set(user.userId, { ...user, self: user.userId === selfUserId, sessions: 1 });
	}
	return [...people.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
