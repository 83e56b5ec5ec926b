import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AccountType } from '../types/account.type';
import {
  EraseStakeholderPayload,
  OpportunityContactRoleType,
  OpportunityType,
} from '../types/opportunity.type';
import { ProductType } from '../types/product.type';
import { StakeholderType } from '../types/stakeholder.type';

/** The ends of an opportunity, resolved through the request's loaders. */
@Resolver(() => OpportunityType)
export class OpportunityResolver {
  @FieldResolver(() => AccountType)
  account(@Root() opportunity: OpportunityType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(opportunity.accountId);
  }

  @FieldResolver(() => ProductType, { nullable: true })
  product(@Root() opportunity: OpportunityType, @Ctx() ctx: GraphQLContext) {
    return opportunity.productId === null ? null : ctx.loaders.product.load(opportunity.productId);
  }
}

@Resolver(() => OpportunityContactRoleType)
export class OpportunityContactRoleResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() contact: OpportunityContactRoleType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(contact.personId);
  }
}

@Resolver(() => EraseStakeholderPayload)
export class EraseStakeholderPayloadResolver {
  @FieldResolver(() => AccountType, { description: 'The account the person worked at.' })
  account(@Root() payload: EraseStakeholderPayload, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(payload.accountId);
  }
}
