import type { RelationshipsConfig } from '../../config/analytics/relationships';
import { isoDate, type Clock } from '../../domain/clock';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { PairInteractions, RelationshipRepository } from '../../repositories/relationship.repository';
import {
  accountStrength,
  relationshipStrength,
  trendInstants,
  type AccountStrength,
  type RelationshipStrength,
} from '../../scoring/relationship-strength';
import { pageInMemory } from '../pagination/in-memory-page';
import { resolveAsOf, type AsOf } from './as-of';
import { lookbackWindow, pairStrengths, personStrengths, type RelationshipPair } from './strengths';

export interface PersonRelationship {
  personId: string;
  /** With our whole team: every interaction any of us had with them. */
  overall: RelationshipStrength;
  /** Per member of our team, strongest first. */
  pairs: RelationshipPair[];
}

export interface AccountRelationshipSummary extends AccountStrength {
  accountId: string;
  asOf: string;
  pairCount: number;
}

export interface TrendPoint {
  asOf: string;
  score: number;
  interactionCount: number;
}

export interface TrendInput {
  asOf?: string | null;
  /** How many readings, oldest first, ending at asOf. */
  points: number;
  /** Days between readings. */
  every: number;
}

/** Relationship strength per pair, per person and per account, now or as of a past date. */
export class RelationshipService {
  constructor(
    private readonly relationships: RelationshipRepository,
    private readonly clock: Clock,
    private readonly config: RelationshipsConfig,
  ) {}

  asOf(asOf: string | null | undefined): AsOf {
    return resolveAsOf(asOf, this.clock);
  }

  /** Interactions of each account's pairs over the lookback window (and `extraDays` before it). */
  pairInteractions(
    caller: Caller,
    accountIds: readonly string[],
    asOf: AsOf,
    extraDays = 0,
  ): Promise<Map<string, PairInteractions[]>> {
    return this.relationships.byAccountIds(
      caller.tenantId,
      accountIds,
      lookbackWindow(asOf.now, this.config, extraDays),
    );
  }

  async forPeople(
    caller: Caller,
    personIds: readonly string[],
    asOfArg?: string | null,
  ): Promise<Map<string, PersonRelationship>> {
    const asOf = this.asOf(asOfArg);
    const rows = await this.relationships.byPersonIds(
      caller.tenantId,
      personIds,
      lookbackWindow(asOf.now, this.config),
    );
    return new Map(
      personIds.map((personId) => {
        const pairs = rows.get(personId) ?? [];
        return [
          personId,
          {
            personId,
            overall:
              personStrengths(pairs, asOf.now, this.config).get(personId) ??
              relationshipStrength([], asOf.now, this.config),
            pairs: pairStrengths(pairs, asOf.now, this.config),
          },
        ];
      }),
    );
  }

  async trendForPeople(
    caller: Caller,
    personIds: readonly string[],
    input: TrendInput,
  ): Promise<Map<string, TrendPoint[]>> {
    const asOf = this.asOf(input.asOf);
    const rows = await this.relationships.byPersonIds(
      caller.tenantId,
      personIds,
      lookbackWindow(asOf.now, this.config, (input.points - 1) * input.every),
    );
    return new Map(
      personIds.map((personId) => {
        const interactions = (rows.get(personId) ?? []).flatMap((pair) => pair.interactions);
        return [
          personId,
          this.trend(asOf.now, input, (now) => relationshipStrength(interactions, now, this.config)),
        ];
      }),
    );
  }

  /** Every pair at each account, strongest first. */
  async pairsForAccounts(
    caller: Caller,
    accountIds: readonly string[],
    asOfArg?: string | null,
  ): Promise<Map<string, RelationshipPair[]>> {
    const asOf = this.asOf(asOfArg);
    const rows = await this.pairInteractions(caller, accountIds, asOf);
    return new Map(accountIds.map((id) => [id, pairStrengths(rows.get(id) ?? [], asOf.now, this.config)]));
  }

  pagePairs(
    pairs: readonly RelationshipPair[],
    first: number,
    after?: string | null,
  ): Page<RelationshipPair> {
    return pageInMemory(
      pairs,
      first,
      after,
      (pair) => pair.id,
      (pair) => pair.strength.score,
    );
  }

  async accountSummaries(
    caller: Caller,
    accountIds: readonly string[],
    asOfArg?: string | null,
  ): Promise<Map<string, AccountRelationshipSummary>> {
    const asOf = this.asOf(asOfArg);
    const rows = await this.pairInteractions(caller, accountIds, asOf);
    return new Map(
      accountIds.map((accountId) => {
        const pairs = rows.get(accountId) ?? [];
        return [accountId, this.summary(accountId, pairs, asOf.now)];
      }),
    );
  }

  async accountTrends(
    caller: Caller,
    accountIds: readonly string[],
    input: TrendInput,
  ): Promise<Map<string, TrendPoint[]>> {
    const asOf = this.asOf(input.asOf);
    const rows = await this.pairInteractions(caller, accountIds, asOf, (input.points - 1) * input.every);
    return new Map(
      accountIds.map((accountId) => {
        const pairs = rows.get(accountId) ?? [];
        const interactionIds = (now: Date) =>
          new Set(
            pairs.flatMap((p) =>
              p.interactions.filter((i) => this.counts(i.occurredAt, now)).map((i) => i.id),
            ),
          ).size;
        return [
          accountId,
          this.trend(asOf.now, input, (now) => ({
            score: this.summary(accountId, pairs, now).score,
            inputs: { interactionCount: interactionIds(now) },
          })),
        ];
      }),
    );
  }

  private summary(
    accountId: string,
    pairs: readonly PairInteractions[],
    now: Date,
  ): AccountRelationshipSummary {
    const people = [...personStrengths(pairs, now, this.config).entries()].map(([personId, s]) => ({
      personId,
      score: s.score,
    }));
    return {
      accountId,
      asOf: now.toISOString(),
      pairCount: pairs.length,
      ...accountStrength(people, this.config),
    };
  }

  private counts(occurredAt: string, now: Date): boolean {
    const window = lookbackWindow(now, this.config);
    return occurredAt >= window.since && occurredAt < window.until;
  }

  private trend(
    end: Date,
    input: TrendInput,
    read: (now: Date) => { score: number; inputs: { interactionCount: number } },
  ): TrendPoint[] {
    return trendInstants(end, input.points, input.every).map((now) => {
      const reading = read(now);
      return { asOf: isoDate(now), score: reading.score, interactionCount: reading.inputs.interactionCount };
    });
  }
}
