import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ActivityKind, ActivitySubject } from '@routekaart/db';
import { ActivityKindEnum, ActivitySubjectEnum } from '../common/enums';

@ObjectType('ActivityActor', {
  description: 'Who did something in a roadmap, as every participant sees it: a name (null once the account is gone) and an organisation',
})
export class ActivityActorModel {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;
}

@ObjectType('ActivityEntry', { description: "One line of a roadmap's activity feed" })
export class ActivityEntryModel {
  @Field(() => ID, { description: 'Opaque; give it as `before` for the entries older than this one' })
  id: string;

  @Field(() => ID)
  roadmapId: string;

  @Field()
  roadmapTitle: string;

  @Field()
  at: Date;

  @Field(() => ActivityKindEnum)
  kind: ActivityKind;

  @Field(() => ActivitySubjectEnum)
  subject: ActivitySubject;

  @Field(() => ID, { description: 'The risk, intervention or roadmap it is about (it may be gone since)' })
  subjectId: string;

  @Field({ description: 'The title of the risk or intervention (or roadmap) at the time' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The value before, e.g. the previous status or phase' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'The value after' })
  to: string | null;

  @Field(() => String, { nullable: true, description: 'A reason or progress note' })
  note: string | null;

  @Field(() => ActivityActorModel)
  actor: ActivityActorModel;
}
