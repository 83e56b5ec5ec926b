import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { validateArguments } from './argument-validation';
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
  ThreadingFloorResolver,
  ThreadingStructureResolver,
} from './resolvers/threading.resolver';
import {
  ObjectiveResolver,
  RecordedInteractionResolver,
  UsageSnapshotResolver,
} from './resolvers/mutation-payload.resolvers';
import {
  ActiveUserResolver,
  DecisionReachChangeResolver,
  StakeholderUsageResolver,
} from './resolvers/person-usage.resolver';
import { MutationResolver } from './resolvers/mutation.resolver';
import { MapMutationResolver } from './resolvers/map-mutation.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { CANONICAL_LINK_RESOLVERS } from './resolvers/canonical-links.resolver';
import { PlanObjectiveOwnerResolver, PlayPersonResolver } from './resolvers/canonical-people.resolver';
import {
  EraseStakeholderPayloadResolver,
  OpportunityContactRoleResolver,
  OpportunityResolver,
} from './resolvers/opportunity.resolver';
import { acceptGlobalIds } from './global-id-arguments';
import { answerProjectedFields } from './projected-fields';
import { readPlainFieldsDirectly } from './plain-fields';
import { resolveTypesSynchronously } from './sync-type-resolvers';
import {
  InfluenceResolver,
  RoleAssignmentResolver,
  SubscriptionResolver,
} from './resolvers/relation.resolvers';
import { RevenueRetentionResolver } from './resolvers/revenue-retention.resolver';
import { StakeholderMapResolver } from './resolvers/stakeholder-map.resolver';
import { StakeholderResolver } from './resolvers/stakeholder.resolver';
import { ChurnIndicatorResolver, ExpansionSignalResolver } from './resolvers/signal.resolver';
import {
  InfluenceReachResolver,
  NeighbourhoodResolver,
  TraversalResolver,
} from './resolvers/traversal.resolver';
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
  MapMutationResolver,
  NodeResolver,
  PlayPersonResolver,
  PlanObjectiveOwnerResolver,
  ...CANONICAL_LINK_RESOLVERS,
  OpportunityResolver,
  OpportunityContactRoleResolver,
  EraseStakeholderPayloadResolver,
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
  ThreadingFloorResolver,
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
  StakeholderUsageResolver,
  ActiveUserResolver,
  DecisionReachChangeResolver,
  PathsToPowerResolver,
  PowerTargetResolver,
  WhitespaceResolver,
  AccountWhitespaceResolver,
  ExpansionOpportunitiesResolver,
  ExpansionOpportunityResolver,
  ExpansionSignalResolver,
  ChurnIndicatorResolver,
  TraversalResolver,
  NeighbourhoodResolver,
  InfluenceReachResolver,
  HealthResolver,
  AccountHealthResolver,
  PlayResolver,
  AccountPlaysResolver,
  EngagementCalendarResolver,
  TouchpointPersonResolver,
  AccountPlanResolver,
  ExecutiveBriefingResolver,
] as const;

/** Built once per process; type-graphql validates every input class with constraints (class-validator). */
export function buildGraphQLSchema(): GraphQLSchema {
  // No type-graphql global middleware: it would wrap every field of every object in an async
  // chain. Global ids are accepted by wrapping only the fields that take IDs (global-id-arguments).
  // Projected reads answer a few nested fields themselves (projected-fields).
  // Plain properties are read by the executor itself (plain-fields), before the wrappers above;
  // interfaces answer their type synchronously, as graphql-jit needs (sync-type-resolvers).
  return answerProjectedFields(
    acceptGlobalIds(
      readPlainFieldsDirectly(
        resolveTypesSynchronously(
          buildSchemaSync({
            resolvers: RESOLVERS,
            // class-validator as `validate: { forbidUnknownValues: false }` ran it, only for
            // argument classes that declare constraints (argument-validation).
            validateFn: validateArguments,
            authChecker,
          }),
        ),
      ),
    ),
  );
}

export const SCHEMA_HEADER =
  '# Generated from the type-graphql classes in src/graphql by `npm run schema:emit`. Do not edit by hand.\n\n';

/**
 * The explicit root block. printSchema leaves it out when the roots have the default names, and
 * then every SDL tool takes the domain type `Subscription` (what an account bought) for the
 * subscription root; naming the roots says there is none.
 */
export function schemaBlock(schema: GraphQLSchema): string {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  const lines = roots.flatMap(([op, type]) => (type ? [`  ${op}: ${type.name}`] : []));
  return `schema {\n${lines.join('\n')}\n}\n\n`;
}

/** The SDL committed as schema.graphql; a test fails when it differs from what the code builds. */
export function renderSchemaFile(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return `${SCHEMA_HEADER}${schemaBlock(schema)}${printSchema(schema)}\n`;
}
