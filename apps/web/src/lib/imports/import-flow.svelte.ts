import { tick } from 'svelte';
import { ApiError, BadUserInputError } from '$lib/api/errors';
import type { ImportLanguage } from '$lib/api/generated/graphql';
import { downloadBase64 } from '$lib/browser/download';
import type { MessageKey } from '$lib/i18n';
import { bytesToBase64, checkImportFile } from '$lib/monitoring/monitoring-forms';
import type { Translate } from './import-report';

/** A file as the import mutations take it. */
export interface ImportFile {
	fileName: string;
	contentBase64: string;
}

/** A template as the template queries answer it (base64-encoded). */
export interface ImportTemplate {
	filename: string;
	contentType: string;
	base64: string;
}

/** The sentences of one import form. */
export interface ImportFlowMessages {
	/** No file chosen. */
	noFile: MessageKey;
	/** The API refused the file itself (BAD_USER_INPUT on `file`), or a file check without a wording here. */
	file: MessageKey;
	/** The user may not import here (FORBIDDEN). */
	forbidden: MessageKey;
	/** Apply was refused because the data changed since the check (said before the problems now). */
	changed: MessageKey;
	/** The number of problems, `{count}`. */
	problems: MessageKey;
	/** The template was downloaded, `{filename}`. */
	templateDone: MessageKey;
	/** The browser could not read the chosen file; without it, that error goes to `formError`. */
	unreadable?: MessageKey;
	/** The file-check messages of the monitoring import (`checkImportFile`), worded for this form; any other is `file`. */
	fileChecks: Partial<Record<MessageKey, MessageKey>>;
}

/** Where an import's texts are: both imports word them alike under their own prefix (as `ImportFileForm` reads them). */
export type ImportMessagesPrefix = 'imports' | 'memberImport';

/**
 * The sentences of the import whose texts are under `prefix`. The file checks of the monitoring
 * import (`checkImportFile`) are worded as the chain-data import words them, except "no file".
 */
export function importFlowMessages(prefix: ImportMessagesPrefix, unreadable?: MessageKey): ImportFlowMessages {
	return {
		noFile: `${prefix}.error.noFile`,
		file: `${prefix}.error.file`,
		forbidden: `${prefix}.error.forbidden`,
		changed: `${prefix}.error.changed`,
		problems: `${prefix}.report.problems`,
		templateDone: `${prefix}.template.done`,
		...(unreadable ? { unreadable } : {}),
		fileChecks: {
			'monitoring.import.error.noFile': `${prefix}.error.noFile`,
			'monitoring.import.error.fileType': 'imports.error.fileType',
			'monitoring.import.error.empty': 'imports.error.empty',
			'monitoring.import.error.tooLarge': 'imports.error.tooLarge',
		},
	};
}

export interface ImportFlowOptions<Report extends { errors: readonly unknown[] }, Step extends string> {
	t: Translate;
	messages: ImportFlowMessages;
	/** Fetches the template in `language`. */
	template: (language: ImportLanguage) => Promise<ImportTemplate>;
	/** Sends the file: a dry run (`apply` false) or the import itself; answers the report. */
	send: (file: ImportFile, apply: boolean) => Promise<Report>;
	/** What the user can do next with a report; only 'APPLY' lets `apply` send. */
	nextStep: (report: Report) => Step;
	/** The problems a refused apply lists, or null for any other error. */
	problemsFromError: (error: unknown) => Report['errors'] | null;
	/** What the live region says after a check without problems. */
	checkedText: (report: Report) => string;
	/** What the live region says after applying. */
	appliedText: (report: Report) => string;
	/** Runs after applying (still `applying`; its errors show as the apply's). */
	applied: (report: Report) => void | Promise<void>;
	/** Runs when the user chooses another file. */
	fileChosen?: () => void;
	/** From this size on a check says it may take a while (`checkingLarge`). */
	largeBytes?: number;
}

/**
 * The flow the spreadsheet imports share (the chain data of a company, the member profiles of a
 * trade association): the template, a dry run of the chosen file that reports every problem at once
 * and what would change, then — only when the next step is 'APPLY' — exactly the checked file again,
 * applied in one go. The file's own problems show at the file input (which takes the focus), any
 * other error for `<ApiErrorMessage>` (`formError`), and what happened in a polite live region
 * (`announcement`). The form binds `files` and `fileInput` and calls `fileChosen` on change.
 */
