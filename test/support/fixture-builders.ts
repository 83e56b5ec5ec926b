import type { PortfolioRecords, TeamMemberRecord } from '../../src/domain/graph-records';
import type {
  InteractionDirection,
  InteractionType,
  Segment,
  SeniorityLevel,
  StakeholderRole,
  SubscriptionStatus,
  TeamRole,
  TicketSeverity,
} from '../../src/domain/vocabulary';

/**
 * Builders of the records the hand-built fixtures are made of (test/support/health-fixtures.ts,
 * test/opportunities/opportunity-fixtures.ts, test/calendar/calendar-fixtures.ts). Each builder
 * pushes into the portfolio it was made for, in call order, so a fixture reads as the list of what
 * is in it.
 */

/** The day customers, coverage, roles and subscriptions date from (people joined on 2020-01-01). */
const SINCE = '2024-01-01';

/** A clock at noon (UTC) on a day: what the hand-built fixtures are judged at. */
export function noonOn(day: string): () => Date {
  return () => new Date(`${day}T12:00:00Z`);
}

const OUR_TEAM = {
  'tm-ae': { name: 'Avery Exec', title: 'Account Executive', email: 'avery@us.example' },
  'tm-csm': { name: 'Casey Success', title: 'CSM', email: 'casey@us.example' },
  'tm-exec': { name: 'Eve Executive', title: 'VP Customers', email: 'eve@us.example' },
};

/**
 * Members of our team as every hand-built fixture names them, reporting to nobody; with their
 * emails only when asked for (the calendar invites them).
 */
export function ourTeam(
  ids: readonly (keyof typeof OUR_TEAM)[],
  { emails = false }: { emails?: boolean } = {},
): TeamMemberRecord[] {
  return ids.map((id) => {
    const { name, title, email } = OUR_TEAM[id];
    return { id, name, email: emails ? email : null, title, managerId: null };
  });
}

/** Who of our team covers an account, in what role. */
export type Cover = readonly [teamMemberId: string, role: TeamRole];

/** The coverage of most hand-built accounts: tm-ae owns the account, tm-csm is its CSM. */
export const OWNER_AND_CSM: readonly Cover[] = [
  ['tm-ae', 'ACCOUNT_OWNER'],
  ['tm-csm', 'CSM'],
];

export interface BuilderOptions {
  /** The unit a person of this account and department sits in (default: none). */
  businessUnitOf?: (accountId: string, department: string) => string | null;
  /** When a role held by someone (who left on `departedAt`, or null) ends (default: never). */
  roleUntil?: (role: StakeholderRole, departedAt: string | null) => string | null;
  /** The id of the n-th interaction built without one, n from 1 (default: `int-n`). */
  interactionId?: (n: number) => string;
}

export interface InteractionSpec {
  /** Default: the next of `BuilderOptions.interactionId` (only interactions without an id count). */
  id?: string;
  accountId: string;
  type: InteractionType;
  direction: InteractionDirection;
  occurredAt: string;
  /** Default 30. */
  durationMinutes?: number | null;
  /** Default null. */
  subject?: string | null;
  teamMemberIds: string[];
  personIds: string[];
}

