import { describe, expect, it } from 'vitest';
import { dependencyKey, parseDependencyKey } from './dependency-key';

describe('dependency keys', () => {
	it('writes the key the API gives a dependency, and reads it back', () => {
		const ref = { platformId: 'p-1', kind: 'MATERIAL' as const, targetId: 'm-9' };
		expect(dependencyKey(ref)).toBe('p-1|MATERIAL|m-9');
		expect(parseDependencyKey('p-1|MATERIAL|m-9')).toEqual(ref);
		expect(parseDependencyKey('p-1|COUNTRY|CN')).toEqual({ platformId: 'p-1', kind: 'COUNTRY', targetId: 'CN' });
	});

	it('refuses what is not a key', () => {
		for (const text of [null, undefined, '', 'p-1', 'p-1|MATERIAL', 'p-1|PLANET|m-9', '|ITEM|i-1', 'p-1|ITEM|', 'a|ITEM|b|c']) {
			expect(parseDependencyKey(text), String(text)).toBeNull();
		}
	});
});
