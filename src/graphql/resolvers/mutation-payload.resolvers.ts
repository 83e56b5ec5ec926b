import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AccountType } from '../types/account.type';
import { BusinessUnitType } from '../types/business-unit.type';
import { ObjectiveType, RecordedInteractionType, UsageSnapshotType } from '../types/mutation-payloads.type';
import { StakeholderType } from '../types/stakeholder.type';
import { loaded } from './loaded';

/** The ends of what the mutations return, resolved through the request's loaders. */

@Resolver(() => RecordedInteractionType)
export class RecordedInteractionResolver {
  @FieldResolver(() => AccountType)
  account(@Root() interaction: RecordedInteractionType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(interaction.accountId);
  }

  @FieldResolver(() => [StakeholderType], { description: 'Their side.' })
  async stakeholders(@Root() interaction: RecordedInteractionType, @Ctx() ctx: GraphQLContext) {
    return loaded(await ctx.loaders.stakeholder.loadMany(interaction.personIds));
  }
}

@Resolver(() => ObjectiveType)
export class ObjectiveResolver {
  @FieldResolver(() => AccountType)
  account(@Root() objective: ObjectiveType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(objective.accountId);
  }

  @FieldResolver(() => StakeholderType, { nullable: true, description: 'The person who owns it.' })
  owner(@Root() objective: ObjectiveType, @Ctx() ctx: GraphQLContext) {
    return objective.ownerPersonId === null ? null : ctx.loaders.stakeholder.load(objective.ownerPersonId);
  }
}

@Resolver(() => UsageSnapshotType)
export class UsageSnapshotResolver {
  @FieldResolver(() => BusinessUnitType, {
    nullable: true,
    description: 'Set when the reading covers one unit.',
  })
  async businessUnit(@Root() snapshot: UsageSnapshotType, @Ctx() ctx: GraphQLContext) {
    if (snapshot.businessUnitId === null) return null;
    const units = await ctx.loaders.businessUnits.load(snapshot.accountId);
    return units.find((u) => u.id === snapshot.businessUnitId) ?? null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'activeSeats / licensedSeats; null when no seats are licensed.',
  })
  utilisation(@Root() snapshot: UsageSnapshotType) {
    if (snapshot.licensedSeats <= 0) return null;
    return Math.round((snapshot.activeSeats / snapshot.licensedSeats) * 1000) / 1000;
  }
}
