import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, AppAbility } from '@routekaart/access';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import type { RequestContext } from '../common/request-context';
import { MonitoringAlertModel } from '../monitoring/monitoring.models';
import { RiskModel } from './risk.models';
import { RiskAlertService } from './risk-alert.service';

@ChecksInService('linked alerts are facts about public series; linked risks come through the reader’s risk rules (RiskService.find)')
@Resolver(() => RiskModel)
export class RiskAlertResolver {
  constructor(private readonly service: RiskAlertService) {}

  @Requires('update', 'Risk')
  @Mutation(() => RiskModel, { description: "Links a monitoring alert to a risk (whoever may change the risk; the alert must concern the risk's roadmap)" })
  linkAlertToRisk(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Ctx() ctx: RequestContext,
    @Args('riskId', { type: () => ID }) riskId: string,
    @Args('alertId', { type: () => ID }) alertId: string,
  ) {
    return this.service.link(actor, ability, ctx, riskId, alertId);
  }

  @Requires('update', 'Risk')
  @Mutation(() => RiskModel, { description: 'Removes the link between a monitoring alert and a risk' })
  unlinkAlertFromRisk(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('riskId', { type: () => ID }) riskId: string,
    @Args('alertId', { type: () => ID }) alertId: string,
  ) {
    return this.service.unlink(actor, ability, riskId, alertId);
  }

  @ResolveField(() => [MonitoringAlertModel], { description: 'Monitoring alerts linked to this risk, newest crossing first' })
  alerts(@Parent() risk: RiskModel, @CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility) {
    return this.service.alertsOf(actor, ability, risk.id);
  }
}

@ChecksInService('linked risks come through the reader’s risk rules (RiskService.find)')
@Resolver(() => MonitoringAlertModel)
export class AlertRisksResolver {
  constructor(private readonly service: RiskAlertService) {}

  @ResolveField(() => [RiskModel], { description: 'Risks this alert is linked to, that the reader may read' })
  risks(@Parent() alert: MonitoringAlertModel, @CurrentAbility() ability: AppAbility) {
    return this.service.risksOf(ability, alert.id);
  }
}
