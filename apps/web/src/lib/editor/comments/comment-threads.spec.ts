import { describe, expect, it } from 'vitest';
import { absoluteTime, applyThread, bodyProblem, quoteOf, QUOTE_MAX, relativeTime, resolvedCount, visibleThreads, type CommentThread } from './comment-threads';

const thread = (id: string, createdAt: string, resolved = false, body = 'x'): CommentThread => ({
	id,
	documentId: 'doc',
	quote: `quote ${id}`,
	createdAt,
	resolved,
	resolvedAt: resolved ? createdAt : null,
	resolvedBy: null,
	canReply: true,
	comments: [{ id: `${id}-c`, threadId: id, body, createdAt, editedAt: null, canEdit: true, author: { name: 'An', organisationName: 'EZ' } }],
});

describe('keeping the thread list', () => {
	const a = thread('a', '2026-12-05T10:00:00.000Z');
	const b = thread('b', '2026-12-05T11:00:00.000Z');
	const c = thread('c', '2026-12-05T12:00:00.000Z');

	it('adds a new thread in order of creation, whenever it arrives', () => {
		expect(applyThread([a, c], 'b', b).map((t) => t.id)).toEqual(['a', 'b', 'c']);
		expect(applyThread([], 'c', c).map((t) => t.id)).toEqual(['c']);
	});

	it('replaces a known thread instead of adding it twice (own answer and live event both arrive)', () => {
		const replied = thread('b', b.createdAt, false, 'reply');
		const once = applyThread([a, b, c], 'b', replied);
		expect(applyThread(once, 'b', replied)).toEqual([a, replied, c]);
	});

	it('removes a thread whose last comment was deleted, and ignores removing an unknown one', () => {
		expect(applyThread([a, b, c], 'b', null).map((t) => t.id)).toEqual(['a', 'c']);
		expect(applyThread([a], 'zz', null)).toEqual([a]);
	});

	it('orders threads made in the same instant by id, so every client agrees', () => {
		const x = thread('x', a.createdAt);
		expect(applyThread([x], 'a', a).map((t) => t.id)).toEqual(['a', 'x']);
	});

	it('hides resolved threads unless asked, and counts them', () => {
		const done = thread('d', '2026-12-05T13:00:00.000Z', true);
		expect(visibleThreads([a, done], false).map((t) => t.id)).toEqual(['a']);
		expect(visibleThreads([a, done], true).map((t) => t.id)).toEqual(['a', 'd']);
		expect(resolvedCount([a, done])).toBe(1);
	});
});

describe('quotes and comment texts', () => {
	it('folds whitespace of a selection across paragraphs', () => {
		expect(quoteOf('  de magneten\n\nuit   China ')).toBe('de magneten uit China');
	});

	it('shortens a long selection to what the server accepts, with an ellipsis', () => {
		const quote = quoteOf('woord '.repeat(400));
		expect([...quote].length).toBeLessThanOrEqual(QUOTE_MAX);
		expect([...quote].length).toBeGreaterThan(QUOTE_MAX - 10);
		expect(quote.endsWith('…')).toBe(true);
		expect(quoteOf('a'.repeat(QUOTE_MAX))).toBe('a'.repeat(QUOTE_MAX));
	});

	it.each([
		['nothing', '', 'empty'],
		['only whitespace', '  \n ', 'empty'],
		['a sentence', 'Eens.', null],
		['10 000 characters', 'x'.repeat(10_000), null],
		['10 001 characters', 'x'.repeat(10_001), 'tooLong'],
	])('judges %s as %s', (_label, body, problem) => {
		expect(bodyProblem(body)).toBe(problem);
	});
});

describe('times', () => {
	const now = new Date('2026-12-05T12:00:00.000Z');

	it.each([
		['2026-12-05T11:59:40.000Z', 'en', 'now'],
		['2026-12-05T11:57:00.000Z', 'en', '3 minutes ago'],
		['2026-12-05T11:57:00.000Z', 'nl', '3 minuten geleden'],
		['2026-12-05T09:00:00.000Z', 'en', '3 hours ago'],
		['2026-12-04T12:00:00.000Z', 'en', 'yesterday'],
		['2026-12-04T12:00:00.000Z', 'nl', 'gisteren'],
		['2026-11-20T12:00:00.000Z', 'en', '2 weeks ago'],
		['2025-12-05T12:00:00.000Z', 'en', 'last year'],
	])('says %s as %s: %s', (iso, locale, expected) => {
		expect(relativeTime(iso, now, locale)).toBe(expected);
	});

	it('gives the exact moment in the reader’s language', () => {
		expect(absoluteTime('2026-12-05T17:20:00.000Z', 'en', 'UTC')).toBe('December 5, 2026 at 5:20 PM');
		expect(absoluteTime('2026-12-05T17:20:00.000Z', 'nl', 'Europe/Amsterdam')).toBe('5 december 2026 om 18:20');
	});
});
