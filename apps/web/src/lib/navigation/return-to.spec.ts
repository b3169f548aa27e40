import { describe, expect, it } from 'vitest';
import { loginUrl, safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
	it.each([
		['/roadmaps/12?tab=risks#top', '/roadmaps/12?tab=risks#top'],
		['/', '/'],
		[null, '/'],
		['', '/'],
		['https://evil.example/', '/'],
		['//evil.example/path', '/'],
		['/\\evil.example', '/'],
		['javascript:alert(1)', '/'],
		['roadmaps', '/'],
		['/login?returnTo=/x', '/'],
	])('turns %j into %j', (raw, expected) => {
		expect(safeReturnTo(raw)).toBe(expected);
	});
});

describe('loginUrl', () => {
	it('carries the page to return to', () => {
		expect(loginUrl('/roadmaps/12?tab=risks')).toBe('/login?returnTo=%2Froadmaps%2F12%3Ftab%3Drisks');
	});

	it('leaves the home page out', () => {
		expect(loginUrl('/')).toBe('/login');
		expect(loginUrl(null)).toBe('/login');
	});
});
