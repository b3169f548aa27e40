import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n/catalogue';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import { isLater, progressPercent, progressText, type ProgressStep } from './import-progress';

const tNl = (key: MessageKey, params?: MessageParams) => translate(nl, nl, key, params, 'nl');
const tEn = (key: MessageKey, params?: MessageParams) => translate(en, nl, key, params, 'en');
const step = (phase: ProgressStep['phase'], percent = 0, done = 0, total = 0): ProgressStep => ({ phase, done, total, percent });
const dutch = (n: number) => new Intl.NumberFormat('nl').format(n);

describe('import progress', () => {
	it('fills one bar from the upload through the phases to 100, further for applying (which writes)', () => {
		expect(progressPercent(step('WAITING'), false)).toBe(0);
		expect(progressPercent(step('UPLOADING', 50), false)).toBe(25);
		expect(progressPercent(step('UPLOADING', 100), false)).toBe(50);
		expect(progressPercent(step('READING', 50, 700), false)).toBe(65);
		expect(progressPercent(step('CHECKING'), false)).toBe(80);
		expect(progressPercent(step('DONE', 100), false)).toBe(100);
		expect(progressPercent(step('WRITING', 0, 0, 100), true)).toBe(55);
		expect(progressPercent(step('WRITING', 100, 100, 100), true)).toBe(99);
		expect(progressPercent(step('DONE', 100), true)).toBe(100);
	});

	it('only moves forward: a late upload report after the server started reading is ignored', () => {
		expect(isLater(step('READING', 10), step('UPLOADING', 100), false)).toBe(false);
		expect(isLater(step('UPLOADING', 10), step('UPLOADING', 20), false)).toBe(true);
		expect(isLater(step('WRITING', 10), step('DONE', 100), true)).toBe(true);
		expect(isLater(null, step('WAITING'), true)).toBe(true);
	});

	it('says the phase in words with its count, in Dutch and English', () => {
		expect(progressText(step('UPLOADING', 25), tNl, dutch)).toBe('Bestand versturen: 25%');
		expect(progressText(step('READING', 40, 1200), tNl, dutch)).toBe('Rijen lezen: 1.200 gelezen (40% van het bestand)');
		expect(progressText(step('READING'), tNl, dutch)).toBe('Bestand lezen…');
		expect(progressText(step('WRITING', 25, 3, 12), tEn, String)).toBe('Saving: 3 of 12 rows');
		expect(progressText(step('DONE', 100), tEn, String)).toBe('Done');
	});
});
