import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AccountType } from '../types/account.type';
import { BusinessUnitType } from '../types/business-unit.type';
import { InfluenceType } from '../types/influence.type';
import { ProductType } from '../types/product.type';
import { RoleAssignmentType } from '../types/role-assignment.type';
import { StakeholderType } from '../types/stakeholder.type';
import { SubscriptionType } from '../types/subscription.type';

/** The ends of small link types, each resolved through the request's loaders. */

@Resolver(() => InfluenceType)
export class InfluenceResolver {
  @FieldResolver(() => StakeholderType)
  from(@Root() influence: InfluenceType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(influence.fromPersonId);
  }

  @FieldResolver(() => StakeholderType)
  to(@Root() influence: InfluenceType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(influence.toPersonId);
  }
}

@Resolver(() => RoleAssignmentType)
export class RoleAssignmentResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() assignment: RoleAssignmentType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(assignment.personId);
  }

  @FieldResolver(() => AccountType)
  account(@Root() assignment: RoleAssignmentType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(assignment.accountId);
  }
}

@Resolver(() => SubscriptionType)
export class SubscriptionResolver {
  @FieldResolver(() => ProductType)
  product(@Root() subscription: SubscriptionType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.product.load(subscription.productId);
  }

  @FieldResolver(() => BusinessUnitType, { nullable: true, description: 'Set when bought for one unit.' })
  async businessUnit(@Root() subscription: SubscriptionType, @Ctx() ctx: GraphQLContext) {
    if (subscription.businessUnitId === null) return null;
    const units = await ctx.loaders.businessUnits.load(subscription.accountId);
    return units.find((u) => u.id === subscription.businessUnitId) ?? null;
  }

  @FieldResolver(() => Number, {
    nullable: true,
    description: 'seatsUsed / seatsLicensed, when both are known.',
  })
  utilisation(@Root() subscription: SubscriptionType) {
    if (subscription.seatsUsed === null || subscription.seatsLicensed <= 0) return null;
    return Math.round((subscription.seatsUsed / subscription.seatsLicensed) * 1000) / 1000;
  }
}
