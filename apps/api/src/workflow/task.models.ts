import { Field, ObjectType } from '@nestjs/graphql';
import { InterventionModel } from '../interventions/intervention.models';
import { RiskModel } from '../risks/risk.models';

@ObjectType('MyTasks', { description: "What waits for the viewer's organisation, across the roadmaps it takes part in" })
export class MyTasksModel {
  @Field(() => [InterventionModel], { description: 'Agreed or running interventions the organisation owns, earliest due date first (none last)' })
  ownedInterventions: InterventionModel[];

  @Field(() => [InterventionModel], { description: 'Proposals waiting for a decision, in roadmaps where the viewer decides; oldest first' })
  awaitingDecision: InterventionModel[];

  @Field(() => [RiskModel], { description: "The organisation's risks to review within 30 days or overdue for review (closed ones left out), earliest first" })
  risksToReview: RiskModel[];
}
