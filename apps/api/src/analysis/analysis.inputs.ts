import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { SupplyScope } from '@routekaart/db';
import { assertCountry, assertIsoDate, badInput, type ScenarioEvent } from '@routekaart/domain';
import { SupplyScopeEnum } from '../common/enums';

export const MAX_HORIZON_MONTHS = 60;
export const MAX_SCENARIO_EVENTS = 20;
export const MAX_ITEM_LIMIT = 500;

@InputType({ description: '"country cuts material (or item) by x% from start for n months"' })
export class ScenarioEventInput {
  @Field(() => String, { nullable: true, description: 'A name for the event, used in causes; defaults to event-<index>' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 of the country that cuts; null: the whole supply of the target' })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'The material that is cut (give this or itemId)' })
  materialId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The item whose deliveries are cut (give this or materialId)' })
  itemId?: string | null;

  @Field(() => Float, { nullable: true, description: 'How much of that supply stops, 0..100 (give this or cutFraction)' })
  cutPercent?: number | null;

  @Field(() => Float, { nullable: true, description: 'The same as a fraction, 0..1' })
  cutFraction?: number | null;

  @Field({ description: 'ISO date (YYYY-MM-DD); the event counts from the start of that month' })
  start: string;

  @Field(() => Int, { nullable: true, description: 'Whole months; null: lasts past the horizon' })
  durationMonths?: number | null;
}

@InputType()
export class ScenarioInput {
  @Field(() => ID)
  productGroupId: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'First month of the timeline (ISO date); defaults to the earliest event start' })
  startDate?: string | null;

  @Field(() => Int, { nullable: true, description: `Months on the timeline, 1..${MAX_HORIZON_MONTHS} (default 24)` })
  horizonMonths?: number | null;

  @Field(() => SupplyScopeEnum, { nullable: true, description: 'Which country shares a material cut uses (default GLOBAL)' })
  scope?: SupplyScope | null;

  @Field(() => Int, { nullable: true, description: `How many short items to list, 1..${MAX_ITEM_LIMIT} (default 100); counts are always complete` })
  itemLimit?: number | null;

  @Field(() => [ScenarioEventInput], { description: `1..${MAX_SCENARIO_EVENTS} events; several combine` })
  events: ScenarioEventInput[];
}

/** A scenario after validation: what is stored for a saved scenario and what the engine runs. */
export interface ScenarioSpec {
  productGroupId: string;
  name: string | null;
  startDate: string | null;
  horizonMonths: number;
  scope: SupplyScope;
  itemLimit: number;
  events: ScenarioEventSpec[];
}

export interface ScenarioEventSpec {
  id: string | null;
  country: string | null;
  materialId: string | null;
  itemId: string | null;
  cutFraction: number;
  start: string;
  durationMonths: number | null;
}


function assertWhole(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, `${field} must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

/**
 * Checks a scenario and normalises it (cut as a fraction, defaults filled in). Every refusal is a
 * BAD_USER_INPUT naming the field, e.g. `events[1].cutPercent`.
 */
export function validateScenarioInput(input: ScenarioInput): ScenarioSpec {
  const events = input.events ?? [];
  if (events.length < 1 || events.length > MAX_SCENARIO_EVENTS) throw badInput('events', `give 1 to ${MAX_SCENARIO_EVENTS} events`);
  const ids = new Set<string>();
  const spec: ScenarioSpec = {
    productGroupId: input.productGroupId,
    name: input.name?.trim() || null,
    startDate: input.startDate ? assertIsoDate(input.startDate, 'startDate') : null,
    horizonMonths: assertWhole(input.horizonMonths ?? 24, 'horizonMonths', 1, MAX_HORIZON_MONTHS),
    scope: input.scope ?? 'GLOBAL',
    itemLimit: assertWhole(input.itemLimit ?? 100, 'itemLimit', 1, MAX_ITEM_LIMIT),
    events: events.map((event, i): ScenarioEventSpec => {
      const at = `events[${i}]`;
      const id = event.id?.trim() || null;
      if (id !== null) {
        if (id.length > 100) throw badInput(`${at}.id`, `${at}.id may be at most 100 characters`);
        if (ids.has(id)) throw badInput(`${at}.id`, `event id "${id}" is used twice`);
        ids.add(id);
      }
      if (!!event.materialId === !!event.itemId) throw badInput(`${at}.materialId`, `${at}: give either materialId or itemId`);
      const hasPercent = event.cutPercent !== null && event.cutPercent !== undefined;
      const hasFraction = event.cutFraction !== null && event.cutFraction !== undefined;
      if (hasPercent === hasFraction) throw badInput(`${at}.cutPercent`, `${at}: give either cutPercent (0..100) or cutFraction (0..1)`);
      let cutFraction: number;
      if (hasPercent) {
        const percent = event.cutPercent!;
        if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
          throw badInput(`${at}.cutPercent`, `${at}.cutPercent must be from 0 to 100, got ${percent}`);
        }
        cutFraction = percent / 100;
      } else {
        cutFraction = event.cutFraction!;
        if (!Number.isFinite(cutFraction) || cutFraction < 0 || cutFraction > 1) {
          throw badInput(`${at}.cutFraction`, `${at}.cutFraction must be from 0 to 1 (50% is 0.5), got ${cutFraction}`);
        }
      }
      const country = event.country?.trim().toUpperCase() || null;
      assertCountry(country, `${at}.country`);
      return {
        id,
        country,
        materialId: event.materialId ?? null,
        itemId: event.itemId ?? null,
        cutFraction,
        start: assertIsoDate(event.start, `${at}.start`),
        durationMonths:
          event.durationMonths === null || event.durationMonths === undefined
            ? null
            : assertWhole(event.durationMonths, `${at}.durationMonths`, 1, 1200),
      };
    }),
  };
  return spec;
}

/** The engine's form of the events. */
export function engineEvents(spec: ScenarioSpec): ScenarioEvent[] {
  return spec.events.map((e, i) => ({
    id: e.id ?? `event-${i}`,
    country: e.country,
    ...(e.materialId ? { materialId: e.materialId } : { itemId: e.itemId! }),
    cutFraction: e.cutFraction,
    start: e.start,
    durationMonths: e.durationMonths,
  }));
}
