/** What the totals are made of: sums over the base (and newArr over every account) and counts. */
export interface RetentionSums {
  baseAccounts: number;
  startingArr: number;
  expansion: number;
  contraction: number;
  churn: number;
  newArr: number;
  churnedAccounts: number;
  expandedAccounts: number;
  contractedAccounts: number;
}
