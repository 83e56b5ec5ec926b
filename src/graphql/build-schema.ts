import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from './auth-checker';
import {
  ChurnFreshnessResolver,
  ExpansionFreshnessResolver,
  HealthFreshnessResolver,
  ThreadingFreshnessResolver,
} from './resolvers/score-freshness.resolver';
import { AccountResolver } from './resolvers/account.resolver';
import {
  EngagementCalendarResolver,
  TouchpointPersonResolver,
} from './resolvers/engagement-calendar.resolver';
import { AccountPlanResolver, ExecutiveBriefingResolver } from './resolvers/account-plan.resolver';
import { AccountHealthResolver, HealthResolver } from './resolvers/health.resolver';
import { AccountPlaysResolver, PlayResolver } from './resolvers/play.resolver';
import {
  BuildNextCandidateResolver,
  DepartmentLossResolver,
  DepartureResolver,
  EndedRoleResolver,
  ObjectiveLossResolver,
  OpportunityLossResolver,
  SubscriptionLossResolver,
} from './resolvers/departure.resolver';
import { PathsToPowerResolver, PowerTargetResolver } from './resolvers/path.resolver';
import {
  AccountRelationshipResolver,
  PersonRelationshipResolver,
  PersonScoreResolver,
  RelationshipPairResolver,
  RelationshipStrengthResolver,
  StakeholderRelationshipResolver,
} from './resolvers/relationship.resolver';
import {
  AccountThreadingResolver,
  ContactConcentrationResolver,
  ContactShareResolver,
  CriticalPersonResolver,
  DecisionReachResolver,
  EngagedPersonResolver,
  RoleHolderResolver,
  ThreadingRiskResolver,
  ThreadingStructureResolver,
} from './resolvers/threading.resolver';
import {
  ObjectiveResolver,
  RecordedInteractionResolver,
  UsageSnapshotResolver,
} from './resolvers/mutation-payload.resolvers';
import { MutationResolver } from './resolvers/mutation.resolver';
import {
  InfluenceResolver,
  RoleAssignmentResolver,
  SubscriptionResolver,
} from './resolvers/relation.resolvers';
import { RevenueRetentionResolver } from './resolvers/revenue-retention.resolver';
import { StakeholderMapResolver } from './resolvers/stakeholder-map.resolver';
import { StakeholderResolver } from './resolvers/stakeholder.resolver';
import { ChurnIndicatorResolver, ExpansionSignalResolver } from './resolvers/signal.resolver';
import { TraversalResolver } from './resolvers/traversal.resolver';
import { AccountWhitespaceResolver, WhitespaceResolver } from './resolvers/whitespace.resolver';
import {
  ExpansionOpportunitiesResolver,
  ExpansionOpportunityResolver,
} from './resolvers/expansion-opportunity.resolver';

export const RESOLVERS = [
  HealthFreshnessResolver,
  ThreadingFreshnessResolver,
  ChurnFreshnessResolver,
  ExpansionFreshnessResolver,
  AccountResolver,
  StakeholderResolver,
  StakeholderMapResolver,
  InfluenceResolver,
  RoleAssignmentResolver,
  SubscriptionResolver,
  RevenueRetentionResolver,
  MutationResolver,
  RecordedInteractionResolver,
  ObjectiveResolver,
  UsageSnapshotResolver,
  StakeholderRelationshipResolver,
  AccountRelationshipResolver,
  RelationshipStrengthResolver,
  RelationshipPairResolver,
  PersonRelationshipResolver,
  PersonScoreResolver,
  ThreadingRiskResolver,
  AccountThreadingResolver,
  EngagedPersonResolver,
  ContactShareResolver,
  ContactConcentrationResolver,
  RoleHolderResolver,
  ThreadingStructureResolver,
  DecisionReachResolver,
  CriticalPersonResolver,
  DepartureResolver,
  EndedRoleResolver,
  OpportunityLossResolver,
  ObjectiveLossResolver,
  SubscriptionLossResolver,
  DepartmentLossResolver,
  BuildNextCandidateResolver,
  PathsToPowerResolver,
  PowerTargetResolver,
  WhitespaceResolver,
  AccountWhitespaceResolver,
  ExpansionOpportunitiesResolver,
  ExpansionOpportunityResolver,
  ExpansionSignalResolver,
  ChurnIndicatorResolver,
  TraversalResolver,
  HealthResolver,
  AccountHealthResolver,
  PlayResolver,
  AccountPlaysResolver,
  EngagementCalendarResolver,
  TouchpointPersonResolver,
  AccountPlanResolver,
  ExecutiveBriefingResolver,
] as const;

/** Built once per process; type-graphql validates every input class (class-validator). */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    authChecker,
  });
}

export const SCHEMA_HEADER =
  '# Generated from the type-graphql classes in src/graphql by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The SDL committed as schema.graphql; a test fails when it differs from what the code builds. */
export function renderSchemaFile(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return `${SCHEMA_HEADER}${printSchema(schema)}\n`;
}
