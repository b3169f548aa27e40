import type { CommentThreadFieldsFragment } from '$lib/api/generated/graphql';

/**
 * Pure rules of the comments panel: keeping the thread list in order as answers and live events
 * come in, which threads to show, what to quote from a selection and how to say when something
 * was written. No Svelte, no editor: unit-tested in comment-threads.spec.ts.
 */

export type CommentThread = CommentThreadFieldsFragment;
export type Comment = CommentThread['comments'][number];

/** The server refuses longer quotes (BAD_USER_INPUT on `quote`); the panel shortens them first. */
export const QUOTE_MAX = 1000;
/** The server refuses longer comments (BAD_USER_INPUT on `body`); the form says so before sending. */
export const BODY_MAX = 10_000;

/** Oldest first, as the API lists them; the id breaks ties so every client agrees. */
function compareThreads(a: CommentThread, b: CommentThread): number {
	return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The list with one thread as it is now: replaced when known, added in order when new, removed
 * when `thread` is null (its last comment was deleted). Answers to one's own mutation and events
 * of the live stream both go through here, in whatever order they arrive.
 */
export function applyThread(list: readonly CommentThread[], threadId: string, thread: CommentThread | null): CommentThread[] {
	const rest = list.filter((t) => t.id !== threadId);
	if (!thread) return rest;
	return [...rest, thread].sort(compareThreads);
}

/** The threads to list: open ones always, resolved ones when asked for. */
export function visibleThreads(list: readonly CommentThread[], showResolved: boolean): CommentThread[] {
	return showResolved ? [...list] : list.filter((t) => !t.resolved);
}

/** How many threads are resolved (shown next to the "show resolved" toggle). */
export function resolvedCount(list: readonly CommentThread[]): number {
	return list.filter((t) => t.resolved).length;
}

/**
 * The quote a thread keeps of the selected text: whitespace folded (a selection across paragraphs
 * reads as one line), shortened with an ellipsis to what the server accepts.
 */
export function quoteOf(selectedText: string): string {
	const folded = selectedText.replace(/\s+/g, ' ').trim();
	const chars = [...folded];
	return chars.length <= QUOTE_MAX ? folded : `${chars.slice(0, QUOTE_MAX - 1).join('').trimEnd()}…`;
}

/** Why a comment text cannot be sent yet, or null when it can. */
export function bodyProblem(body: string): 'empty' | 'tooLong' | null {
	const trimmed = body.trim();
	if (!trimmed) return 'empty';
	return [...trimmed].length > BODY_MAX ? 'tooLong' : null;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['week', 7 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
];

/**
 * When something was written, relative to `now` ("3 minutes ago", "3 minuten geleden"); under a
 * minute it is "now". Past and future alike (a clock that runs ahead of the server's).
 */
export function relativeTime(iso: string, now: Date, locale: string): string {
	const seconds = Math.round((Date.parse(iso) - now.getTime()) / 1000);
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	if (!Number.isFinite(seconds)) return iso;
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
	}
	return format.format(0, 'second');
}

/** The exact date and time, for the tooltip and screen readers ("5 december 2026 om 18:20"). */
export function absoluteTime(iso: string, locale: string, timeZone?: string): string {
	const time = Date.parse(iso);
	if (!Number.isFinite(time)) return iso;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(time);
}
