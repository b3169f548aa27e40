import { describe, expect, it } from 'vitest';
import { diffExcerpt, summariseDiff, type DiffLine } from './version-diff';

const same = (text: string): DiffLine => ({ kind: 'SAME', text });

describe('a version compared with the current text', () => {
	it('counts added and removed lines', () => {
		expect(summariseDiff([same('a'), { kind: 'ADDED', text: 'b' }, { kind: 'REMOVED', text: 'c' }, { kind: 'ADDED', text: 'd' }])).toEqual({
			added: 2,
			removed: 1,
			same: false,
		});
		expect(summariseDiff([same('a')]).same).toBe(true);
	});

	it('shows the changes with some context and marks where unchanged lines are left out', () => {
		const lines = [same('1'), same('2'), same('3'), same('4'), { kind: 'ADDED', text: 'new' } as DiffLine, same('5'), same('6'), same('7'), same('8')];
		expect(diffExcerpt(lines, 1).map((l) => l?.text ?? '…')).toEqual(['…', '4', 'new', '5', '…']);
		expect(diffExcerpt([same('a'), same('b')])).toEqual([null]);
		expect(diffExcerpt([])).toEqual([]);
	});
});
