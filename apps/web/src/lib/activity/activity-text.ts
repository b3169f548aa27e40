/**
 * An activity entry in words: who did what to which risk, intervention or roadmap, with the values
 * it went from and to in the reader's language, and where to look at it. Pure: `t` is passed in.
 */
import type { MessageKey, MessageParams } from '$lib/i18n/catalogue';
import { INTERVENTION_STATUSES } from '$lib/interventions/board';
import { RISK_STATUSES } from '$lib/risks/risk-form';
import { ROADMAP_PHASES } from '$lib/roadmaps/phases';

/** How many entries a roadmap's overview shows, and the dashboard's feed across roadmaps. */
export const ROADMAP_FEED_SIZE = 10;
export const DASHBOARD_FEED_SIZE = 10;

export const ACTIVITY_KINDS = [
	'RISK_CREATED',
	'RISK_UPDATED',
	'RISK_DELETED',
	'INTERVENTION_PROPOSED',
	'INTERVENTION_UPDATED',
	'INTERVENTION_STATUS_CHANGED',
	'INTERVENTION_PROGRESS',
	'AGREEMENT_UPDATED',
	'PHASE_CHANGED',
] as const;
export type ActivityKindValue = (typeof ACTIVITY_KINDS)[number];

/** The fields of an entry this module reads (as `ActivityEntryFields` brings them). */
export interface ActivityLike {
	id: string;
	roadmapId: string;
	kind: string;
	subject: string;
	subjectId: string;
	title: string;
	from: string | null;
	to: string | null;
	note: string | null;
	at: string;
	actor: { name: string | null; organisationName: string | null };
}

/** What a deleted intervention's last entry says it went to (the feed has no kind of its own for it). */
const DELETED = 'DELETED';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A status or phase the entry names, in words; other values (a percentage, say) as they came. */
export function activityValue(value: string | null, t: Translate): string {
	if (value === null || value === '') return '—';
	if ((INTERVENTION_STATUSES as readonly string[]).includes(value)) return t(`interventionStatus.${value as (typeof INTERVENTION_STATUSES)[number]}`);
	if ((RISK_STATUSES as readonly string[]).includes(value)) return t(`riskStatus.${value as (typeof RISK_STATUSES)[number]}`);
	if ((ROADMAP_PHASES as readonly string[]).includes(value)) return t(`phase.${value as (typeof ROADMAP_PHASES)[number]}`);
	return value;
}

/** Who did it: "Daan Bakker (Ministerie van Defensie)", and something honest when the account is gone. */
export function activityActor(actor: ActivityLike['actor'], t: Translate): string {
	if (actor.name && actor.organisationName) return t('activity.actor', { name: actor.name, organisation: actor.organisationName });
	if (actor.name) return actor.name;
	if (actor.organisationName) return t('activity.actorGone', { organisation: actor.organisationName });
	return t('activity.actorUnknown');
}

/**
 * What a live page announces when the feed brings an entry: "Bijgewerkt: <who> <did what>", or null
 * for the reader's own change (the page already said it). The feed names no user id, so "own" is the
 * same name in the same organisation.
 */
export function liveAnnouncement(
	entry: ActivityLike & { actor: { organisationId: string | null } },
	reader: { name: string; organisation: { id: string } } | null,
	t: Translate,
): string | null {
	const own = reader !== null && entry.actor.name === reader.name && entry.actor.organisationId === reader.organisation.id;
	return own ? null : t('work.live.updated', { actor: activityActor(entry.actor, t), sentence: activitySentence(entry, t) });
}

/** The sentence for the entry (without the actor, who is shown on its own). */
export function activitySentence(entry: ActivityLike, t: Translate): string {
	const params = { title: entry.title, from: activityValue(entry.from, t), to: activityValue(entry.to, t) };
	const known = (ACTIVITY_KINDS as readonly string[]).includes(entry.kind);
	if (!known) return t('activity.kind.other', params);
	const kind = entry.kind as ActivityKindValue;
	// A status change without a previous status is the first one (a proposal as it was seeded).
	if (kind === 'INTERVENTION_STATUS_CHANGED' && !entry.from) return t('activity.kind.INTERVENTION_STATUS_SET', params);
	if (kind === 'PHASE_CHANGED' && !entry.from) return t('activity.kind.PHASE_SET', params);
	if (kind === 'INTERVENTION_UPDATED' && entry.to === DELETED) return t('activity.kind.INTERVENTION_DELETED', params);
	return t(`activity.kind.${kind}`, params);
}

/**
 * Where the entry's subject is shown in the web app; null when it is gone (a deleted risk) or of a
 * kind this app does not know.
 */
export function activityLink(entry: Pick<ActivityLike, 'kind' | 'subject' | 'subjectId' | 'roadmapId' | 'to'>): string | null {
	const roadmap = `/roadmaps/${encodeURIComponent(entry.roadmapId)}`;
	switch (entry.subject) {
		case 'RISK':
			return entry.kind === 'RISK_DELETED' ? null : `${roadmap}/risicos#risico-${encodeURIComponent(entry.subjectId)}`;
		case 'INTERVENTION':
			if (entry.to === DELETED) return null;
			return entry.kind === 'AGREEMENT_UPDATED' ? `${roadmap}/afspraken` : `${roadmap}/interventies/${encodeURIComponent(entry.subjectId)}`;
		case 'ROADMAP':
			return roadmap;
		default:
			return null;
	}
}

/**
 * The feed after `entry` arrived live: newest first, each entry once (the same event may come from
 * the stream and from a reload), at most `max` long.
 */
export function addEntry<T extends { id: string }>(list: readonly T[], entry: T, max: number): T[] {
	const rest = list.filter((item) => item.id !== entry.id);
	return [entry, ...rest].sort((a, b) => compareIds(b.id, a.id)).slice(0, max);
}

/** Entry ids are increasing integers (as strings): compare them as numbers, whatever their length. */
export function compareIds(a: string, b: string): number {
	if (/^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
	return a < b ? -1 : a > b ? 1 : 0;
}
