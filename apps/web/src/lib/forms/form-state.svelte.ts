/**
 * The submit machinery the web app's forms share: the errors at the fields, a sentence above the form
 * (the error summary, or that the user may not do this), the error for `<ApiErrorMessage>` and whether
 * a submission is under way. `submit` runs one submission: the form's own conversion refused → its
 * errors, the summary and the focus on the first field at fault; else send; the API's BAD_USER_INPUT
 * at the field(s) it names (the form's mapper says which), FORBIDDEN as the form's sentence, anything
 * else for `<ApiErrorMessage>`.
 */
import { tick } from 'svelte';
import { ApiError } from '$lib/api/errors';
import type { MessageKey } from '$lib/i18n';

/** What is wrong per field, as message keys. */
export type FieldErrors<Field extends string> = Partial<Record<Field, MessageKey>>;

/** A form's conversion of its values: the input to send, or what is wrong per field. */
export type Conversion<Input, Field extends string> = { ok: true; input: Input } | { ok: false; errors: FieldErrors<Field> };

export interface Submission<Input, Field extends string> {
	/** The form's conversion of its values. */
	converted: Conversion<Input, Field>;
	/** Sends the input (and does what follows a save: resetting the values, announcing, `onsaved`). */
	send: (input: Input) => Promise<unknown>;
	/** The API's refusal at the form's fields (BAD_USER_INPUT naming a field); null for any other error. */
	fieldErrors: (error: unknown) => FieldErrors<Field> | null;
	/** The sentence above the form when fields have errors. */
	summary: MessageKey;
	/** The sentence above the form when the API answers FORBIDDEN. */
	forbidden: MessageKey;
	/** Moves the focus to the first field in error (called after the DOM shows the errors). */
	focus: (errors: FieldErrors<Field>) => void | Promise<void>;
}

/** How a submission ended. */
export type SubmitOutcome = 'busy' | 'invalid' | 'saved' | 'forbidden' | 'failed';

export class FormState<Field extends string> {
	errors = $state<FieldErrors<Field>>({});
	/** The sentence above the form: the error summary or the forbidden message. */
	message = $state<MessageKey | null>(null);
	/** Any other error, for `<ApiErrorMessage>`. */
	error = $state<unknown>(null);
	submitting = $state(false);

	/** Forgets errors and messages (new values in the form, or nothing to send after all). */
	reset(): void {
		this.errors = {};
		this.message = null;
		this.error = null;
	}

	/** Runs one submission; a second while one is under way does nothing ('busy'). */
	async submit<Input>(submission: Submission<Input, Field>): Promise<SubmitOutcome> {
		if (this.submitting) return 'busy';
		this.message = null;
		this.error = null;
		const { converted } = submission;
		if (!converted.ok) {
			await this.#refuse(converted.errors, submission);
			return 'invalid';
		}
		this.errors = {};
		this.submitting = true;
		try {
			await submission.send(converted.input);
			return 'saved';
		} catch (error) {
			const named = submission.fieldErrors(error);
			if (named) {
				await this.#refuse(named, submission);
				return 'invalid';
			}
			if (error instanceof ApiError && error.code === 'FORBIDDEN') {
				this.message = submission.forbidden;
				return 'forbidden';
			}
			this.error = error;
			return 'failed';
		} finally {
			this.submitting = false;
		}
	}

	async #refuse<Input>(errors: FieldErrors<Field>, submission: Submission<Input, Field>) {
		this.errors = errors;
		this.message = submission.summary;
		await tick();
		await submission.focus(this.errors);
	}
}

/**
 * Focuses the first of `fields` (in the form's order) that has an error: the element with its id
 * in `form`. For a focus callback; forms with groups of radios or checkboxes bring their own.
 */
export function focusFirstField<Field extends string>(
	form: HTMLElement | undefined,
	fields: readonly Field[],
	errors: FieldErrors<Field>,
	id: (field: Field) => string,
): void {
	const first = fields.find((field) => errors[field]);
	if (first) form?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus();
}