export class ImportFlow<Report extends { errors: readonly unknown[] }, Step extends string> {
	files = $state<FileList | null>(null);
	fileInput = $state<HTMLInputElement>();
	/** What is wrong with the file, shown at the file input. */
	fileMessage = $state<MessageKey | null>(null);
	/** Any other error, for `<ApiErrorMessage>`. */
	formError = $state<unknown>(null);
	downloading = $state<ImportLanguage | null>(null);
	checking = $state(false);
	/** A check of a large file under way (it may take a while). */
	checkingLarge = $state(false);
	applying = $state(false);
	report = $state<Report | null>(null);
	/** The file that was checked, as sent: apply sends exactly this. */
	checked = $state<ImportFile | null>(null);
	/** What the polite live region says last (problems found, none, written). */
	announcement = $state('');

	readonly busy = $derived(this.checking || this.applying || this.downloading !== null);
	readonly step = $derived.by(() => (this.report ? this.#options.nextStep(this.report) : null));

	readonly #options: ImportFlowOptions<Report, Step>;

	constructor(options: ImportFlowOptions<Report, Step>) {
		this.#options = options;
	}

	async downloadTemplate(language: ImportLanguage): Promise<void> {
		this.downloading = language;
		this.formError = null;
		try {
			const file = await this.#options.template(language);
			downloadBase64(file.filename, file.contentType, file.base64);
			this.announcement = this.#options.t(this.#options.messages.templateDone, { filename: file.filename });
		} catch (error) {
			this.formError = error;
		} finally {
			this.downloading = null;
		}
	}

	/** A new choice of file makes the earlier report stale. */
	fileChosen(): void {
		this.report = null;
		this.checked = null;
		this.fileMessage = null;
		this.#options.fileChosen?.();
	}

	/** The form's submit: checks the chosen file in the browser, then sends it as a dry run. */
	async check(event?: Event): Promise<void> {
		event?.preventDefault();
		if (this.busy) return;
		const { t, messages } = this.#options;
		this.fileMessage = null;
		this.formError = null;
		this.report = null;
		this.checked = null;
		this.announcement = '';
		const file = this.files?.[0] ?? null;
		const verdict = checkImportFile(file);
		if (!verdict.ok || !file) {
			await this.#focusFile(verdict.ok ? messages.noFile : (messages.fileChecks[verdict.message] ?? messages.file));
			return;
		}
		this.checking = true;
		this.checkingLarge = this.#options.largeBytes !== undefined && file.size > this.#options.largeBytes;
		try {
			const contentBase64 = await this.#read(file);
			if (contentBase64 === null) return;
			const report = await this.#options.send({ fileName: file.name, contentBase64 }, false);
			this.report = report;
			this.checked = { fileName: file.name, contentBase64 };
			this.announcement = report.errors.length > 0 ? t(messages.problems, { count: report.errors.length }) : this.#options.checkedText(report);
		} catch (error) {
			await this.#failed(error);
		} finally {
			this.checking = false;
			this.checkingLarge = false;
		}
	}

	/** Applies the checked file, if its report says so. */
	async apply(): Promise<void> {
		if (this.busy || !this.checked || !this.report || this.step !== 'APPLY') return;
		const { t, messages } = this.#options;
		this.applying = true;
		this.formError = null;
		this.announcement = '';
		try {
			const report = await this.#options.send({ ...this.checked }, true);
			this.report = report;
			this.checked = null;
			this.files = null;
			if (this.fileInput) this.fileInput.value = '';
			this.announcement = this.#options.appliedText(report);
			await this.#options.applied(report);
		} catch (error) {
			const problems = this.#options.problemsFromError(error);
			if (problems && this.report) {
				// The data changed since the check (another upload, a company joined): the refusal lists the problems now.
				this.report = { ...this.report, errors: problems };
				this.announcement = `${t(messages.changed)} ${t(messages.problems, { count: problems.length })}`;
			} else {
				await this.#failed(error);
			}
		} finally {
			this.applying = false;
		}
	}

	/** The file as base64; null when the browser cannot read it and the form says so at the file. */
	async #read(file: File): Promise<string | null> {
		const { unreadable } = this.#options.messages;
		try {
			return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
		} catch (error) {
			if (!unreadable) throw error;
			await this.#focusFile(unreadable);
			return null;
		}
	}

	async #focusFile(message: MessageKey): Promise<void> {
		this.fileMessage = message;
		await tick();
		this.fileInput?.focus();
	}

	async #failed(error: unknown): Promise<void> {
		const { messages } = this.#options;
		if (error instanceof BadUserInputError && error.field === 'file') await this.#focusFile(messages.file);
		else if (error instanceof ApiError && error.code === 'FORBIDDEN') this.fileMessage = messages.forbidden;
		else this.formError = error;
	}
}
