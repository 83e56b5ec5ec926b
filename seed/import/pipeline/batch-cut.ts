import type { ImportRecord } from '../records/record-identity';

/** How far past batchSize a batch may grow to end at an account's last row (cutAtAccounts). */
export const ACCOUNT_SLACK = 1.5;

/**
 * Whether a batch holding `records` is sent before `next` joins it: once it holds `batchSize`
 * rows, and, with `cutAtAccounts`, only where the account changes (or at ACCOUNT_SLACK x
 * batchSize), so one account's rows never straddle two batches in flight. Records without an
 * `accountId` (accounts, team members, relationships keyed otherwise) are cut at batchSize.
 */
export function batchIsFull(
  records: readonly ImportRecord[],
  next: ImportRecord,
  batchSize: number,
  cutAtAccounts: boolean,
): boolean {
  if (records.length < batchSize) return false;
  const last = records.at(-1)?.['accountId'];
  if (!cutAtAccounts || last === undefined || last === null) return true;
  return next['accountId'] !== last || records.length >= batchSize * ACCOUNT_SLACK;
}
