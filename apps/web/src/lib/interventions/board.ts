/**
 * The interventions board: one column per status of the main flow, and the ones that left it
 * (rejected, withdrawn) together in a column that starts collapsed. Pure.
 */

export const INTERVENTION_STATUSES = ['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'WITHDRAWN'] as const;
export type InterventionStatusValue = (typeof INTERVENTION_STATUSES)[number];

export const BOARD_COLUMNS = ['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE'] as const satisfies readonly InterventionStatusValue[];
export const CLOSED_STATUSES = ['REJECTED', 'WITHDRAWN'] as const satisfies readonly InterventionStatusValue[];

export type BoardColumnId = (typeof BOARD_COLUMNS)[number] | 'CLOSED';

export interface BoardColumn<T> {
	id: BoardColumnId;
	/** The statuses the column holds (two for the closed column). */
	statuses: readonly InterventionStatusValue[];
	items: T[];
}

export function columnOf(status: string): BoardColumnId {
	return (BOARD_COLUMNS as readonly string[]).includes(status) ? (status as BoardColumnId) : 'CLOSED';
}

/**
 * The board's columns in flow order, each sorted by impact (high first), then effort (low first),
 * then title: what to look at first stands on top.
 */
export function boardColumns<T extends { status: string; impact: number; effort: number; title: string }>(
	items: readonly T[],
	locale: string,
): BoardColumn<T>[] {
	const collator = new Intl.Collator(locale);
	const columns: BoardColumn<T>[] = [
		...BOARD_COLUMNS.map((status) => ({ id: status, statuses: [status], items: [] as T[] })),
		{ id: 'CLOSED', statuses: CLOSED_STATUSES, items: [] },
	];
	for (const item of items) columns.find((column) => column.id === columnOf(item.status))!.items.push(item);
	for (const column of columns) {
		column.items.sort((a, b) => b.impact - a.impact || a.effort - b.effort || collator.compare(a.title, b.title));
	}
	return columns;
}

/** Going to these needs a reason (the API refuses it without one). */
export function needsReason(to: string): boolean {
	return to === 'REJECTED' || to === 'WITHDRAWN';
}

/**
 * What the button for a transition says, as a catalogue key suffix: the same target status reads
 * differently depending on where it comes from (IN_PROGRESS is "start" after an agreement and
 * "reopen" after DONE; PROPOSED is always a reopening).
 */
export type TransitionAction = 'agree' | 'reject' | 'withdraw' | 'start' | 'reopen' | 'complete' | 'other';

export function transitionAction(from: string, to: string): TransitionAction {
	switch (to) {
		case 'AGREED':
			return 'agree';
		case 'REJECTED':
			return 'reject';
		case 'WITHDRAWN':
			return 'withdraw';
		case 'IN_PROGRESS':
			return from === 'DONE' ? 'reopen' : 'start';
		case 'DONE':
			return 'complete';
		case 'PROPOSED':
			return 'reopen';
		default:
			return 'other';
	}
}

/** A reason typed for a transition, trimmed; the problem when it is needed and empty or too long. */
export function reasonProblem(to: string, reason: string, max = 2000): 'required' | 'tooLong' | null {
	const trimmed = reason.trim();
	if (trimmed.length > max) return 'tooLong';
	if (needsReason(to) && !trimmed) return 'required';
	return null;
}

/** Progress is reported while an intervention is agreed or under way (the API's rule). */
export function acceptsProgress(status: string): boolean {
	return status === 'AGREED' || status === 'IN_PROGRESS';
}

/** A percentage typed by a person: a whole number 0..100; null otherwise. */
export function parseProgress(text: string): number | null {
	const trimmed = text.trim();
	if (!/^\d{1,3}$/.test(trimmed)) return null;
	const value = Number(trimmed);
	return value <= 100 ? value : null;
}
