import type { AppAbility } from '@routekaart/access';

/**
 * Does the user operate the platform? `me` does not say so directly; the rules do: only platform
 * operators may create organisations (the `operator` column of the permission matrix). Used to show
 * operators' panels (the system status) and hide them from everyone else; the API enforces.
 */
export function isPlatformOperator(ability: AppAbility): boolean {
	return ability.can('create', 'Organisation');
}
