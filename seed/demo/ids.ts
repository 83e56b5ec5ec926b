import { formatDay, type Day } from './dates';

/**
 * Readable, stable ids: the account's number is part of every per-account id, so ids stay
 * unique when accounts are generated one at a time by separate workers.
 */
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export const accountKey = (index: number): string => pad(index, 4);

export const ids = {
  account: (index: number): string => `acc-${accountKey(index)}`,
  businessUnit: (index: number, n: number): string => `bu-${accountKey(index)}-${n}`,
  person: (index: number, n: number): string => `per-${accountKey(index)}-${pad(n, 3)}`,
  teamMember: (n: number): string => `tm-${pad(n, 2)}`,
  subscription: (index: number, n: number): string => `sub-${accountKey(index)}-${n}`,
  usage: (subscriptionId: string, month: Day): string =>
    `use-${subscriptionId.replace(/^sub-/, '')}-${formatDay(month).slice(0, 7)}`,
  interaction: (index: number, n: number): string => `int-${accountKey(index)}-${pad(n, 5)}`,
  ticket: (index: number, n: number): string => `tkt-${accountKey(index)}-${pad(n, 3)}`,
  nps: (index: number, n: number): string => `nps-${accountKey(index)}-${pad(n, 3)}`,
  opportunity: (index: number, n: number): string => `opp-${accountKey(index)}-${pad(n, 2)}`,
  objective: (index: number, n: number): string => `obj-${accountKey(index)}-${n}`,
};