/** The builders over one portfolio. */
export function fixtureBuilders(r: PortfolioRecords, options: BuilderOptions = {}) {
  const { businessUnitOf = () => null, roleUntil = () => null, interactionId = (n) => `int-${n}` } = options;
  let interactions = 0;

  const cover = (accountId: string, teamMemberId: string, role: TeamRole): void => {
    r.coverage.push({ teamMemberId, accountId, role, since: SINCE });
  };

  /** An account (customer since SINCE, nothing else known) with its coverage. */
  const account = (
    id: string,
    name: string,
    industry: string,
    segment: Segment,
    employeeCount: number,
    coverage: readonly Cover[] = OWNER_AND_CSM,
  ): void => {
    r.accounts.push({
      id,
      name,
      industry,
      segment,
      region: null,
      employeeCount,
      annualRevenue: null,
      website: null,
      parentId: null,
      customerSince: SINCE,
    });
    for (const [teamMemberId, role] of coverage) cover(id, teamMemberId, role);
  };

  /** A person (DEPARTED when `departedAt` is set) and the roles they hold since SINCE. */
  const person = (
    id: string,
    accountId: string,
    name: string,
    title: string,
    seniority: SeniorityLevel,
    reportsToId: string | null,
    department: string,
    roles: readonly StakeholderRole[] = [],
    departedAt: string | null = null,
    email: string | null = null,
  ): void => {
    r.people.push({
      id,
      accountId,
      businessUnitId: businessUnitOf(accountId, department),
      name,
      email,
      title,
      seniority,
      department,
      reportsToId,
      status: departedAt ? 'DEPARTED' : 'ACTIVE',
      startedAt: '2020-01-01',
      departedAt,
    });
    for (const role of roles) {
      r.roleAssignments.push({
        personId: id,
        accountId,
        role,
        since: SINCE,
        until: roleUntil(role, departedAt),
        source: null,
      });
    }
  };

  /**
   * A 12-month subscription of the whole account and its usage readings ([day, active seats], in
   * order): the seats used are those of the last reading (null without readings).
   */
  const subscription = (
    id: string,
    accountId: string,
    productId: string,
    seats: number,
    arr: number,
    renewalDate: string,
    usage: readonly (readonly [string, number])[],
    status: SubscriptionStatus = 'ACTIVE',
    startDate = SINCE,
  ): void => {
    r.subscriptions.push({
      id,
      accountId,
      productId,
      businessUnitId: null,
      seatsLicensed: seats,
      seatsUsed: usage.at(-1)?.[1] ?? null,
      arr,
      startDate,
      renewalDate,
      termMonths: 12,
      status,
    });
    for (const [date, active] of usage) {
      r.usageSnapshots.push({
        id: `use-${id}-${date}`,
        subscriptionId: id,
        businessUnitId: null,
        date,
        licensedSeats: seats,
        activeSeats: active,
        featuresAdopted: null,
        featuresAvailable: null,
      });
    }
  };

  /** A support ticket raised by nobody named, OPEN unless closed. */
  const ticket = (
    id: string,
    accountId: string,
    severity: TicketSeverity,
    openedAt: string,
    sentiment: number,
    escalated: boolean,
    closedAt: string | null,
  ): void => {
    r.tickets.push({
      id,
      accountId,
      raisedById: null,
      subject: `${severity} issue`,
      severity,
      status: closedAt ? 'CLOSED' : 'OPEN',
      sentiment,
      escalated,
      openedAt,
      closedAt,
    });
  };

  /** An anonymous NPS answer without comment. */
  const nps = (id: string, accountId: string, score: number, answeredAt: string): void => {
    r.npsResponses.push({ id, accountId, personId: null, score, answeredAt, comment: null });
  };

  const interaction = ({
    id = interactionId((interactions += 1)),
    durationMinutes = 30,
    subject = null,
    ...i
  }: InteractionSpec): void => {
    r.interactions.push({
      id,
      accountId: i.accountId,
      type: i.type,
      direction: i.direction,
      occurredAt: i.occurredAt,
      durationMinutes,
      subject,
      teamMemberIds: i.teamMemberIds,
      personIds: i.personIds,
    });
  };

  /** `count` mutual meetings between one of our team and one of their people, all at the same instant. */
  const meetings = (
    accountId: string,
    personId: string,
    count: number,
    at: string,
    teamMemberId = 'tm-csm',
  ): void => {
    for (let i = 0; i < count; i += 1) {
      interaction({
        accountId,
        type: 'MEETING',
        direction: 'MUTUAL',
        occurredAt: at,
        teamMemberIds: [teamMemberId],
        personIds: [personId],
      });
    }
  };

  return { cover, account, person, subscription, ticket, nps, interaction, meetings };
}
