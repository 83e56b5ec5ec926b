import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { PlaysArgs, RequestPlayInput } from '../inputs/play.input';
import { relationshipLoaders } from '../relationship-loaders';
import { AccountType } from '../types/account.type';
import { RecordedPlayType } from '../types/play-record.type';
import { PlayRecommendationType } from '../types/play.type';

@Resolver(() => PlayRecommendationType)
export class PlayResolver {
  @Query(() => PlayRecommendationType, {
    description:
      'The plays that apply to an account, gated by health: expansion for GREEN accounts successful with what they own, stabilisation for YELLOW, rescue for RED and after a champion leaves; with steps, owners and due dates.',
  })
  plays(@Args() { accountId, asOf }: PlaysArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.plays.recommend(ctx.caller, accountId, asOf);
  }

  @Authorized('EDITOR')
  @Mutation(() => RecordedPlayType, {
    description:
      'Records a play with its steps for an account. An EXPANSION on a RED account or one not yet successful with what it owns is refused with BAD_USER_INPUT (extensions: reason EXPANSION_NOT_ALLOWED, band, score, blockers); a play of the same kind and trigger still open is a CONFLICT.',
  })
  requestPlay(@Arg('input', () => RequestPlayInput) input: RequestPlayInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.plays.request(ctx.caller, input);
  }
}

@Resolver(() => AccountType)
export class AccountPlaysResolver {
  @FieldResolver(() => [RecordedPlayType], { description: 'Plays recorded for this account, newest first.' })
  async recordedPlays(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    const plays = await relationshipLoaders(ctx)
      .loader('recordedPlays', null, (ids) => ctx.services.plays.recordedByAccountIds(ctx.caller, ids))
      .load(account.id);
    return plays ?? [];
  }
}
