import type { Segment, SubscriptionStatus } from '../domain/vocabulary';
import type { RetentionSums } from '../domain/retention-facts';

/**
 * Net and gross revenue retention over a period, from subscription periods.
 *
 * A subscription counts on a day when it had started and had not ended: an ACTIVE one renews, a
 * CANCELLED or EXPIRED one ended on its renewal date. An account's ARR on a day is the sum of
 * its subscriptions counting that day. For the accounts that had ARR when the period began (the
 * base), the change to the end of the period is one movement: expansion (up), contraction
 * (down, still a customer) or churn (down to zero). Accounts with no ARR at the start are new
 * business, shown apart and left out of both ratios:
 *
 *   NRR = (starting + expansion − contraction − churn) / starting
 *   GRR = (starting − contraction − churn) / starting
 */
export interface RetentionSubscription {
  id: string;
  arr: number;
  startDate: string;
  renewalDate: string | null;
  status: SubscriptionStatus;
  productId: string;
  productName: string;
}

export interface RetentionAccountInput {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  subscriptions: RetentionSubscription[];
}

export type RetentionMovement = 'EXPANSION' | 'CONTRACTION' | 'CHURN' | 'FLAT' | 'NEW' | 'NONE';

export interface SubscriptionEvidence {
  subscriptionId: string;
  productName: string;
  arrAtStart: number;
  arrAtEnd: number;
}

export interface AccountRetention {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  startingArr: number;
  endingArr: number;
  movement: RetentionMovement;
  expansion: number;
  contraction: number;
  churn: number;
  /** ARR of an account that had none at the start: new business, outside the ratios. */
  newArr: number;
  evidence: SubscriptionEvidence[];
  /** Subscriptions whose end is unknown (cancelled with no date): left out, named here. */
  dataGaps: string[];
}

export interface RetentionTotals {
  baseAccounts: number;
  startingArr: number;
  expansion: number;
  contraction: number;
  churn: number;
  endingArr: number;
  newArr: number;
  /** Null when no account had ARR at the start: a ratio of nothing is not 100%. */
  netRevenueRetention: number | null;
  grossRevenueRetention: number | null;
  churnedAccounts: number;
  expandedAccounts: number;
  contractedAccounts: number;
}

export function countsOn(subscription: RetentionSubscription, day: string): boolean | null {
  if (subscription.startDate > day) return false;
  if (subscription.status === 'ACTIVE') return true;
  if (subscription.renewalDate === null) return null;
  return subscription.renewalDate > day;
}

export function accountRetention(input: RetentionAccountInput, from: string, to: string): AccountRetention {
  const evidence: SubscriptionEvidence[] = [];
  const dataGaps: string[] = [];
  for (const s of input.subscriptions) {
    const atStart = countsOn(s, from);
    const atEnd = countsOn(s, to);
    if (atStart === null || atEnd === null) {
      dataGaps.push(gapOf(s));
      continue;
    }
    if (atStart || atEnd) {
      evidence.push({
        subscriptionId: s.id,
        productName: s.productName,
        arrAtStart: atStart ? s.arr : 0,
        arrAtEnd: atEnd ? s.arr : 0,
      });
    }
  }
  evidence.sort((a, b) => a.subscriptionId.localeCompare(b.subscriptionId));
  return withMovement(
    input,
    sum(evidence.map((e) => e.arrAtStart)),
    sum(evidence.map((e) => e.arrAtEnd)),
    evidence,
    dataGaps,
  );
}

/** A subscription left out because its end is unknown (not ACTIVE, no renewal date). */
export interface RetentionGap {
  id: string;
  productName: string;
  status: SubscriptionStatus;
}

/** An account's ARR at each end of the period, summed by the database (countsOn's rule). */
export interface RetentionAccountTotals {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  startingArr: number;
  endingArr: number;
  gaps: RetentionGap[];
}

/**
 * An account's retention from its ARR at each end, already summed: the same movement and figures
 * as accountRetention, without the subscriptions behind them (evidence empty).
 */
export function accountRetentionFromTotals(input: RetentionAccountTotals): AccountRetention {
  return withMovement(input, input.startingArr, input.endingArr, [], input.gaps.map(gapOf));
}

/** How a gap is named in dataGaps. */
export function gapOf(s: { id: string; productName: string; status: SubscriptionStatus }): string {
  return `${s.id} (${s.productName}) is ${s.status} with no end date`;
}

function withMovement(
  input: Pick<RetentionAccountInput, 'accountId' | 'accountName' | 'segment'>,
  startingArr: number,
  endingArr: number,
  evidence: SubscriptionEvidence[],
  dataGaps: string[],
): AccountRetention {
  const change = endingArr - startingArr;
  const movement: RetentionMovement =
    startingArr === 0
      ? endingArr > 0
        ? 'NEW'
        : 'NONE'
      : endingArr === 0
        ? 'CHURN'
        : change > 0
          ? 'EXPANSION'
          : change < 0
            ? 'CONTRACTION'
            : 'FLAT';
  return {
    accountId: input.accountId,
    accountName: input.accountName,
    segment: input.segment,
    startingArr,
    endingArr,
    movement,
    expansion: movement === 'EXPANSION' ? change : 0,
    contraction: movement === 'CONTRACTION' ? -change : 0,
    churn: movement === 'CHURN' ? startingArr : 0,
    newArr: movement === 'NEW' ? endingArr : 0,
    evidence,
    dataGaps,
  };
}

export function retentionTotals(accounts: readonly AccountRetention[]): RetentionTotals {
  const base = accounts.filter((a) => a.startingArr > 0);
  return totalsFromSums({
    baseAccounts: base.length,
    startingArr: sum(base.map((a) => a.startingArr)),
    expansion: sum(base.map((a) => a.expansion)),
    contraction: sum(base.map((a) => a.contraction)),
    churn: sum(base.map((a) => a.churn)),
    newArr: sum(accounts.map((a) => a.newArr)),
    churnedAccounts: base.filter((a) => a.movement === 'CHURN').length,
    expandedAccounts: base.filter((a) => a.movement === 'EXPANSION').length,
    contractedAccounts: base.filter((a) => a.movement === 'CONTRACTION').length,
  });
}

/** The ending ARR and both ratios from the sums, whether added here or by the database. */
export function totalsFromSums(sums: RetentionSums): RetentionTotals {
  const { startingArr, expansion, contraction, churn } = sums;
  const ratio = (value: number) => (startingArr > 0 ? round4(value / startingArr) : null);
  return {
    baseAccounts: sums.baseAccounts,
    startingArr,
    expansion,
    contraction,
    churn,
    endingArr: startingArr + expansion - contraction - churn,
    newArr: sums.newArr,
    netRevenueRetention: ratio(startingArr + expansion - contraction - churn),
    grossRevenueRetention: ratio(startingArr - contraction - churn),
    churnedAccounts: sums.churnedAccounts,
    expandedAccounts: sums.expandedAccounts,
    contractedAccounts: sums.contractedAccounts,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
