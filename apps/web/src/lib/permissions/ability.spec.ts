import { packRules } from '@casl/ability/extra';
import { defineAbilityFor, type Actor } from '@routekaart/access';
import { describe, expect, it } from 'vitest';
import { abilityFromPackedRules, can, emptyAbility } from './ability';

/** What `myPermissionRules` answers for this actor: the API's own rules, packed as JSON. */
const rulesOf = (actor: Actor) => JSON.stringify(packRules(defineAbilityFor(actor).rules));

const actor = (organisationKind: Actor['organisationKind'], role: Actor['role'], participations: Actor['participations'] = []): Actor => ({
	userId: 'u1',
	organisationId: 'org-1',
	organisationKind,
	role,
	participations,
});

describe('the ability from myPermissionRules', () => {
	it('lets industry editors and admins add supply links, and nobody else', () => {
		expect(can(abilityFromPackedRules(rulesOf(actor('INDUSTRY', 'EDITOR'))), 'create', 'SupplyLink')).toBe(true);
		expect(can(abilityFromPackedRules(rulesOf(actor('INDUSTRY', 'ADMIN'))), 'create', 'SupplyLink')).toBe(true);
		expect(can(abilityFromPackedRules(rulesOf(actor('INDUSTRY', 'VIEWER'))), 'create', 'SupplyLink')).toBe(false);
		expect(can(abilityFromPackedRules(rulesOf(actor('GOVERNMENT', 'ADMIN'))), 'create', 'SupplyLink')).toBe(false);
		expect(can(abilityFromPackedRules(rulesOf(actor('KNOWLEDGE_INSTITUTE', 'EDITOR'))), 'create', 'SupplyLink')).toBe(false);
	});

	it('judges a record by its fields: only the own organisation’s supply links may be deleted', () => {
		const ability = abilityFromPackedRules(rulesOf(actor('INDUSTRY', 'EDITOR')));
		expect(can(ability, 'delete', 'SupplyLink', { contributedByOrgId: 'org-1' })).toBe(true);
		expect(can(ability, 'delete', 'SupplyLink', { contributedByOrgId: 'org-2' })).toBe(false);
		expect(can(ability, 'delete', 'SupplyLink', {})).toBe(false);
	});

	it('lets roadmap leads change participants of their roadmap only', () => {
		const lead = abilityFromPackedRules(rulesOf(actor('GOVERNMENT', 'EDITOR', [{ roadmapId: 'r1', role: 'LEAD' }, { roadmapId: 'r2', role: 'MEMBER' }])));
		expect(can(lead, 'update', 'Participant', { roadmapId: 'r1', organisationId: 'org-9' })).toBe(true);
		expect(can(lead, 'delete', 'Participant', { roadmapId: 'r1', organisationId: 'org-9' })).toBe(true);
		expect(can(lead, 'create', 'Participant', { roadmapId: 'r1' })).toBe(true);
		expect(can(lead, 'update', 'Participant', { roadmapId: 'r2', organisationId: 'org-9' })).toBe(false);
		const member = abilityFromPackedRules(rulesOf(actor('INDUSTRY', 'ADMIN', [{ roadmapId: 'r1', role: 'MEMBER' }])));
		expect(can(member, 'update', 'Participant', { roadmapId: 'r1', organisationId: 'org-9' })).toBe(false);
	});

	it('knows the field rules: a roadmap reader may see the figures of a link, not its supplier', () => {
		const reader = abilityFromPackedRules(rulesOf(actor('INDUSTRY', 'ADMIN', [{ roadmapId: 'r1', role: 'MEMBER' }])));
		const link = { contributedByOrgId: 'org-2', visibility: 'ROADMAP' as const, sharedWith: [], roadmapIds: ['r1'] };
		expect(can(reader, 'read', 'SupplyLink', link, 'share')).toBe(true);
		expect(can(reader, 'read', 'SupplyLink', link, 'supplierName')).toBe(false);
		expect(can(reader, 'read', 'SupplyLink', { ...link, visibility: 'OWNER' })).toBe(false);
	});

	it('lets viewers export nothing', () => {
		expect(can(abilityFromPackedRules(rulesOf(actor('INDUSTRY', 'VIEWER'))), 'create', 'Export')).toBe(false);
		expect(can(abilityFromPackedRules(rulesOf(actor('INDUSTRY', 'EDITOR'))), 'create', 'Export')).toBe(true);
	});

	it.each([[null], [undefined], [''], ['not json'], ['{"rules": []}'], ['[[1, 2, 3]]']])('allows nothing for rules it cannot read: %j', (packed) => {
		const ability = abilityFromPackedRules(packed);
		expect(can(ability, 'read', 'Material')).toBe(false);
		expect(can(ability, 'create', 'SupplyLink')).toBe(false);
	});

	it('allows nothing before login', () => {
		expect(can(emptyAbility(), 'read', 'Roadmap')).toBe(false);
	});
});
