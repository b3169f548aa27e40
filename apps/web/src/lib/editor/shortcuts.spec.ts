import { describe, expect, it } from 'vitest';
import { formatShortcut, isMacPlatform, nameProblem, normalizeLinkHref } from './shortcuts';

describe('toolbar shortcuts and inputs', () => {
	it('writes shortcuts the way the platform shows them', () => {
		expect(formatShortcut('Mod-b', false)).toBe('Ctrl+B');
		expect(formatShortcut('Mod-Shift-8', false)).toBe('Ctrl+Shift+8');
		expect(formatShortcut('Mod-Alt-2', true)).toBe('⌘⌥2');
		expect(isMacPlatform('MacIntel')).toBe(true);
		expect(isMacPlatform('Linux x86_64')).toBe(false);
	});

	it('accepts web and mail links, adds https to a bare host and refuses script links', () => {
		expect(normalizeLinkHref('example.org/page')).toBe('https://example.org/page');
		expect(normalizeLinkHref(' https://www.rijksoverheid.nl ')).toBe('https://www.rijksoverheid.nl/');
		expect(normalizeLinkHref('mailto:beleid@ez.example')).toBe('mailto:beleid@ez.example');
		expect(normalizeLinkHref('javascript:alert(1)')).toBeNull();
		expect(normalizeLinkHref('data:text/html,hi')).toBeNull();
		expect(normalizeLinkHref('not a link')).toBeNull();
		expect(normalizeLinkHref('')).toBeNull();
	});

	it('checks a name as the API does', () => {
		expect(nameProblem('  ')).toBe('required');
		expect(nameProblem('x'.repeat(201))).toBe('tooLong');
		expect(nameProblem(' Concept  1 ')).toBeNull();
	});
});
