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

/** Every field of an actor the rules may read, in a fixed order: what a cached ability is keyed by. */
const ACTOR_FIELDS = ['userId', 'organisationId', 'organisationKind', 'role', 'participations', 'platformOperator', 'tradeAssociation'] as const;
// A field added to Actor must be added above, or an ability could be reused for an actor it was not built for.
type UnkeyedActorField = Exclude<keyof Actor, (typeof ACTOR_FIELDS)[number]>;
const everyActorFieldKeyed: [UnkeyedActorField] extends [never] ? true : UnkeyedActorField = true;
void everyActorFieldKeyed;

/**
 * `defineAbilityFor` for the API's requests, which build the ability of the same few actors over and
 * over: an actor whose fields (participations included, read fresh per request) are those of a recent
 * one gets the ability built then, so a change of role or participation still applies at once. What
 * is worked out per ability and kept with it (`redactFieldsOf`'s field sets, `accessibleWhere`'s SQL)
 * is then worked out once per actor state instead of once per request. The least recently used of
 * more than `capacity` abilities goes. Abilities are never changed after they are built (nothing calls
 * `ability.update`), so one can serve concurrent requests.
 */
export class AbilityCache {
  private readonly abilities = new Map<string, AppAbility>();

  constructor(readonly capacity = 1000) {}

  get size(): number {
    return this.abilities.size;
  }

  abilityFor(actor: Actor): AppAbility {
    const key = JSON.stringify(ACTOR_FIELDS.map((field) => actor[field] ?? null));
    const kept = this.abilities.get(key);
    if (kept) {
      // Most recently used last: the first key is the one to drop.
      this.abilities.delete(key);
      this.abilities.set(key, kept);
      return kept;
    }
    const ability = defineAbilityFor(actor);
    this.abilities.set(key, ability);
    if (this.abilities.size > this.capacity) this.abilities.delete(this.abilities.keys().next().value!);
    return ability;
  }
}
