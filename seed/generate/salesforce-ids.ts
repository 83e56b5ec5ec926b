import { buildCatalog } from '../demo/catalog';

/**
 * Salesforce-style record ids derived from the demo generator's readable ids, so a portfolio
 * written as a CRM export and the same portfolio generated in memory name the same records.
 *
 * An 18-character id is a 15-character case-sensitive id (3-character key prefix of the object,
 * 2-character instance, a reserved `0`, 9 base-62 digits) plus Salesforce's 3-character
 * case-folding checksum, which makes the id unique even when compared case-insensitively.
 */

/** Salesforce's "no record" sentinel, found in place of a blank in some lookup columns. */
export const SALESFORCE_NULL_ID = '000000000000000AAA';

/** Key prefixes of the standard objects, and of the custom objects the extras stand for. */
export const KEY_PREFIXES = {
  Account: '001',
  Contact: '003',
  User: '005',
  Opportunity: '006',
  OpportunityContactRole: '00K',
  Task: '00T',
  Event: '00U',
  Case: '500',
  Product2: '01t',
  Profile: '00e',
  UserRole: '00E',
  // Custom objects (`…__c`): an org's own objects get prefixes in the a00-a0Z range.
  Competitor: 'a00',
  Subscription: 'a01',
  UsageSnapshot: 'a02',
  NpsResponse: 'a03',
  Objective: 'a04',
} as const;
export type SalesforceObject = keyof typeof KEY_PREFIXES;

const INSTANCE = '8d';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const DIGITS = 9;
const MAX_NUMBER = Math.min(62 ** DIGITS - 1, Number.MAX_SAFE_INTEGER);

/** The 3-character suffix that turns a 15-character id into its 18-character form. */
export function idChecksum(id15: string): string {
  if (id15.length !== 15) throw new Error(`A Salesforce id has 15 characters before its checksum: ${id15}`);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let flags = 0;
    for (let i = 0; i < 5; i += 1) {
      const char = id15.charAt(chunk * 5 + i);
      if (char >= 'A' && char <= 'Z') flags |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET.charAt(flags);
  }
  return suffix;
}

/** The `number`-th record of an object, as an 18-character id. */
export function salesforceId(object: SalesforceObject, number: number): string {
  if (!Number.isSafeInteger(number) || number < 0 || number > MAX_NUMBER) {
    throw new Error(`Cannot encode ${number} as a Salesforce ${object} id`);
  }
  let digits = '';
  for (let rest = number; rest > 0; rest = Math.floor(rest / 62)) digits = BASE62.charAt(rest % 62) + digits;
  const id15 = `${KEY_PREFIXES[object]}${INSTANCE}0${digits.padStart(DIGITS, '0')}`;
  return id15 + idChecksum(id15);
}

/** Numbers in a demo id: `per-0005-013` -> [5, 13]; throws unless it has the expected shape. */
function numbersOf(demoId: string, prefix: string, count: number): number[] {
  const parts = demoId.split('-');
  const numbers = parts.slice(1).map(Number);
  if (parts[0] !== prefix || numbers.length !== count || numbers.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new Error(`Not a demo ${prefix} id: ${demoId}`);
  }
  return numbers;
}

/** a * width + b, refusing a `b` that would spill into the next `a`. */
function pack(a: number, b: number, width: number, what: string): number {
  if (b >= width) throw new Error(`${what}: ${b} does not fit in ${width}`);
  return a * width + b;
}

const catalog = buildCatalog();
const catalogNumber = (list: readonly { id: string }[], demoId: string): number => {
  const position = list.findIndex((item) => item.id === demoId);
  if (position < 0) throw new Error(`Not in the demo catalog: ${demoId}`);
  return position + 1;
};

/** Per-account numbering widths: how many of each record one account may have. */
const PER_ACCOUNT = { people: 1_000, interactions: 100_000, tickets: 1_000, small: 100, months: 1_200 };

