import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BadUserInputError, ForbiddenError, NetworkError } from '$lib/api/errors';
import type { MessageKey, MessageParams } from '$lib/i18n';
import { ImportFlow, importFlowMessages, type ImportFile, type ImportFlowMessages, type ImportFlowOptions } from './import-flow.svelte';

const download = vi.hoisted(() => vi.fn());
vi.mock('$lib/browser/download', () => ({ downloadBase64: download }));

interface Report {
	errors: string[];
	create: number;
	applied: boolean;
}
type Step = 'FIX' | 'APPLY' | 'NOTHING';

const t = (key: MessageKey, params?: MessageParams) => (params ? `${key} ${JSON.stringify(params)}` : key);
const report = (create: number, errors: string[] = [], applied = false): Report => ({ errors, create, applied });
const csv = (content = 'a;b\n1;2', name = 'data.csv') => new File([content], name);
const unreadable = () => Object.assign(csv(), { arrayBuffer: () => Promise.reject(new Error('gone')) });
const MESSAGES: ImportFlowMessages = importFlowMessages('imports', 'imports.error.unreadable');
const submit = () => ({ preventDefault: vi.fn() }) as unknown as SubmitEvent;

function flowOf(options: Partial<ImportFlowOptions<Report, Step>> = {}) {
	const send = vi.fn<(file: ImportFile, apply: boolean) => Promise<Report>>(async (_file, apply) => report(2, [], apply));
	const applied = vi.fn();
	const flow = new ImportFlow<Report, Step>({
		t,
		messages: MESSAGES,
		template: async (language) => ({ filename: `template-${language}.xlsx`, contentType: 'application/octet-stream', base64: 'AA==' }),
		send,
		nextStep: (r) => (r.errors.length > 0 ? 'FIX' : r.create > 0 ? 'APPLY' : 'NOTHING'),
		problemsFromError: (error) => (error instanceof BadUserInputError && Array.isArray(error.extensions['rows']) ? (error.extensions['rows'] as string[]) : null),
		checkedText: (r) => `checked ${r.create}`,
		appliedText: (r) => `applied ${r.create}`,
		applied,
		...options,
	});
	const focus = vi.fn();
	flow.fileInput = { focus, value: 'C:\\fakepath\\data.csv' } as unknown as HTMLInputElement;
	return { flow, send, applied, focus };
}

function choose(flow: ImportFlow<Report, Step>, file: File) {
	flow.files = [file] as unknown as FileList;
	flow.fileChosen();
}

function refusal(rows: string[]) {
	const error = new BadUserInputError('refused', 'file');
	error.extensions = { rows };
	return error;
}

