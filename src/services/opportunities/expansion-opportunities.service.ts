import type { AnalyticsConfig } from '../../config/analytics';
import { checkOpportunitiesConfig, type OpportunitiesConfig } from '../../config/analytics/opportunities';
import type { Clock } from '../../domain/clock';
import { NotFoundError } from '../../domain/errors';
import type {
  InboundRequestFact,
  ObjectiveFact,
  PipelineOpportunityFact,
} from '../../domain/opportunity-facts';
import type { BusinessUnit, Page, Subscription } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import {
  EXPANSION_OPPORTUNITY_STATUSES,
  type ExpansionOpportunityStatus,
  type ObjectiveStatus,
} from '../../domain/vocabulary';
import type { ExpansionOpportunityRepository } from '../../repositories/expansion-opportunity.repository';
import {
  compareOpportunities,
  expansionOpportunities,
  type ExpansionOpportunity,
} from '../../scoring/opportunity';
import { isCandidateCell } from '../../scoring/opportunity-candidates';
import type { OpportunityProduct, SharedSettings } from '../../scoring/opportunity-parts';
import type { ExpansionGate } from '../../scoring/play-gate';
import { addDays } from '../../scoring/signals-fit';
import type { RankedCell } from '../../scoring/whitespace';
import type { AccountService } from '../accounts/account.service';
import { pageInMemory } from '../pagination/in-memory-page';
import type { GatedAssessment, PlaysService } from '../plays/plays.service';
import { resolveAsOf, type AsOf } from '../relationships/as-of';
import type { AccountExpansionSignals, ExpansionSignalService } from '../signals/expansion-signals.service';
import type { WhitespaceService } from '../whitespace/whitespace.service';
import { accountFacts, type AccountReads } from './account-facts';

export type {
  BusinessCase,
  ExpansionOpportunity,
  OpportunityHold,
  OpportunitySize,
  SeatOption,
  SuggestedTiming,
} from '../../scoring/opportunity';
export type { Judgement, OpportunityEvidence, OpportunityReason } from '../../scoring/opportunity-parts';

/**
 * An account's expansion opportunities on a day: every expansion signal and its best open
 * whitespace cells, each judged (see `ExpansionOpportunity`), ready first then largest first.
 * The strategic account plan builds on this.
 */
export interface AccountExpansionOpportunities {
  accountId: string;
  accountName: string;
  /** `YYYY-MM-DD`. */
  asOf: string;
  opportunities: ExpansionOpportunity[];
  /** How many of each status (every status listed, possibly 0). */
  byStatus: { status: ExpansionOpportunityStatus; count: number }[];
  /** The health gate every opportunity of the account is held by when it refuses. */
  expansionGate: ExpansionGate;
  /** What the answer could not know, in words. */
  dataGaps: string[];
}

export interface PortfolioOpportunitiesInput {
  status?: ExpansionOpportunityStatus | null;
  asOf?: string | null;
  first: number;
  after?: string | null;
  /** Also archived accounts (archiveAccount); left out by default. */
  includeArchived?: boolean;
}

/** What shows intent and serves the business case, by account: the intent facts' three reads. */
interface IntentFacts {
  pipeline: Map<string, PipelineOpportunityFact[]>;
  inbound: Map<string, InboundRequestFact[]>;
  objectives: Map<string, ObjectiveFact[]>;
}

/** What is read for a batch of accounts besides their signals and whitespace, by account. */
interface BatchReads {
  units: ReadonlyMap<string, readonly BusinessUnit[]>;
  subscriptions: ReadonlyMap<string, readonly Subscription[]>;
  intent: IntentFacts;
}

/** Objectives an expansion can serve: those being worked on. */
const WORKED_OBJECTIVES: ObjectiveStatus[] = ['ACTIVE'];

/** Expansion signals and whitespace become opportunities only when they qualify. */
export class ExpansionOpportunityService {
  private readonly shared: SharedSettings;

  constructor(
    private readonly repository: ExpansionOpportunityRepository,
    private readonly accounts: AccountService,
    private readonly signals: ExpansionSignalService,
    private readonly whitespace: WhitespaceService,
    private readonly plays: PlaysService,
    private readonly clock: Clock,
    private readonly analytics: Pick<AnalyticsConfig, 'signals' | 'threading' | 'relationships'>,
    private readonly config: OpportunitiesConfig,
  ) {
    checkOpportunitiesConfig(config);
    this.shared = {
      capacityThreshold: analytics.signals.expansion.capacity.threshold,
      idleUtilisation: analytics.signals.expansion.asymmetry.idleUtilisation,
      engagedThreshold: analytics.threading.engagedThreshold,
      engagedWindowDays: analytics.threading.engagedWindowDays,
      stakeholders: analytics.signals.stakeholders,
    };
  }

