import { ChainImportProgressSubscription } from '$lib/api/operations/imports';
import type { ChainImportProgressSubscription as ProgressEvent } from '$lib/api/generated/graphql';
import { LiveSubscription } from '$lib/api/live-subscription.svelte';
import { isLater, progressPercent, type ProgressStep } from './import-progress';

/** How long to wait for the subscription to listen before sending the file anyway (progress then starts later). */
const LISTEN_TIMEOUT_MS = 3000;
/** How long a finished run waits for the server's last steps (they may come after the answer, e.g. through Redis). */
const DONE_TIMEOUT_MS = 1000;

/**
 * The progress of the import the form runs now: `begin` chooses an import id and listens on
 * `chainImportProgress` (the API sends its steps only to this user), then the form sends the file
 * with that id, reporting the upload here; `end` stops listening and fills the bar.
 */
export class ImportProgressTracker {
	step = $state<ProgressStep | null>(null);
	apply = $state(false);
	readonly percent = $derived(this.step ? progressPercent(this.step, this.apply) : 0);

	#stop: (() => void) | null = null;
	#serverDone: () => void = () => undefined;
	#done: Promise<void> = Promise.resolve();

	/** Starts following a new import; resolves with its id once the server listens (or after a short wait). */
	async begin(apply: boolean): Promise<string> {
		this.end(false);
		this.apply = apply;
		this.step = { phase: 'WAITING', done: 0, total: 0, percent: 0 };
		const importId = crypto.randomUUID();
		const live = new LiveSubscription();
		let listening: () => void = () => undefined;
		const ready = new Promise<void>((resolve) => (listening = resolve));
		this.#done = new Promise<void>((resolve) => (this.#serverDone = resolve));
		this.#stop = live.start<ProgressEvent>(
			ChainImportProgressSubscription,
			{ importId },
			{
				onData: ({ chainImportProgress: event }) => {
					if (event.phase === 'WAITING') listening();
					else this.#advance({ phase: event.phase, done: event.done, total: event.total, percent: event.percent });
					if (event.phase === 'DONE') this.#serverDone();
				},
			},
		);
		const timer = setTimeout(listening, LISTEN_TIMEOUT_MS);
		await ready;
		clearTimeout(timer);
		return importId;
	}

	/** The browser has sent `sent` of `total` bytes. */
	uploaded(sent: number, total: number): void {
		this.#advance({ phase: 'UPLOADING', done: 0, total: 0, percent: total > 0 ? (sent / total) * 100 : 0 });
	}

	/** Stops listening; a run that finished shows a full bar (after the server's last steps), one that failed shows none. */
	async finish(finished: boolean): Promise<void> {
		if (finished) {
			let timer: ReturnType<typeof setTimeout> | undefined;
			await Promise.race([this.#done, new Promise<void>((resolve) => (timer = setTimeout(resolve, DONE_TIMEOUT_MS)))]);
			clearTimeout(timer);
		}
		this.end(finished);
	}

	/** Stops listening at once; the bar full (finished) or gone. */
	end(finished: boolean): void {
		this.#stop?.();
		this.#stop = null;
		this.step = finished ? { phase: 'DONE', done: 0, total: 0, percent: 100 } : null;
	}

	#advance(next: ProgressStep): void {
		if (isLater(this.step, next, this.apply)) this.step = next;
	}
}
