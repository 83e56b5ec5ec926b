import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import {
  RecordInteractionInput,
  RecordObjectiveInput,
  RecordUsageSnapshotInput,
} from '../inputs/mutation-account.inputs';
import {
  AddInfluenceInput,
  AssignStakeholderRoleInput,
  EndStakeholderRoleInput,
} from '../inputs/mutation-stakeholder.inputs';
import {
  AddInfluencePayload,
  ObjectiveType,
  RecordedInteractionType,
  RecordUsageSnapshotPayload,
} from '../types/mutation-payloads.type';
import { RoleAssignmentType } from '../types/role-assignment.type';

/**
 * Keeping the graph current. Each mutation is one write transaction that either writes all of
 * its change or nothing; every score, signal and plan is computed from the graph when asked, so
 * the next query reflects it.
 */
@Resolver()
export class MutationResolver {
  @Authorized('EDITOR')
  @Mutation(() => RecordedInteractionType, {
    description:
      "Record a meeting, call, email, QBR or event. NOT_FOUND names any id missing from the caller's graph; BAD_USER_INPUT when a person works elsewhere or had left by then.",
  })
  recordInteraction(
    @Arg('input', () => RecordInteractionInput) input: RecordInteractionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mutations.interactions.record(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => RoleAssignmentType, {
    description:
      'Open a role assignment for a person of the account. CONFLICT when the role is already open (or would overlap an earlier one) or the person has left.',
  })
  assignStakeholderRole(
    @Arg('input', () => AssignStakeholderRoleInput) input: AssignStakeholderRoleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mutations.roles.assign(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => RoleAssignmentType, {
    description: 'End the open assignment of a role (history kept). NOT_FOUND when the role is not open.',
  })
  endStakeholderRole(
    @Arg('input', () => EndStakeholderRoleInput) input: EndStakeholderRoleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mutations.roles.end(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => AddInfluencePayload, {
    description: 'Add (or re-estimate) who sways whom; a person cannot influence themselves.',
  })
  addInfluence(@Arg('input', () => AddInfluenceInput) input: AddInfluenceInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.mutations.influence.add(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => ObjectiveType, {
    description: 'Record a customer objective. CONFLICT when the account already has one of that title.',
  })
  recordObjective(
    @Arg('input', () => RecordObjectiveInput) input: RecordObjectiveInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mutations.objectives.record(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => RecordUsageSnapshotPayload, {
    description:
      'Record licensed and active seats on a day; the latest reading also becomes the subscription’s seatsUsed. CONFLICT when that day is already recorded.',
  })
  recordUsageSnapshot(
    @Arg('input', () => RecordUsageSnapshotInput) input: RecordUsageSnapshotInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mutations.usage.record(ctx.caller, input);
  }
}