/**
 * Where a merged duplicate's number lives: far above any real contact's, so the two never meet.
 * Salesforce keeps the losing record of a merge as a deleted row pointing at its master.
 */
const DUPLICATE_OFFSET = 4 * 10 ** 15;

const opportunityNumber = (demoId: string): number => {
  const [account = 0, n = 0] = numbersOf(demoId, 'opp', 2);
  return pack(account, n, PER_ACCOUNT.small, demoId);
};
const personNumber = (demoId: string): number => {
  const [account = 0, n = 0] = numbersOf(demoId, 'per', 2);
  return pack(account, n, PER_ACCOUNT.people, demoId);
};
const subscriptionNumber = (demoId: string): number => {
  const [account = 0, n = 0] = numbersOf(demoId, 'sub', 2);
  return pack(account, n, PER_ACCOUNT.small, demoId);
};

/** Salesforce ids for every kind of demo id (ids.ts of the demo generator). */
export const sfId = {
  account: (demoId: string): string => salesforceId('Account', numbersOf(demoId, 'acc', 1)[0] ?? 0),
  contact: (demoId: string): string => salesforceId('Contact', personNumber(demoId)),
  /** The deleted twin of a contact that was merged into it. */
  mergedContact: (demoId: string): string => salesforceId('Contact', DUPLICATE_OFFSET + personNumber(demoId)),
  user: (demoId: string): string => salesforceId('User', numbersOf(demoId, 'tm', 1)[0] ?? 0),
  opportunity: (demoId: string): string => salesforceId('Opportunity', opportunityNumber(demoId)),
  contactRole: (opportunityId: string, personId: string): string => {
    const [, person = 0] = numbersOf(personId, 'per', 2);
    return salesforceId(
      'OpportunityContactRole',
      pack(opportunityNumber(opportunityId), person, PER_ACCOUNT.people, personId),
    );
  },
  activity: (object: 'Task' | 'Event', demoId: string): string => {
    const [account = 0, n = 0] = numbersOf(demoId, 'int', 2);
    return salesforceId(object, pack(account, n, PER_ACCOUNT.interactions, demoId));
  },
  case: (demoId: string): string => salesforceId('Case', caseNumber(demoId)),
  product: (demoId: string): string => salesforceId('Product2', catalogNumber(catalog.products, demoId)),
  competitor: (demoId: string): string =>
    salesforceId('Competitor', catalogNumber(catalog.competitors, demoId)),
  subscription: (demoId: string): string => salesforceId('Subscription', subscriptionNumber(demoId)),
  usage: (demoId: string): string => {
    const [account = 0, sub = 0, year = 0, month = 0] = numbersOf(demoId, 'use', 4);
    const monthNumber = (year - 1970) * 12 + month - 1;
    if (monthNumber < 0) throw new Error(`Usage month before 1970: ${demoId}`);
    return salesforceId(
      'UsageSnapshot',
      pack(pack(account, sub, PER_ACCOUNT.small, demoId), monthNumber, PER_ACCOUNT.months, demoId),
    );
  },
  nps: (demoId: string): string => {
    const [account = 0, n = 0] = numbersOf(demoId, 'nps', 2);
    return salesforceId('NpsResponse', pack(account, n, PER_ACCOUNT.tickets, demoId));
  },
  objective: (demoId: string): string => {
    const [account = 0, n = 0] = numbersOf(demoId, 'obj', 2);
    return salesforceId('Objective', pack(account, n, PER_ACCOUNT.small, demoId));
  },
};

/** The case number users see (`00012345`), unique across the org like Salesforce's auto-number. */
export function caseNumber(demoId: string): number {
  const [account = 0, n = 0] = numbersOf(demoId, 'tkt', 2);
  return pack(account, n, PER_ACCOUNT.tickets, demoId);
}

/** Ids of the org's setup records users point at (profile, role). */
export const setupId = (object: 'Profile' | 'UserRole', n: number): string => salesforceId(object, n);