describe('ImportFlow', () => {
	beforeEach(() => download.mockClear());

	it('asks for a file, in the words of the form, and sends nothing', async () => {
		const { flow, send, focus } = flowOf();
		const event = submit();

		await flow.check(event);

		expect(event.preventDefault).toHaveBeenCalled();
		expect(flow.fileMessage).toBe('imports.error.noFile');
		expect(focus).toHaveBeenCalledOnce();
		expect(send).not.toHaveBeenCalled();
	});

	it("words the browser's file checks for the form, and any it does not word as the file error", async () => {
		// A form that words every check but "empty".
		const { 'monitoring.import.error.empty': _, ...fileChecks } = MESSAGES.fileChecks;
		const { flow } = flowOf({ messages: { ...MESSAGES, fileChecks } });
		choose(flow, csv('x', 'data.txt'));
		await flow.check(submit());
		expect(flow.fileMessage).toBe('imports.error.fileType');

		choose(flow, csv('', 'empty.csv'));
		await flow.check(submit());
		expect(flow.fileMessage).toBe('imports.error.file');
	});

	it('checks the file as a dry run, keeps what it sent and announces the outcome', async () => {
		const { flow, send } = flowOf();
		choose(flow, csv('a'));

		await flow.check(submit());

		expect(send).toHaveBeenCalledWith({ fileName: 'data.csv', contentBase64: 'YQ==' }, false);
		expect(flow.report).toEqual(report(2));
		expect(flow.checked).toEqual({ fileName: 'data.csv', contentBase64: 'YQ==' });
		expect(flow.step).toBe('APPLY');
		expect(flow.announcement).toBe('checked 2');
		expect(flow.checking).toBe(false);

		send.mockResolvedValueOnce(report(0, ['one', 'two']));
		await flow.check(submit());
		expect(flow.step).toBe('FIX');
		expect(flow.announcement).toBe('imports.report.problems {"count":2}');
	});

	it('is checking (a large file too, when the form says what is large) while the dry run is under way', async () => {
		let during: { checking: boolean; large: boolean; busy: boolean } | null = null;
		const { flow } = flowOf({
			largeBytes: 3,
			send: async () => {
				during = { checking: flow.checking, large: flow.checkingLarge, busy: flow.busy };
				return report(1);
			},
		});
		choose(flow, csv('four'));
		await flow.check(submit());
		expect(during).toEqual({ checking: true, large: true, busy: true });
		expect(flow.checkingLarge).toBe(false);

		choose(flow, csv('abc'));
		await flow.check(submit());
		expect(during).toEqual({ checking: true, large: false, busy: true });
	});

	it('says at the file that the browser could not read it, or (without such a message) shows the error', async () => {
		const { flow, send, focus } = flowOf();
		choose(flow, unreadable());
		await flow.check(submit());
		expect(flow.fileMessage).toBe('imports.error.unreadable');
		expect(focus).toHaveBeenCalledOnce();
		expect(send).not.toHaveBeenCalled();
		expect(flow.checking).toBe(false);

		const { unreadable: _, ...withoutUnreadable } = MESSAGES;
		const plain = flowOf({ messages: withoutUnreadable });
		choose(plain.flow, unreadable());
		await plain.flow.check(submit());
		expect(plain.flow.fileMessage).toBeNull();
		expect(plain.flow.formError).toEqual(new Error('gone'));
	});

	it('puts a refused file at the file input, FORBIDDEN there too, and any other error for ApiErrorMessage', async () => {
		const { flow, send, focus } = flowOf();
		choose(flow, csv());

		send.mockRejectedValueOnce(new BadUserInputError('bad file', 'file'));
		await flow.check(submit());
		expect(flow.fileMessage).toBe('imports.error.file');
		expect(focus).toHaveBeenCalledOnce();

		send.mockRejectedValueOnce(new ForbiddenError());
		await flow.check(submit());
		expect(flow.fileMessage).toBe('imports.error.forbidden');
		expect(focus).toHaveBeenCalledOnce();

		const offline = new NetworkError('offline');
		send.mockRejectedValueOnce(offline);
		await flow.check(submit());
		expect(flow.fileMessage).toBeNull();
		expect(flow.formError).toBe(offline);
		expect(flow.report).toBeNull();
	});

	it('applies exactly the checked file, then forgets the file and announces what it wrote', async () => {
		const { flow, send, applied } = flowOf();
		choose(flow, csv('a'));
		await flow.check(submit());

		await flow.apply();

		expect(send).toHaveBeenLastCalledWith({ fileName: 'data.csv', contentBase64: 'YQ==' }, true);
		expect(flow.report).toEqual(report(2, [], true));
		expect(flow.checked).toBeNull();
		expect(flow.files).toBeNull();
		expect(flow.fileInput?.value).toBe('');
		expect(flow.announcement).toBe('applied 2');
		expect(applied).toHaveBeenCalledWith(report(2, [], true));
		expect(flow.applying).toBe(false);
	});

	it('applies nothing unless the report says so', async () => {
		const { flow, send } = flowOf();
		await flow.apply();
		expect(send).not.toHaveBeenCalled();

		send.mockResolvedValueOnce(report(0));
		choose(flow, csv());
		await flow.check(submit());
		expect(flow.step).toBe('NOTHING');
		await flow.apply();
		expect(send).toHaveBeenCalledOnce();
	});

	it('lists the problems of a refused apply (the data changed since the check) in the report', async () => {
		const { flow, send, applied } = flowOf();
		choose(flow, csv());
		await flow.check(submit());

		send.mockRejectedValueOnce(refusal(['now wrong']));
		await flow.apply();

		expect(flow.report).toEqual(report(2, ['now wrong']));
		expect(flow.step).toBe('FIX');
		expect(flow.announcement).toBe('imports.error.changed imports.report.problems {"count":1}');
		expect(flow.formError).toBeNull();
		expect(applied).not.toHaveBeenCalled();
	});

	it('makes the report stale when another file is chosen', async () => {
		const fileChosen = vi.fn();
		const { flow } = flowOf({ fileChosen });
		choose(flow, csv());
		await flow.check(submit());
		flow.fileMessage = 'imports.error.file';

		choose(flow, csv());

		expect(flow.report).toBeNull();
		expect(flow.checked).toBeNull();
		expect(flow.fileMessage).toBeNull();
		expect(fileChosen).toHaveBeenCalledTimes(2);
	});

	it('downloads the template in the language asked for and announces it; a failure shows for ApiErrorMessage', async () => {
		let during: unknown = null;
		const { flow } = flowOf({
			template: async (language) => {
				during = flow.downloading;
				return { filename: `template-${language}.xlsx`, contentType: 'application/octet-stream', base64: 'AA==' };
			},
		});

		await flow.downloadTemplate('en');

		expect(during).toBe('en');
		expect(flow.downloading).toBeNull();
		expect(download).toHaveBeenCalledWith('template-en.xlsx', 'application/octet-stream', 'AA==');
		expect(flow.announcement).toBe('imports.template.done {"filename":"template-en.xlsx"}');

		const failing = flowOf({ template: () => Promise.reject(new NetworkError('offline')) });
		await failing.flow.downloadTemplate('nl');
		expect(failing.flow.formError).toEqual(new NetworkError('offline'));
		expect(failing.flow.downloading).toBeNull();
	});
});
