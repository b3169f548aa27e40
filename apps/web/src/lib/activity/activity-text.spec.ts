import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n/catalogue';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import { activityActor, activityLink, activitySentence, activityValue, addEntry, compareIds, liveAnnouncement, type ActivityLike } from './activity-text';

const t = (key: MessageKey, params?: MessageParams) => translate(nl, nl, key, params);
const tEn = (key: MessageKey, params?: MessageParams) => translate(en, nl, key, params);

const entry = (patch: Partial<ActivityLike> = {}): ActivityLike => ({
	id: '7',
	roadmapId: 'rm',
	kind: 'INTERVENTION_STATUS_CHANGED',
	subject: 'INTERVENTION',
	subjectId: 'iv',
	title: 'Strategische voorraad gallium',
	from: 'PROPOSED',
	to: 'AGREED',
	note: null,
	at: '2026-12-01T10:00:00Z',
	actor: { name: 'Daan Bakker', organisationName: 'Ministerie van Defensie' },
	...patch,
});

describe('an activity entry in words', () => {
	it('says a status change with both statuses in the reader’s language', () => {
		expect(activitySentence(entry(), t)).toBe('zette „Strategische voorraad gallium” van Voorgesteld op Akkoord');
		expect(activitySentence(entry(), tEn)).toBe('moved “Strategische voorraad gallium” from Proposed to Agreed');
	});

	it('translates phases and risk statuses, and leaves other values as they are', () => {
		expect(activityValue('INTERVENTIONS', t)).toBe('Interventies');
		expect(activityValue('MITIGATING', t)).toBe('Wordt beperkt');
		expect(activityValue('40', t)).toBe('40');
		expect(activityValue(null, t)).toBe('—');
	});

	it('names the actor with the organisation, and says so when the account is gone', () => {
		expect(activityActor(entry().actor, t)).toBe('Daan Bakker (Ministerie van Defensie)');
		expect(activityActor({ name: null, organisationName: 'Ministerie van Defensie' }, t)).toBe('een verwijderd account (Ministerie van Defensie)');
		expect(activityActor({ name: null, organisationName: null }, t)).toBe('onbekend');
	});

	it('has a sentence for every kind, and a general one for a kind this app does not know', () => {
		for (const kind of ['RISK_CREATED', 'RISK_UPDATED', 'RISK_DELETED', 'INTERVENTION_PROPOSED', 'INTERVENTION_UPDATED', 'INTERVENTION_PROGRESS', 'AGREEMENT_UPDATED', 'PHASE_CHANGED']) {
			const sentence = activitySentence(entry({ kind }), t);
			expect(sentence, kind).not.toContain('activity.kind');
			expect(sentence, kind).not.toMatch(/\{\w+\}/);
		}
		expect(activitySentence(entry({ kind: 'SOMETHING_NEW' }), t)).toContain('Strategische voorraad gallium');
		// A deleted intervention's entry goes to DELETED (there is no kind of its own for it).
		expect(activitySentence(entry({ kind: 'INTERVENTION_UPDATED', to: 'DELETED' }), t)).toBe('verwijderde interventie „Strategische voorraad gallium”');
	});

	it('links to the subject: the intervention’s page, the register, the agreements, or nowhere for a deleted risk', () => {
		expect(activityLink(entry())).toBe('/roadmaps/rm/interventies/iv');
		expect(activityLink(entry({ kind: 'AGREEMENT_UPDATED' }))).toBe('/roadmaps/rm/afspraken');
		expect(activityLink(entry({ kind: 'RISK_UPDATED', subject: 'RISK', subjectId: 'rk' }))).toBe('/roadmaps/rm/risicos#risico-rk');
		expect(activityLink(entry({ kind: 'RISK_DELETED', subject: 'RISK' }))).toBeNull();
		expect(activityLink(entry({ kind: 'PHASE_CHANGED', subject: 'ROADMAP', subjectId: 'rm' }))).toBe('/roadmaps/rm');
		expect(activityLink(entry({ kind: 'INTERVENTION_UPDATED', from: 'PROPOSED', to: 'DELETED' }))).toBeNull();
	});
});

describe('the live feed', () => {
	it('puts a new entry on top once, keeps the order by id and caps the length', () => {
		const list = [{ id: '9' }, { id: '8' }];
		expect(addEntry(list, { id: '10' }, 5).map((e) => e.id)).toEqual(['10', '9', '8']);
		expect(addEntry(list, { id: '9' }, 5).map((e) => e.id)).toEqual(['9', '8']);
		expect(addEntry(list, { id: '10' }, 2).map((e) => e.id)).toEqual(['10', '9']);
	});

	it('compares numeric ids by value, not as text', () => {
		expect(compareIds('10', '9')).toBeGreaterThan(0);
		expect(compareIds('9', '10')).toBeLessThan(0);
		expect(compareIds('12', '12')).toBe(0);
	});
});

describe('the announcement of a live change', () => {
	const live = { ...entry(), actor: { name: 'Daan Bakker', organisationName: 'Ministerie van Defensie', organisationId: 'defensie' } };

	it('announces what someone else did, and stays silent on the reader’s own change', () => {
		expect(liveAnnouncement(live, { name: 'Willem Smit', organisation: { id: 'werf' } }, t)).toBe(
			`Bijgewerkt: Daan Bakker (Ministerie van Defensie) ${activitySentence(live, t)}.`,
		);
		expect(liveAnnouncement(live, { name: 'Daan Bakker', organisation: { id: 'defensie' } }, t)).toBeNull();
		// The same name in another organisation is someone else.
		expect(liveAnnouncement(live, { name: 'Daan Bakker', organisation: { id: 'werf' } }, t)).not.toBeNull();
	});
});