  /**
   * One account's opportunities as of a day (default today). Reads, all at once: its signals,
   * its whitespace matrix, its health and expansion gate, its units and subscriptions, and its
   * open pipeline, recent inbound requests and active objectives. With `status`, only
   * opportunities of that status are listed (`byStatus` still counts them all).
   */
  async forAccount(
    caller: Caller,
    accountId: string,
    asOfArg?: string | null,
    status?: ExpansionOpportunityStatus | null,
  ): Promise<AccountExpansionOpportunities> {
    const asOf = resolveAsOf(asOfArg, this.clock);
    const ids = [accountId];
    const [signals, matrix, gated, subscriptions, { units, ...intent }] = await Promise.all([
      this.signals.ofAccount(caller, accountId, asOf.day),
      this.whitespace.matrix(caller, accountId),
      this.plays.expansionGate(caller, accountId, asOf.day),
      this.accounts.subscriptions(caller, ids),
      this.accountIntent(caller, accountId, asOf),
    ]);
    if (!gated) throw new NotFoundError('Account', accountId);
    const accountSignals = signals;
    const cells = matrix.ranked.filter(isCandidateCell).slice(0, this.config.maxWhitespaceCells);
    const opportunities = this.judge(
      accountId,
      gated,
      { signals: accountSignals, cells, products: new Map(matrix.products.map((p) => [p.id, p])) },
      { units, subscriptions, intent },
    );
    return {
      accountId,
      accountName: gated.assessment.health.accountName,
      asOf: asOf.day,
      opportunities: status == null ? opportunities : opportunities.filter((o) => o.status === status),
      byStatus: EXPANSION_OPPORTUNITY_STATUSES.map((s) => ({
        status: s,
        count: opportunities.filter((o) => o.status === s).length,
      })),
      expansionGate: gated.gate,
      dataGaps: [
        ...new Set([
          ...(accountSignals?.dataGaps ?? []),
          ...matrix.dataGaps,
          ...(asOf.day < this.today()
            ? ['Whitespace and the open pipeline are read as the graph stands today, not as of asOf']
            : []),
        ]),
      ],
    };
  }

  /**
   * Every account's opportunities (optionally of one status), largest first. Reads: the
   * portfolio's signals and whitespace (five queries), then, for the accounts that have any,
   * health and the gate (the health service's batches), units, subscriptions, products and the
   * intent facts (one query each): a fixed number of queries per batch of accounts, none per account.
   */
  async portfolio(caller: Caller, input: PortfolioOpportunitiesInput): Promise<Page<ExpansionOpportunity>> {
    const asOf = resolveAsOf(input.asOf, this.clock);
    const [signals, entries, archived] = await Promise.all([
      this.signals.byAccountIds(caller, null, asOf.day),
      this.whitespace.portfolioEntries(caller, this.config.maxWhitespaceCells, isCandidateCell),
      this.accounts.archivedIds(caller, input.includeArchived),
    ]);
    const cellsOf = new Map<string, RankedCell[]>(entries.map((e) => [e.accountId, e.topCells]));
    const ids = opportunityAccountIds(signals, cellsOf).filter((id) => !archived.has(id));
    const judged = await this.forAccounts(caller, ids, asOf, { signals, cellsOf });
    const all = ids.flatMap((accountId) =>
      (judged.get(accountId) ?? []).filter((o) => input.status == null || o.status === input.status),
    );
    const ranked = all.sort(
      (a, b) => (b.size.value ?? -1) - (a.size.value ?? -1) || compareOpportunities(a, b),
    );
    return pageInMemory(
      ranked,
      input.first,
      input.after,
      (o) => o.id,
      (o) => o.size.value ?? -1,
    );
  }

