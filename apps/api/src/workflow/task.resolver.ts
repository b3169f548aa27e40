import { Query, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { Actor } from '../common/actor';
import { CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService } from '../common/endpoint-access';
import { MyTasksModel } from './task.models';
import { TaskService } from './task.service';

@Resolver(() => MyTasksModel)
export class TaskResolver {
  constructor(private readonly tasks: TaskService) {}

  @ChecksInService("the viewer's own organisation's tasks, each list selected through the reader's rules (TaskService)")
  @Query(() => MyTasksModel, { description: "What waits for the viewer's organisation: its agreements, decisions to take, risks to review" })
  myTasks(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility) {
    return this.tasks.myTasks(actor, ability);
  }
}
