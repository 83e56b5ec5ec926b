import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AccountsArgs } from '../inputs/accounts.args';
import { IdArgs } from '../inputs/id.args';
import { PeopleArgs, RolesArgs } from '../inputs/people.args';
import { AccountConnection, AccountType } from '../types/account.type';
import { BusinessUnitType } from '../types/business-unit.type';
import { toConnection } from '../types/connection.type';
import { RoleAssignmentType } from '../types/role-assignment.type';
import { StakeholderConnection } from '../types/stakeholder.type';
import { SubscriptionType } from '../types/subscription.type';
import { AccountCoverageType } from '../types/team.type';
import { MAX_PAGE_SIZE } from '../inputs/pagination.args';
import { childFields, selectsAnyBelow } from '../selection';
import { loaded } from './loaded';

/** A person's fields the linked people page reads with the page (see loaders.linkedPeoplePage). */
const PERSON_LINK_FIELDS = new Set(['roles', 'influences', 'influencedBy', 'manager']);

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountConnection, {
    description:
      "The caller's accounts: filtered, sorted, paginated; archived accounts only with includeArchived (account(id:) finds them either way, with archivedAt set).",
  })
  async accounts(@Args() args: AccountsArgs, @Ctx() ctx: GraphQLContext) {
    const page = await ctx.services.accounts.list(ctx.caller, {
      filter: args.filter ?? {},
      orderBy: args.orderBy ?? { field: 'NAME', direction: 'ASC' },
      includeArchived: args.includeArchived === true,
      first: args.first,
      after: args.after,
    });
    return toConnection(page, args.after);
  }

  @Query(() => AccountType, { description: 'One account; NOT_FOUND if the caller has no such account.' })
  async account(@Args() { id }: IdArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    // Asked with its people page: start the page now, so both statements go out in one wave.
    let linked: Promise<unknown> | undefined;
    for (const people of childFields(info, 'people', PERSON_LINK_FIELDS)) {
      const { first, after, status, seniority } = people.args as Partial<PeopleArgs>;
      // Only what the field's own validation will accept; anything else waits for it.
      if (typeof first !== 'number' || first < 1 || first > MAX_PAGE_SIZE) continue;
      if (typeof after === 'string' && after.length > 500) continue;
      const pages = people.selectsAny ? ctx.loaders.linkedPeoplePage : ctx.loaders.peoplePage;
      // The people field awaits the same promise (DataLoader caches it) and reports any failure.
      const page = pages({ first, after, status, seniority })
        .load(id)
        .catch(() => undefined);
      if (people.selectsAny) linked ??= page;
    }
    // The linked page's statement reads the account too (it primes the request memo): waiting
    // for it makes `account(id) { people { … roles … } }` one statement instead of two.
    if (linked) await linked;
    return ctx.services.accounts.get(ctx.caller, id);
  }

  @FieldResolver(() => AccountType, { nullable: true, description: 'The parent company, if any.' })
  parent(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    return account.parentId === null ? null : ctx.loaders.account.load(account.parentId);
  }

  @FieldResolver(() => [AccountType])
  async subsidiaries(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    const ids = await ctx.loaders.subsidiaryIds.load(account.id);
    return loaded(await ctx.loaders.account.loadMany(ids));
  }

  @FieldResolver(() => [BusinessUnitType])
  businessUnits(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.businessUnits.load(account.id);
  }

  @FieldResolver(() => [SubscriptionType], { description: 'Every subscription, largest ARR first.' })
  subscriptions(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.subscriptions.load(account.id);
  }

  @FieldResolver(() => [AccountCoverageType], { description: 'Our team on this account.' })
  accountTeam(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.coverage.load(account.id);
  }

  @FieldResolver(() => [RoleAssignmentType], { description: 'Who plays which role here.' })
  stakeholderRoles(
    @Root() account: AccountType,
    @Args() { includeEnded }: RolesArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.loaders.accountRoles(includeEnded).load(account.id);
  }

  @FieldResolver(() => StakeholderConnection, { description: 'The people known at this account, by name.' })
  async people(
    @Root() account: AccountType,
    @Args() args: PeopleArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { first, after, status, seniority } = args;
    const pages = selectsAnyBelow(info, PERSON_LINK_FIELDS)
      ? ctx.loaders.linkedPeoplePage
      : ctx.loaders.peoplePage;
    const page = await pages({ first, after, status, seniority }).load(account.id);
    return toConnection(page, after);
  }
}
