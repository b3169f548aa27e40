import { Field, ObjectType } from '@nestjs/graphql';
import { ActivityActorModel } from '../activity/activity.models';
import { SupplierProfileModel } from '../suppliers/supplier.models';

@ObjectType('InterventionCandidate', {
  description: 'A supplier profile government linked to an intervention as a candidate (diversification); read by government participants only',
})
export class InterventionCandidateModel {
  @Field(() => SupplierProfileModel, { description: 'The profile as the reader may see it' })
  profile: SupplierProfileModel;

  @Field()
  linkedAt: Date;

  @Field(() => ActivityActorModel)
  linkedBy: ActivityActorModel;
}
