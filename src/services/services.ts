import type { AnalyticsConfig } from '../config/analytics';
import type { Clock } from '../domain/clock';
import type { AccountRepository } from '../repositories/account.repository';
import type { CalendarRepository } from '../repositories/calendar.repository';
import type { MutationRepository } from '../repositories/mutation.repository';
import type { MapMutationRepository } from '../repositories/map-mutation.repository';
import type { NodeRepository } from '../repositories/node.repository';
import type { DepartureRepository } from '../repositories/departure.repository';
import type { PersonUsageRepository } from '../repositories/person-usage.repository';
import type { HealthRepository } from '../repositories/health.repository';
import type { PathRepository } from '../repositories/path.repository';
import type { PlanRepository } from '../repositories/plan.repository';
import type { PlayRepository } from '../repositories/play.repository';
import type { RelationshipRepository } from '../repositories/relationship.repository';
import type { ThreadingRepository } from '../repositories/threading.repository';
import type { StakeholderMapRepository } from '../repositories/stakeholder-map.repository';
import type { RevenueRepository } from '../repositories/revenue.repository';
import type { StakeholderRepository } from '../repositories/stakeholder.repository';
import type { SignalRepository } from '../repositories/signal.repository';
import type { TraversalRepository } from '../repositories/traversal.repository';
import type { WhitespaceRepository } from '../repositories/whitespace.repository';
import type { ExpansionOpportunityRepository } from '../repositories/expansion-opportunity.repository';
import type { AccountScoreRepository } from '../repositories/account-score.repository';
import { AccountScoringService } from './scores/account-scoring.service';
import { ScoreStaleness } from './scores/score-staleness';
import { StoredPortfolioService, type StoredScoresOptions } from './scores/stored-portfolio.service';
import { AccountService } from './accounts/account.service';
import { EngagementCalendarService } from './calendar/engagement-calendar.service';
import { createMutationServices } from './mutations/mutation-services';
import { createMapMutationServices } from './mutations/map/map-mutation-services';
import { NodeService } from './nodes/node.service';
import { DepartureService } from './departure/departure.service';
import { HealthService } from './health/health.service';
import { PathsService } from './paths/paths.service';
import { AccountPlanService } from './plan/account-plan.service';
import { ExecutiveBriefingService } from './plan/executive-briefing.service';
import { PlaysService } from './plays/plays.service';
import { RelationshipService } from './relationships/relationship.service';
import { ThreadingService } from './threading/threading.service';
import { RevenueRetentionService } from './revenue/revenue-retention.service';
import { StakeholderMapService } from './stakeholder-map/stakeholder-map.service';
import { StakeholderService } from './stakeholders/stakeholder.service';
import { PersonUsageService } from './stakeholders/person-usage.service';
import { ChurnIndicatorService } from './signals/churn-indicators.service';
import { ExpansionSignalService } from './signals/expansion-signals.service';
import { TraversalService } from './traversal/traversal.service';
import { WhitespaceService } from './whitespace/whitespace.service';
import { ExpansionOpportunityService } from './opportunities/expansion-opportunities.service';

export interface Repositories {
  accounts: AccountRepository;
  stakeholders: StakeholderRepository;
  stakeholderMaps: StakeholderMapRepository;
  revenue: RevenueRepository;
  relationships: RelationshipRepository;
  threading: ThreadingRepository;
  departures: DepartureRepository;
  /** Per-person product usage readings. */
  personUsage: PersonUsageRepository;
  paths: PathRepository;
  mutations: MutationRepository;
  /** The statements that build and edit the map (accounts, people, catalogue, opportunities). */
  mapMutations: MapMutationRepository;
  /** By-id reads for node(id:). */
  nodes: NodeRepository;
  health: HealthRepository;
  plays: PlayRepository;
  whitespace: WhitespaceRepository;
  signals: SignalRepository;
  calendar: CalendarRepository;
  opportunities: ExpansionOpportunityRepository;
  plans: PlanRepository;
  scores: AccountScoreRepository;
  /** Built on an executor with the (lower) traversal time limit. */
  traversals: TraversalRepository;
}

/** The use cases the API offers, wired to their repositories. */
const DEFAULT_STORED_SCORES: StoredScoresOptions = { syncLimit: 50, batchSize: 200 };