  /**
   * The opportunities (every status, in `compareOpportunities` order) of these accounts from their
   * signals and best open whitespace cells, worked out by the caller (the portfolio view, or the
   * score worker for a batch: whitespace against the whole portfolio); the expansion gates too
   * when the caller has the health assessments (the worker), else read here. Reads their units,
   * subscriptions, the products named and the intent facts: one query each, none per account.
   * The gate holds: an account whose health refuses expansion gets no play (`expansionGate`).
   */
  async forAccounts(
    caller: Caller,
    ids: readonly string[],
    asOf: AsOf,
    found: {
      signals: ReadonlyMap<string, AccountExpansionSignals>;
      cellsOf: ReadonlyMap<string, readonly RankedCell[]>;
      gates?: ReadonlyMap<string, GatedAssessment>;
    },
  ): Promise<Map<string, ExpansionOpportunity[]>> {
    if (ids.length === 0) return new Map();
    const productIds = [
      ...new Set(
        ids.flatMap((id) => [
          ...(found.signals.get(id)?.signals ?? []).flatMap((x) => [
            x.productId,
            x.asymmetry?.productId ?? null,
          ]),
          ...(found.cellsOf.get(id) ?? []).map((c) => c.product.id),
        ]),
      ),
    ].filter((id): id is string => id !== null);
    const [gates, units, subscriptions, products, intent] = await Promise.all([
      found.gates ?? this.plays.expansionGates(caller, ids, asOf.day),
      this.accounts.businessUnits(caller, ids),
      this.accounts.subscriptions(caller, ids),
      this.accounts.products(caller, productIds),
      this.intentFacts(caller, ids, asOf),
    ]);
    const catalog = new Map<string, OpportunityProduct>(products);
    const judged = new Map<string, ExpansionOpportunity[]>();
    for (const accountId of ids) {
      const gated = gates.get(accountId);
      if (!gated) continue;
      judged.set(
        accountId,
        this.judge(
          accountId,
          gated,
          {
            signals: found.signals.get(accountId),
            cells: found.cellsOf.get(accountId) ?? [],
            products: catalog,
          },
          { units, subscriptions, intent },
        ),
      );
    }
    return judged;
  }

  /**
   * One account's opportunities, from its signals and whitespace and what was read for its batch
   * of accounts (one account or the portfolio's).
   */
  private judge(
    accountId: string,
    gated: GatedAssessment,
    found: Pick<AccountReads, 'signals' | 'cells' | 'products'>,
    batch: BatchReads,
  ): ExpansionOpportunity[] {
    return expansionOpportunities(
      accountFacts(
        {
          gated,
          ...found,
          units: batch.units.get(accountId) ?? [],
          subscriptions: batch.subscriptions.get(accountId) ?? [],
          pipeline: batch.intent.pipeline.get(accountId) ?? [],
          inbound: batch.intent.inbound.get(accountId) ?? [],
          objectives: batch.intent.objectives.get(accountId) ?? [],
        },
        gated.assessment.asOf,
        this.analytics.relationships,
        this.analytics.threading,
      ),
      this.config,
      this.shared,
    );
  }

  /** Open pipeline, inbound requests within the intent window, and worked objectives: three batched reads. */
  private async intentFacts(caller: Caller, accountIds: readonly string[], asOf: AsOf): Promise<IntentFacts> {
    const { intent } = this.config;
    const window = this.intentWindow(asOf);
    const [pipeline, inbound, objectives] = await Promise.all([
      this.repository.pipeline(caller.tenantId, accountIds, intent.opportunityTypes),
      this.repository.inboundRequests(caller.tenantId, accountIds, window),
      this.repository.objectives(caller.tenantId, accountIds, WORKED_OBJECTIVES),
    ]);
    return { pipeline, inbound, objectives };
  }

  /** One account's intent facts and business units: what `intentFacts` and the units read, in one statement. */
  private accountIntent(
    caller: Caller,
    accountId: string,
    asOf: AsOf,
  ): Promise<IntentFacts & { units: Map<string, BusinessUnit[]> }> {
    return this.repository.intent(caller.tenantId, [accountId], {
      ...this.intentWindow(asOf),
      types: this.config.intent.opportunityTypes,
      statuses: WORKED_OBJECTIVES,
    });
  }

  private intentWindow(asOf: AsOf): { since: string; until: string; keywords: string[] } {
    const { intent } = this.config;
    return {
      since: `${addDays(asOf.day, -intent.windowDays)}T00:00:00.000Z`,
      until: new Date(asOf.now.getTime() + 1).toISOString(),
      keywords: intent.keywords.map((k) => k.keyword),
    };
  }

  private today(): string {
    return resolveAsOf(null, this.clock).day;
  }
}

/** The accounts that can have an opportunity: those with an expansion signal or an open cell, sorted. */
export function opportunityAccountIds(
  signals: ReadonlyMap<string, AccountExpansionSignals>,
  cellsOf: ReadonlyMap<string, readonly RankedCell[]>,
): string[] {
  return [
    ...new Set([
      ...[...signals.values()].filter((s) => s.signals.length > 0).map((s) => s.accountId),
      ...[...cellsOf].filter(([, cells]) => cells.length > 0).map(([id]) => id),
    ]),
  ].sort();
}
