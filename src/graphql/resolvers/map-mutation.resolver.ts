import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import {
  ClearReportingLineInput,
  CreateAccountInput,
  CreateBusinessUnitInput,
  CreateOpportunityInput,
  CreateProductInput,
  CreateStakeholderInput,
  CreateSubscriptionInput,
  IdInput,
  MergeStakeholdersInput,
  SetReportingLineInput,
  UpdateAccountInput,
  UpdateBusinessUnitInput,
  UpdateOpportunityInput,
  UpdateProductInput,
  UpdateStakeholderInput,
  UpdateSubscriptionInput,
} from '../inputs/map-mutation.inputs';
import { AccountType } from '../types/account.type';
import { BusinessUnitType } from '../types/business-unit.type';
import { MergeStakeholdersPayload } from '../types/map-payloads.type';
import { EraseStakeholderPayload, OpportunityType } from '../types/opportunity.type';
import { ProductType } from '../types/product.type';
import { StakeholderType } from '../types/stakeholder.type';
import { SubscriptionType } from '../types/subscription.type';

const RETRY = ' Retry-safe with a client-chosen id.';

/**
 * Building and editing the map. Each mutation is one write transaction that writes all of its
 * change or nothing, answers the node as it now is, and refuses with NOT_FOUND (naming the id),
 * BAD_USER_INPUT (naming the field) or CONFLICT (a duplicate key).
 */
@Resolver()
export class MapMutationResolver {
  @Authorized('EDITOR')
  @Mutation(() => AccountType, { description: `Create an account, optionally under a parent.${RETRY}` })
  createAccount(
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.accounts.createAccount(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => AccountType, {
    description: 'Change an account or its parent; a parent cycle is BAD_USER_INPUT.',
  })
  updateAccount(
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.accounts.updateAccount(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => AccountType, {
    description: 'Archive an account (history kept); archiving again keeps the first date.',
  })
  archiveAccount(@Arg('input', () => IdInput) input: IdInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.mapMutations.accounts.archiveAccount(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => BusinessUnitType, { description: `Create a business unit or department.${RETRY}` })
  createBusinessUnit(
    @Arg('input', () => CreateBusinessUnitInput) input: CreateBusinessUnitInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.accounts.createBusinessUnit(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => BusinessUnitType, { description: 'Change a business unit.' })
  updateBusinessUnit(
    @Arg('input', () => UpdateBusinessUnitInput) input: UpdateBusinessUnitInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.accounts.updateBusinessUnit(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => StakeholderType, {
    description: `Create a person of an account (unit, manager, title, seniority, department). An email already used at the account is a CONFLICT.${RETRY}`,
  })
  createStakeholder(
    @Arg('input', () => CreateStakeholderInput) input: CreateStakeholderInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.stakeholders.create(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => StakeholderType, {
    description: 'Change a person’s fields, unit or status (ACTIVE reinstates).',
  })
  updateStakeholder(
    @Arg('input', () => UpdateStakeholderInput) input: UpdateStakeholderInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.stakeholders.update(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => StakeholderType, {
    description:
      'Set whom a person reports to (replacing any manager). BAD_USER_INPUT (reason CYCLE, with the path) when the manager already reports to them, or works elsewhere.',
  })
  setReportingLine(
    @Arg('input', () => SetReportingLineInput) input: SetReportingLineInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.stakeholders.setReportingLine(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => StakeholderType, { description: 'Remove a person’s manager (no-op when they have none).' })
  clearReportingLine(
    @Arg('input', () => ClearReportingLineInput) input: ClearReportingLineInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.stakeholders.clearReportingLine(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => MergeStakeholdersPayload, {
    description:
      'Merge a duplicate person into the survivor: roles (with history), influence, interactions, objectives, contact roles, tickets, NPS answers, reports move; the duplicate is deleted.',
  })
  mergeStakeholders(
    @Arg('input', () => MergeStakeholdersInput) input: MergeStakeholdersInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.stakeholders.merge(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => EraseStakeholderPayload, {
    description:
      'Erase a person on a privacy request: the node and its personal fields go; interactions, tickets, NPS answers and objectives stay as anonymous history.',
  })
  eraseStakeholder(@Arg('input', () => IdInput) input: IdInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.mapMutations.stakeholders.erase(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => ProductType, { description: `Add a product to the catalogue (names are unique).${RETRY}` })
  createProduct(
    @Arg('input', () => CreateProductInput) input: CreateProductInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.catalogue.createProduct(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => ProductType, { description: 'Change a product.' })
  updateProduct(
    @Arg('input', () => UpdateProductInput) input: UpdateProductInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.catalogue.updateProduct(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => SubscriptionType, { description: `Record what an account (or unit) bought.${RETRY}` })
  createSubscription(
    @Arg('input', () => CreateSubscriptionInput) input: CreateSubscriptionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.catalogue.createSubscription(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => SubscriptionType, { description: 'Change seats, ARR, dates, term or status.' })
  updateSubscription(
    @Arg('input', () => UpdateSubscriptionInput) input: UpdateSubscriptionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.catalogue.updateSubscription(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => OpportunityType, { description: `Open a CRM opportunity with its contact roles.${RETRY}` })
  createOpportunity(
    @Arg('input', () => CreateOpportunityInput) input: CreateOpportunityInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.opportunities.create(ctx.caller, input);
  }

  @Authorized('EDITOR')
  @Mutation(() => OpportunityType, {
    description: 'Move an opportunity on; contactRoles, when given, replace its own.',
  })
  updateOpportunity(
    @Arg('input', () => UpdateOpportunityInput) input: UpdateOpportunityInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.mapMutations.opportunities.update(ctx.caller, input);
  }
}
