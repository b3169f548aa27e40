import { subject as tagged } from '@casl/ability';
import { permittedFields, type Action, type AppAbility, type SubjectType } from '@routekaart/access';

/**
 * `redactFields` (libs/access) for many rows of one subject type read by one ability: the same
 * answer, computed once per kind of row instead of once per row.
 *
 * Which fields a row reveals depends only on which of the ability's rules for (action, type) the
 * row's conditions meet, and on the row's own field names (a rule without a field list allows all
 * of them; see CASL's `permittedFieldsOf`). So each row's conditions are still checked, rule by
 * rule, but the permitted fields are computed by `permittedFields` itself for the first row with a
 * given outcome and reused for the rows like it. A list of 56 supply links of one product group
 * typically has two or three outcomes (own links, others' links shared with the roadmap, ...).
 *
 * Kept per ability (abilities are built per request from fresh participations) and dropped when the
 * ability's rules are replaced, so a permission change is never answered from an older outcome.
 */
export function redactRow<T extends object>(ability: AppAbility, action: Action, type: SubjectType, row: T): { [K in keyof T]: T[K] | null } {
  return redactorFor(ability, action, type).redact(row) as { [K in keyof T]: T[K] | null };
}

interface Redactor {
  redact(row: object): Record<string, unknown>;
}

const redactors = new WeakMap<AppAbility, Map<string, Redactor>>();

function redactorFor(ability: AppAbility, action: Action, type: SubjectType): Redactor {
  let byKind = redactors.get(ability);
  if (!byKind) {
    const fresh = new Map<string, Redactor>();
    byKind = fresh;
    redactors.set(ability, fresh);
    ability.on('updated', () => fresh.clear());
  }
  const key = `${action} ${type}`;
  let redactor = byKind.get(key);
  if (!redactor) {
    redactor = createRedactor(ability, action, type);
    byKind.set(key, redactor);
  }
  return redactor;
}

function createRedactor(ability: AppAbility, action: Action, type: SubjectType): Redactor {
  const rules = ability.possibleRulesFor(action, type);
  // Outcome (which rules match, and the row's field names) -> the field names it may read.
  const allowedByOutcome = new Map<string, Set<string>>();
  return {
    redact(row) {
      const keys = Object.keys(row);
      let outcome = `${keys.join(',')}|`;
      // The conditions read plain fields; the subject-type tag (set by `subject()`) plays no part in them.
      for (const rule of rules) outcome += rule.matchesConditions(row as never) ? '1' : '0';
      let allowed = allowedByOutcome.get(outcome);
      if (!allowed) {
        allowed = new Set(permittedFields(ability, action, tagged(type, { ...row })));
        allowedByOutcome.set(outcome, allowed);
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) out[key] = allowed.has(key) ? (row as Record<string, unknown>)[key] : null;
      return out;
    },
  };
}
