import { createMongoAbility, type MongoQuery, type RawRuleOf } from '@casl/ability';
import type { Actor } from './actor';
import { CONDITIONS } from './conditions';
import { PERMISSION_MATRIX, fieldsRevealedBy, grantsFor } from './permission-matrix';
import type { AppAbility } from './subjects';

/**
 * The ONE ability factory of the platform: the API (resolvers, services, SQL filters through
 * `rulesToSql`), the collaboration socket and the web app all build their ability here.
 *
 * Rules come only from `PERMISSION_MATRIX` (kind x role, plus the operator column) and the named
 * conditions in `CONDITIONS`; field lists come from `FIELD_ACCESS`. All rules are `can` rules whose
 * conditions `rulesToSql` can translate. How to use it:
 * - `ability.can('read', 'SupplyLink')` only means "may read at least one"; list queries must add
 *   `rulesToSql(ability, 'read', 'SupplyLink', columns)` to their WHERE, and services must check
 *   `ability.can(action, subject('SupplyLink', row))` on the loaded row (before and after an update).
 * - Field-restricted subjects: `pickPermittedFields` / `hiddenFields` for what a reader may see;
 *   `ability.can('update', subject('User', u), 'role')` for a field write.
 * - Records must be tagged: `subject('SupplyLink', row)` from `@casl/ability`.
 *
 * The ability reflects the actor at build time; rebuild it when participations or roles change.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const rules: RawRuleOf<AppAbility>[] = [];
  for (const { subject, action } of PERMISSION_MATRIX) {
    for (const name of grantsFor(actor, subject, action)) {
      const fields = fieldsRevealedBy(subject, action, name);
      for (const conditions of CONDITIONS[name].build(actor, subject)) {
        rules.push(rule(action, subject, conditions, fields));
      }
    }
  }
  return createMongoAbility<AppAbility>(rules);
}

function rule(
  action: RawRuleOf<AppAbility>['action'],
  subject: RawRuleOf<AppAbility>['subject'],
  conditions: MongoQuery | undefined,
  fields: string[] | undefined,
): RawRuleOf<AppAbility> {
  return {
    action,
    subject,
    ...(conditions ? { conditions } : {}),
    ...(fields ? { fields } : {}),
  } as RawRuleOf<AppAbility>;
}
