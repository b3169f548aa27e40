import { subject } from '@casl/ability';
import { redactFields, type AppAbility } from '@routekaart/access';
import type { SupplyLinkModel } from './chain.models';
import type { SupplyLinkRow } from './chain.rows';

/** What a viewer sees of a supply link: the row with the fields they may not read set to null. */
export function visibleSupplyLink(ability: AppAbility, row: SupplyLinkRow): SupplyLinkModel {
  return redactFields(ability, 'read', subject('SupplyLink', { ...row })) as unknown as SupplyLinkModel;
}
