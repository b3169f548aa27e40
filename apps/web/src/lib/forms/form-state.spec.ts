import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadUserInputError, ForbiddenError, NetworkError } from '$lib/api/errors';
import type { MessageKey } from '$lib/i18n';
import { focusFirstField, FormState, type Conversion, type FieldErrors, type Submission } from './form-state.svelte';

type Field = 'name' | 'value';
const FIELDS: readonly Field[] = ['name', 'value'];

const required: MessageKey = 'monitoring.form.error.dateRequired';
const summary: MessageKey = 'monitoring.form.errorSummary';
const forbidden: MessageKey = 'monitoring.form.forbidden';

/** The API's BAD_USER_INPUT on `value` maps to the field; others are not the form's. */
const fieldErrors = (error: unknown): FieldErrors<Field> | null => (error instanceof BadUserInputError && error.field === 'value' ? { value: required } : null);

function submission(converted: Conversion<number, Field>, send: (input: number) => Promise<unknown> = async () => undefined) {
	const focus = vi.fn<(errors: FieldErrors<Field>) => void>();
	const sendSpy = vi.fn(send);
	const options: Submission<number, Field> = { converted, send: sendSpy, fieldErrors, summary, forbidden, focus };
	return { options, focus, send: sendSpy };
}

describe('FormState', () => {
	it('starts without errors, messages or a submission', () => {
		const state = new FormState<Field>();
		expect(state.errors).toEqual({});
		expect(state.message).toBeNull();
		expect(state.error).toBeNull();
		expect(state.submitting).toBe(false);
	});

	it('shows the conversion errors with the summary, focuses the first, and sends nothing', async () => {
		const state = new FormState<Field>();
		const { options, focus, send } = submission({ ok: false, errors: { value: required } });

		expect(await state.submit(options)).toBe('invalid');

		expect(state.errors).toEqual({ value: required });
		expect(state.message).toBe(summary);
		expect(state.submitting).toBe(false);
		expect(focus).toHaveBeenCalledOnce();
		expect(focus.mock.calls[0][0]).toEqual({ value: required });
		expect(send).not.toHaveBeenCalled();
	});

	it('sends the converted input, submitting meanwhile, and clears earlier errors and messages', async () => {
		const state = new FormState<Field>();
		state.errors = { name: required };
		state.message = summary;
		state.error = new Error('earlier');
		let during: { submitting: boolean; errors: FieldErrors<Field>; message: MessageKey | null; error: unknown } | null = null;
		const { options, send, focus } = submission({ ok: true, input: 42 }, async () => {
			during = { submitting: state.submitting, errors: { ...state.errors }, message: state.message, error: state.error };
		});

		expect(await state.submit(options)).toBe('saved');

		expect(send).toHaveBeenCalledWith(42);
		expect(during).toEqual({ submitting: true, errors: {}, message: null, error: null });
		expect(state.submitting).toBe(false);
		expect(state.errors).toEqual({});
		expect(state.message).toBeNull();
		expect(focus).not.toHaveBeenCalled();
	});

	it("puts the API's refusal at the field it names, with the summary and the focus", async () => {
		const state = new FormState<Field>();
		const { options, focus } = submission({ ok: true, input: 1 }, async () => {
			throw new BadUserInputError('too large', 'value');
		});

		expect(await state.submit(options)).toBe('invalid');

		expect(state.errors).toEqual({ value: required });
		expect(state.message).toBe(summary);
		expect(state.error).toBeNull();
		expect(state.submitting).toBe(false);
		expect(focus).toHaveBeenCalledOnce();
	});

	it('shows the forbidden message when the API answers FORBIDDEN', async () => {
		const state = new FormState<Field>();
		const { options, focus } = submission({ ok: true, input: 1 }, async () => {
			throw new ForbiddenError();
		});

		expect(await state.submit(options)).toBe('forbidden');

		expect(state.message).toBe(forbidden);
		expect(state.errors).toEqual({});
		expect(state.error).toBeNull();
		expect(focus).not.toHaveBeenCalled();
	});

	it('keeps any other error for ApiErrorMessage, a BAD_USER_INPUT the form does not map included', async () => {
		const state = new FormState<Field>();
		const offline = new NetworkError('offline');
		expect(
			await state.submit(
				submission({ ok: true, input: 1 }, async () => {
					throw offline;
				}).options,
			),
		).toBe('failed');
		expect(state.error).toBe(offline);
		expect(state.message).toBeNull();

		const unnamed = new BadUserInputError('bad', 'somethingElse');
		await state.submit(
			submission({ ok: true, input: 1 }, async () => {
				throw unnamed;
			}).options,
		);
		expect(state.error).toBe(unnamed);
		expect(state.errors).toEqual({});
		expect(state.submitting).toBe(false);
	});

	it('ignores a second submission while one is under way', async () => {
		const state = new FormState<Field>();
		let finish: () => void = () => {};
		const first = submission({ ok: true, input: 1 }, () => new Promise<void>((resolve) => (finish = resolve)));
		const second = submission({ ok: true, input: 2 });

		const running = state.submit(first.options);
		expect(state.submitting).toBe(true);
		expect(await state.submit(second.options)).toBe('busy');
		expect(second.send).not.toHaveBeenCalled();

		finish();
		expect(await running).toBe('saved');
		expect(state.submitting).toBe(false);
	});

	it('reset forgets errors and messages', () => {
		const state = new FormState<Field>();
		state.errors = { name: required };
		state.message = summary;
		state.error = new Error('x');

		state.reset();

		expect(state.errors).toEqual({});
		expect(state.message).toBeNull();
		expect(state.error).toBeNull();
	});
});

describe('focusFirstField', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('focuses the first field in the given order that has an error', () => {
		vi.stubGlobal('CSS', { escape: (value: string) => value.replaceAll(':', '\\:') });
		const focused: string[] = [];
		const form = {
			querySelector: (selector: string) => ({ focus: () => focused.push(selector) }),
		} as unknown as HTMLElement;

		focusFirstField(form, FIELDS, { value: required, name: required }, (field) => `f:${field}`);
		expect(focused).toEqual(['#f\\:name']);

		focusFirstField(form, FIELDS, {}, (field) => `f:${field}`);
		focusFirstField(undefined, FIELDS, { value: required }, (field) => `f:${field}`);
		expect(focused).toEqual(['#f\\:name']);
	});
});
