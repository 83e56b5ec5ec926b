import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AccountType } from '../types/account.type';
import { PlanPersonType } from '../types/account-plan.type';
import {
  CadenceEvidenceType,
  EngagedAtLevelType,
  NotScheduledType,
  OwnerLoadType,
  TouchpointTeamMemberType,
} from '../types/engagement-calendar.type';
import { OpportunityObjectiveType } from '../types/expansion-opportunity.type';
import { PlayOwnerType, PlayRecommendationType } from '../types/play.type';
import { RecordedPlayOwnerType, RecordedPlayPersonType, RecordedPlayType } from '../types/play-record.type';
import { AccountRetentionType } from '../types/revenue-retention.type';
import { ConcernedStakeholderType } from '../types/signal.type';
import {
  CurrentRoleHolderType,
  KeyStakeholderDepartureType,
  SentimentObservationType,
} from '../types/signal-churn.type';
import { HiringMovementType } from '../types/signal-expansion.type';
import { StakeholderMapNodeType } from '../types/stakeholder-map.type';
import { StakeholderType } from '../types/stakeholder.type';
import { TeamMemberType } from '../types/team.type';
import { InfluencePersonType, ReachedPersonType, TraversalNodeType } from '../types/traversal.type';
import { PeerAccountType } from '../types/whitespace.type';

/**
 * Report rows name a person, a team member or an account by id with a few copied fields. Each
 * also links the canonical node (`stakeholder`, `teamMember`, `account`), so a client caches and
 * navigates one Stakeholder, TeamMember and Account type; the copies stay, deprecated, for
 * existing clients. Every link goes through the request's DataLoader: a report of a hundred
 * rows reads its people in one statement, and rows that name the same person share the read.
 * Links are nullable: an erased person (eraseStakeholder) is gone, while a stored report row may
 * still carry the id.
 */
type IdOf<T> = (row: T) => string | null | undefined;

// Three factories rather than one with a `name` option: type-graphql keys a type's field resolvers
// by method name, so two links on one type (a map node's `stakeholder` and `teamMember`) sharing a
// generic method would overwrite each other.

function stakeholderLink<T extends object>(type: ClassType<T>, idOf: IdOf<T>): ClassType {
  @Resolver(() => type)
  class StakeholderLink {
    @FieldResolver(() => StakeholderType, {
      nullable: true,
      description: 'The person as the canonical Stakeholder node; null when erased (or one of our team).',
    })
    stakeholder(@Root() row: T, @Ctx() ctx: GraphQLContext) {
      const id = idOf(row);
      return id ? ctx.loaders.stakeholder.load(id) : null;
    }
  }
  return named(StakeholderLink, `${type.name}StakeholderLink`);
}

function teamMemberLink<T extends object>(type: ClassType<T>, idOf: IdOf<T>): ClassType {
  @Resolver(() => type)
  class TeamMemberLink {
    @FieldResolver(() => TeamMemberType, {
      nullable: true,
      description: 'The member of our team as the canonical TeamMember node.',
    })
    teamMember(@Root() row: T, @Ctx() ctx: GraphQLContext) {
      const id = idOf(row);
      return id ? ctx.loaders.teamMember.load(id) : null;
    }
  }
  return named(TeamMemberLink, `${type.name}TeamMemberLink`);
}

function accountLink<T extends object>(type: ClassType<T>, idOf: IdOf<T>): ClassType {
  @Resolver(() => type)
  class AccountLink {
    @FieldResolver(() => AccountType, {
      nullable: true,
      description: 'The account as the canonical Account node.',
    })
    account(@Root() row: T, @Ctx() ctx: GraphQLContext) {
      const id = idOf(row);
      return id ? ctx.loaders.account.load(id) : null;
    }
  }
  return named(AccountLink, `${type.name}AccountLink`);
}

/** Distinct class names keep type-graphql's metadata and stack traces readable. */
function named(resolver: ClassType, name: string): ClassType {
  Object.defineProperty(resolver, 'name', { value: name });
  return resolver;
}

/** A map or traversal node is one of their people or one of our team; each links its own kind. */
const customer = (row: { id: string; side: string }) => (row.side === 'CUSTOMER' ? row.id : null);
const ourTeam = (row: { id: string; side: string }) => (row.side === 'OUR_TEAM' ? row.id : null);

/** The objective's owner on the customer's side, as a Stakeholder. */
@Resolver(() => OpportunityObjectiveType)
export class OpportunityObjectiveOwnerResolver {
  @FieldResolver(() => StakeholderType, {
    nullable: true,
    description: 'The customer-side owner as the canonical Stakeholder node; null when nobody owns it.',
  })
  owner(@Root() objective: OpportunityObjectiveType, @Ctx() ctx: GraphQLContext) {
    return objective.ownerPersonId ? ctx.loaders.stakeholder.load(objective.ownerPersonId) : null;
  }
}

export const CANONICAL_LINK_RESOLVERS: ClassType[] = [
  stakeholderLink(PlanPersonType, (r) => r.personId),
  stakeholderLink(EngagedAtLevelType, (r) => r.personId),
  stakeholderLink(NotScheduledType, (r) => r.personId),
  stakeholderLink(CadenceEvidenceType, (r) => r.personId),
  stakeholderLink(RecordedPlayPersonType, (r) => r.id),
  stakeholderLink(ConcernedStakeholderType, (r) => r.personId),
  stakeholderLink(CurrentRoleHolderType, (r) => r.personId),
  stakeholderLink(KeyStakeholderDepartureType, (r) => r.personId),
  stakeholderLink(SentimentObservationType, (r) => r.personId),
  stakeholderLink(HiringMovementType, (r) => r.personId),
  stakeholderLink(InfluencePersonType, (r) => r.id),
  stakeholderLink(ReachedPersonType, (r) => r.personId),
  stakeholderLink(StakeholderMapNodeType, customer),
  stakeholderLink(TraversalNodeType, customer),
  teamMemberLink(StakeholderMapNodeType, ourTeam),
  teamMemberLink(TraversalNodeType, ourTeam),
  teamMemberLink(PlayOwnerType, (r) => r.teamMemberId),
  teamMemberLink(TouchpointTeamMemberType, (r) => r.teamMemberId),
  teamMemberLink(OwnerLoadType, (r) => r.teamMemberId),
  teamMemberLink(RecordedPlayOwnerType, (r) => r.id),
  accountLink(RecordedPlayType, (r) => r.accountId),
  accountLink(PlayRecommendationType, (r) => r.accountId),
  accountLink(AccountRetentionType, (r) => r.accountId),
  accountLink(PeerAccountType, (r) => r.id),
  accountLink(TraversalNodeType, (r) => r.accountId),
  OpportunityObjectiveOwnerResolver,
];
