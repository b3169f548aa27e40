import { describe, expect, it } from 'vitest';
import { acceptsProgress, boardColumns, columnOf, needsReason, parseProgress, reasonProblem, transitionAction } from './board';

describe('the interventions board', () => {
	const item = (title: string, status: string, impact = 3, effort = 3) => ({ title, status, impact, effort });

	it('has the four statuses of the flow as columns, and rejected and withdrawn together in a fifth', () => {
		const columns = boardColumns([item('a', 'PROPOSED'), item('b', 'REJECTED'), item('c', 'WITHDRAWN'), item('d', 'DONE')], 'nl');
		expect(columns.map((c) => c.id)).toEqual(['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'CLOSED']);
		expect(columns.map((c) => c.items.map((i) => i.title))).toEqual([['a'], [], [], ['d'], ['b', 'c']]);
		expect(columnOf('WITHDRAWN')).toBe('CLOSED');
		expect(columnOf('AGREED')).toBe('AGREED');
	});

	it('puts the highest impact on top, then the least effort, then by title', () => {
		const [proposed] = boardColumns(
			[item('z', 'PROPOSED', 2, 1), item('b', 'PROPOSED', 5, 3), item('a', 'PROPOSED', 5, 3), item('c', 'PROPOSED', 5, 1)],
			'nl',
		);
		expect(proposed!.items.map((i) => i.title)).toEqual(['c', 'a', 'b', 'z']);
	});
});

describe('status changes', () => {
	it('asks a reason for rejecting and withdrawing only', () => {
		expect(needsReason('REJECTED')).toBe(true);
		expect(needsReason('WITHDRAWN')).toBe(true);
		expect(needsReason('AGREED')).toBe(false);
		expect(reasonProblem('REJECTED', '   ')).toBe('required');
		expect(reasonProblem('REJECTED', 'te duur')).toBeNull();
		expect(reasonProblem('AGREED', '')).toBeNull();
		expect(reasonProblem('AGREED', 'x'.repeat(2001))).toBe('tooLong');
	});

	it('names the button by where the intervention comes from', () => {
		expect(transitionAction('PROPOSED', 'AGREED')).toBe('agree');
		expect(transitionAction('AGREED', 'IN_PROGRESS')).toBe('start');
		expect(transitionAction('DONE', 'IN_PROGRESS')).toBe('reopen');
		expect(transitionAction('REJECTED', 'PROPOSED')).toBe('reopen');
		expect(transitionAction('IN_PROGRESS', 'DONE')).toBe('complete');
		expect(transitionAction('PROPOSED', 'SOMETHING_NEW')).toBe('other');
	});

	it('takes progress reports while agreed or in progress, as whole percentages 0 to 100', () => {
		expect(['AGREED', 'IN_PROGRESS'].map(acceptsProgress)).toEqual([true, true]);
		expect(['PROPOSED', 'DONE', 'REJECTED'].map(acceptsProgress)).toEqual([false, false, false]);
		expect(['0', '55', '100', ' 7 '].map(parseProgress)).toEqual([0, 55, 100, 7]);
		expect(['101', '-1', '5,5', '', 'x'].map(parseProgress)).toEqual([null, null, null, null, null]);
	});
});
