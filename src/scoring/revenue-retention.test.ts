import { accountRetention, retentionTotals, type RetentionSubscription } from './revenue-retention';

const FROM = '2025-11-01';
const TO = '2026-11-01';

function sub(
  id: string,
  arr: number,
  startDate: string,
  renewalDate: string | null,
  status = 'ACTIVE',
): RetentionSubscription {
  return {
    id,
    arr,
    startDate,
    renewalDate,
    status: status as RetentionSubscription['status'],
    productId: id,
    productName: id,
  };
}

function account(accountId: string, ...subscriptions: RetentionSubscription[]) {
  return accountRetention(
    { accountId, accountName: accountId, segment: 'ENTERPRISE', subscriptions },
    FROM,
    TO,
  );
}

describe('revenue retention', () => {
  // Expander: core 100k all year, analytics 20k added in March → 100k → 120k: +20k.
  const expander = account(
    'expander',
    sub('core', 100_000, '2024-01-01', '2027-01-01'),
    sub('analytics', 20_000, '2026-03-01', '2027-03-01'),
  );
  // Contractor: core 50k all year, add-on 10k cancelled in June → 60k → 50k: −10k.
  const contractor = account(
    'contractor',
    sub('core', 50_000, '2024-06-01', '2026-12-01'),
    sub('addon', 10_000, '2024-06-01', '2026-06-01', 'CANCELLED'),
  );
  // Churner: 30k cancelled at its August renewal → 30k → 0.
  const churner = account('churner', sub('core', 30_000, '2023-08-01', '2026-08-01', 'CANCELLED'));
  // Newcomer: starts in January with 40k: new business, not in the ratios.
  const newcomer = account('newcomer', sub('core', 40_000, '2026-01-15', '2027-01-15'));

  it('classifies each account by its ARR at both ends of the period, with the subscriptions behind it', () => {
    expect(expander).toMatchObject({
      startingArr: 100_000,
      endingArr: 120_000,
      movement: 'EXPANSION',
      expansion: 20_000,
    });
    expect(contractor).toMatchObject({
      startingArr: 60_000,
      endingArr: 50_000,
      movement: 'CONTRACTION',
      contraction: 10_000,
    });
    expect(churner).toMatchObject({ startingArr: 30_000, endingArr: 0, movement: 'CHURN', churn: 30_000 });
    expect(newcomer).toMatchObject({ startingArr: 0, endingArr: 40_000, movement: 'NEW', newArr: 40_000 });
    expect(contractor.evidence).toEqual([
      { subscriptionId: 'addon', productName: 'addon', arrAtStart: 10_000, arrAtEnd: 0 },
      { subscriptionId: 'core', productName: 'core', arrAtStart: 50_000, arrAtEnd: 50_000 },
    ]);
  });

  it('adds up to NRR and GRR over the starting base only', () => {
    // Base = 100k + 60k + 30k = 190k. NRR = (190 + 20 − 10 − 30) / 190 = 170/190 = 0.8947.
    // GRR = (190 − 10 − 30) / 190 = 150/190 = 0.7895. The newcomer's 40k is reported apart.
    expect(retentionTotals([expander, contractor, churner, newcomer])).toEqual({
      baseAccounts: 3,
      startingArr: 190_000,
      expansion: 20_000,
      contraction: 10_000,
      churn: 30_000,
      endingArr: 170_000,
      newArr: 40_000,
      netRevenueRetention: 0.8947,
      grossRevenueRetention: 0.7895,
      churnedAccounts: 1,
      expandedAccounts: 1,
      contractedAccounts: 1,
    });
  });

  it('says when there is no base rather than reporting 100%', () => {
    expect(retentionTotals([newcomer])).toMatchObject({
      startingArr: 0,
      netRevenueRetention: null,
      grossRevenueRetention: null,
    });
  });

  it('names a cancelled subscription with no end date instead of guessing when it ended', () => {
    const unknown = account(
      'gap',
      sub('core', 10_000, '2024-01-01', '2027-01-01'),
      sub('lost', 5_000, '2024-01-01', null, 'CANCELLED'),
    );
    expect(unknown.startingArr).toBe(10_000);
    expect(unknown.dataGaps).toEqual(['lost (lost) is CANCELLED with no end date']);
  });
});
