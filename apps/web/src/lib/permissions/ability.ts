import { createMongoAbility, subject as tagged, type RawRuleOf } from '@casl/ability';
import { unpackRules, type PackRule } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectRecords, SubjectType } from '@routekaart/access';

export type { Action, AppAbility, SubjectRecords, SubjectType };

/** An ability that allows nothing: before login, and when the rules cannot be read. */
export function emptyAbility(): AppAbility {
	return createMongoAbility<AppAbility>([]);
}

/**
 * The user's ability from `myPermissionRules` (CASL rules packed with `packRules`, as JSON), the same
 * rules the API enforces. Only used to hide what the user may not do; anything unreadable hides all.
 */
export function abilityFromPackedRules(packed: string | null | undefined): AppAbility {
	if (!packed) return emptyAbility();
	try {
		const parsed: unknown = JSON.parse(packed);
		if (!Array.isArray(parsed)) return emptyAbility();
		const rules = unpackRules(parsed as PackRule<RawRuleOf<AppAbility>>[]);
		return createMongoAbility<AppAbility>(rules);
	} catch {
		return emptyAbility();
	}
}

/**
 * May the user take `action` on `type`? Without a record: on at least one record of that type
 * (CASL's meaning of a bare type). With a record: on that record, judged by the fields given — leave
 * out a field the rules read and the answer is no.
 */
export function can<T extends SubjectType>(
	ability: AppAbility,
	action: Action,
	type: T,
	record?: Partial<SubjectRecords[T]>,
	field?: string,
): boolean {
	if (!record) return ability.can(action, type, field);
	// The tagged copy is what CASL matches the rule conditions against.
	return ability.can(action, tagged(type, { ...record }) as never, field);
}
