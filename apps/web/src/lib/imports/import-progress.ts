/**
 * The progress of one import as the user follows it (issue 18): the file going up (bytes, from the
 * browser), then the server's phases (from the `chainImportProgress` subscription). One bar for the
 * whole run: each phase fills its own stretch, so the bar only moves forward.
 */
import type { ImportPhase } from '$lib/api/generated/graphql';
import type { MessageKey, MessageParams } from '$lib/i18n';

export type ProgressPhase = 'UPLOADING' | ImportPhase;

export interface ProgressStep {
	phase: ProgressPhase;
	/** Rows read so far (READING) or written (WRITING); 0 otherwise. */
	done: number;
	/** Rows to write (WRITING); 0 when not known beforehand (a streamed file is counted as it is read). */
	total: number;
	/** How far the phase is, 0..100 (of the bytes sent, of the file read, of the rows written). */
	percent: number;
}

/** Where each phase starts and ends on the bar (percent), for a dry run and for applying (which also writes). */
const STRETCHES: Record<'check' | 'apply', Record<ProgressPhase, readonly [number, number]>> = {
	check: { WAITING: [0, 0], UPLOADING: [0, 50], READING: [50, 80], CHECKING: [80, 99], WRITING: [99, 99], DONE: [100, 100] },
	apply: { WAITING: [0, 0], UPLOADING: [0, 30], READING: [30, 45], CHECKING: [45, 55], WRITING: [55, 99], DONE: [100, 100] },
};

/** The bar's value, 0..100 (a whole number), for a step of a dry run or of applying. */
export function progressPercent(step: ProgressStep, apply: boolean): number {
	const [from, to] = STRETCHES[apply ? 'apply' : 'check'][step.phase];
	const part = Math.min(1, Math.max(0, step.percent / 100));
	return Math.round(from + (to - from) * part);
}

/** A step that comes later than `current` (server steps may overtake the last upload report, never go back). */
export function isLater(current: ProgressStep | null, next: ProgressStep, apply: boolean): boolean {
	if (!current) return true;
	const order: ProgressPhase[] = ['WAITING', 'UPLOADING', 'READING', 'CHECKING', 'WRITING', 'DONE'];
	const a = order.indexOf(current.phase);
	const b = order.indexOf(next.phase);
	return b > a || (b === a && progressPercent(next, apply) >= progressPercent(current, apply));
}

/** What the bar says in words: the phase, with its count or percentage. */
export function progressText(
	step: ProgressStep,
	t: (key: MessageKey, params?: MessageParams) => string,
	formatNumber: (n: number) => string,
): string {
	switch (step.phase) {
		case 'WAITING':
			return t('imports.progress.WAITING');
		case 'UPLOADING':
			return t('imports.progress.UPLOADING', { percent: Math.round(step.percent) });
		case 'READING':
			return step.done > 0 ? t('imports.progress.READING', { rows: formatNumber(step.done), percent: Math.round(step.percent) }) : t('imports.progress.READING.start');
		case 'CHECKING':
			return t('imports.progress.CHECKING');
		case 'WRITING':
			return t('imports.progress.WRITING', { done: formatNumber(step.done), total: formatNumber(step.total) });
		case 'DONE':
			return t('imports.progress.DONE');
	}
}
