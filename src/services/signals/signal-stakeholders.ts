import type { SignalsConfig } from '../../config/analytics/signals';
import type { PersonRow } from '../../repositories/signal.repository';
import {
  concernedStakeholders,
  type ConcernedStakeholder,
  type StakeholderScope,
} from '../../scoring/signals-stakeholders';

/** A finding with its scope resolved to the people it concerns. */
export type WithStakeholders<F extends { scope: StakeholderScope }> = F & {
  stakeholders: ConcernedStakeholder[];
  moreStakeholders: number;
};

export function attachStakeholders<F extends { accountId: string; scope: StakeholderScope }>(
  findings: readonly F[],
  people: readonly PersonRow[],
  asOf: string,
  config: SignalsConfig['stakeholders'],
): WithStakeholders<F>[] {
  const byAccount = new Map<string, PersonRow[]>();
  for (const person of people)
    byAccount.set(person.accountId, [...(byAccount.get(person.accountId) ?? []), person]);
  return findings.map((finding) => {
    const { people: concerned, omitted } = concernedStakeholders(
      finding.scope,
      byAccount.get(finding.accountId) ?? [],
      asOf,
      config,
    );
    return { ...finding, stakeholders: concerned, moreStakeholders: omitted };
  });
}

/** Rows of many accounts, split per account (every asked-for account present, possibly empty). */
export function byAccount<R extends { accountId: string }>(
  accountIds: readonly string[],
  rows: readonly R[],
): Map<string, R[]> {
  const groups = new Map<string, R[]>(accountIds.map((id) => [id, []]));
  for (const row of rows) {
    const group = groups.get(row.accountId);
    if (group) group.push(row);
    else groups.set(row.accountId, [row]);
  }
  return groups;
}
