import { packRules } from '@casl/ability/extra';
import { defineAbilityFor, ORGANISATION_KINDS, USER_ROLES, type Actor } from '@routekaart/access';
import { describe, expect, it } from 'vitest';
import { abilityFromPackedRules, emptyAbility } from './ability';
import { isPlatformOperator } from './operator';

const abilityOf = (actor: Actor) => abilityFromPackedRules(JSON.stringify(packRules(defineAbilityFor(actor).rules)));

describe('who operates the platform', () => {
	const actor = (kind: Actor['organisationKind'], role: Actor['role'], platformOperator: boolean): Actor => ({
		userId: 'u1',
		organisationId: 'org-1',
		organisationKind: kind,
		role,
		participations: [{ roadmapId: 'r1', role: 'LEAD' }],
		platformOperator,
	});

	it('is only the users the API marks as platform operators, whatever their organisation and role', () => {
		for (const kind of ORGANISATION_KINDS) {
			for (const role of USER_ROLES) {
				expect(isPlatformOperator(abilityOf(actor(kind, role, true))), `${kind} ${role} operator`).toBe(true);
				expect(isPlatformOperator(abilityOf(actor(kind, role, false))), `${kind} ${role}`).toBe(false);
			}
		}
	});

	it('is nobody without rules (logged out, or the rules could not be read)', () => {
		expect(isPlatformOperator(emptyAbility())).toBe(false);
	});
});