export function createServices(
  repositories: Repositories,
  clock: Clock,
  analytics: AnalyticsConfig,
  storedScores: StoredScoresOptions = DEFAULT_STORED_SCORES,
) {
  const staleness = new ScoreStaleness(repositories.scores, clock);
  const accounts = new AccountService(repositories.accounts, repositories.stakeholders, clock);
  const stakeholders = new StakeholderService(repositories.stakeholders, clock);
  const personUsage = new PersonUsageService(repositories.personUsage, clock);
  const relationships = new RelationshipService(repositories.relationships, clock, analytics.relationships);
  const threading = new ThreadingService(
    repositories.threading,
    relationships,
    accounts,
    analytics.relationships,
    analytics.threading,
  );
  const mapMutations = createMapMutationServices(repositories, clock);
  // Map edits report the accounts they changed; their stored scores go stale for the worker.
  mapMutations.changes.subscribe(async (tenantId, accountIds) => {
    await staleness.markAccountsStale(tenantId, accountIds, 'MAP_EDIT');
  });
  const services = {
    accounts,
    stakeholders,
    personUsage,
    stakeholderMaps: new StakeholderMapService(repositories.stakeholderMaps, clock),
    revenueRetention: new RevenueRetentionService(repositories.revenue, clock),
    relationships,
    threading,
    departures: new DepartureService(
      repositories.departures,
      threading,
      stakeholders,
      accounts,
      clock,
      analytics.relationships,
      analytics.threading,
      staleness,
      personUsage,
    ),
    mutations: createMutationServices(repositories.mutations, clock, staleness),
    mapMutations,
    nodes: new NodeService(repositories.accounts, repositories.stakeholders, repositories.nodes),
    paths: new PathsService(
      repositories.paths,
      relationships,
      threading,
      accounts,
      analytics.relationships,
      analytics.paths,
    ),
  };
  const health = new HealthService(
    repositories.health,
    accounts,
    threading,
    clock,
    analytics.health,
    analytics.relationships,
    analytics.threading,
  );
  const plays = new PlaysService(
    repositories.plays,
    health,
    services.departures,
    threading,
    accounts,
    clock,
    analytics.plays,
    analytics.health,
    analytics.relationships,
    analytics.businessDays,
    analytics.threading.engagedThreshold,
  );
  const engagementCalendar = new EngagementCalendarService(
    repositories.calendar,
    accounts,
    threading,
    plays,
    stakeholders,
    clock,
    analytics.calendar,
    analytics.plays,
    analytics.relationships,
    analytics.threading,
  );
  const whitespace = new WhitespaceService(repositories.whitespace, analytics.whitespace);
  const expansionSignals = new ExpansionSignalService(
    repositories.signals,
    accounts,
    analytics.signals,
    clock,
  );
  const opportunities = new ExpansionOpportunityService(
    repositories.opportunities,
    accounts,
    expansionSignals,
    whitespace,
    plays,
    clock,
    analytics,
    analytics.opportunities,
  );
  const accountPlans = new AccountPlanService(
    repositories.plans,
    accounts,
    stakeholders,
    plays,
    threading,
    services.revenueRetention,
    engagementCalendar,
    opportunities,
    analytics.plan,
    analytics.plays,
  );
  const churnIndicators = new ChurnIndicatorService(repositories.signals, accounts, analytics.signals, clock);
  const scoring = new AccountScoringService(
    repositories.scores,
    accounts,
    health,
    threading,
    expansionSignals,
    churnIndicators,
    whitespace,
    opportunities,
    plays,
    clock,
    analytics,
  );
  return {
    ...services,
    clock,
    staleness,
    scoring,
    storedPortfolio: new StoredPortfolioService(
      repositories.scores,
      scoring,
      health,
      threading,
      expansionSignals,
      churnIndicators,
      opportunities,
      clock,
      storedScores,
    ),
    health,
    plays,
    engagementCalendar,
    accountPlans,
    executiveBriefings: new ExecutiveBriefingService(
      repositories.plans,
      repositories.health,
      accountPlans,
      services.revenueRetention,
      clock,
      analytics.plan,
    ),
    whitespace,
    expansionSignals,
    opportunities,
    churnIndicators,
    traversals: new TraversalService(repositories.traversals, stakeholders, analytics.traversal),
  };
}

export type Services = ReturnType<typeof createServices>;
