import type { CypherExecutor } from '../db/cypher-executor';
import {
  HEALTH_COMPONENTS,
  type HealthBand,
  type HealthComponentName,
  type InteractionType,
  type PersonStatus,
  type StakeholderRole,
  type SubscriptionStatus,
  type TicketSeverity,
  type TicketStatus,
} from '../domain/vocabulary';
import { groupRows } from './grouping';

export interface UsageReadingRow {
  id: string;
  date: string;
  licensedSeats: number;
  activeSeats: number;
}

export interface HealthSubscriptionRow {
  id: string;
  productId: string;
  productName: string;
  status: SubscriptionStatus;
  seatsLicensed: number;
  seatsUsed: number | null;
  arr: number;
  startDate: string;
  renewalDate: string | null;
  termMonths: number | null;
  usage: UsageReadingRow[];
}

export interface TicketRow {
  id: string;
  severity: TicketSeverity;
  status: TicketStatus;
  sentiment: number | null;
  escalated: boolean;
  openedAt: string;
  closedAt: string | null;
  subject: string | null;
}

export interface NpsRow {
  id: string;
  score: number;
  answeredAt: string;
}

export interface AlternativesMentionRow {
  kind: 'INTERACTION' | 'NPS_RESPONSE' | 'SUPPORT_TICKET';
  id: string;
  at: string;
  text: string;
  people: string[];
}

export interface KeyPersonRow {
  id: string;
  name: string;
  title: string | null;
  status: PersonStatus;
  startedAt: string | null;
  departedAt: string | null;
  managerId: string | null;
  roles: { role: StakeholderRole; since: string; until: string | null }[];
  lastTwoWay: { id: string; occurredAt: string; type: InteractionType } | null;
}

/** The windows of health's reads (see HealthRepository.inputs), ISO days and instants. */
export interface HealthInputsWindow {
  /** Usage readings dated in [usageSince, asOf] (days). */
  usageSince: string;
  asOf: string;
  /** Every read ends before `until` (an instant). */
  until: string;
  ticketsSince: string;
  npsSince: string;
  alternativesSince: string;
  roles: readonly StakeholderRole[];
  /** Lower case; none: no mentions. */
  keywords: readonly string[];
}

/** Everything health reads about one account. */
export interface HealthInputs {
  subscriptions: HealthSubscriptionRow[];
  ticketsEver: number;
  tickets: TicketRow[];
  npsEver: number;
  nps: NpsRow[];
  keyPeople: KeyPersonRow[];
  mentions: AlternativesMentionRow[];
}

/** A recorded health score, as stored on a HealthSnapshot node. */
export interface StoredHealthSnapshot {
  id: string;
  accountId: string;
  date: string;
  score: number | null;
  band: HealthBand | null;
  configVersion: string;
  parametersVersion: string;
  bands: { greenFrom: number; yellowFrom: number };
  components: {
    name: HealthComponentName;
    configuredWeight: number;
    weight: number;
    rawScore: number | null;
    contribution: number;
  }[];
  redFlagCodes: string[];
  missingInputs: string[];
  recordedAt: string;
}

/** A snapshot about to be written: the write stamps it with when it was recorded. */
export type NewHealthSnapshot = Omit<StoredHealthSnapshot, 'recordedAt'>;

/** Property-name stem of each component on a HealthSnapshot node (`usageRaw`, `usageWeight`…). */
const STEM: Record<HealthComponentName, string> = {
  USAGE: 'usage',
  SUPPORT: 'support',
  ENGAGEMENT: 'engagement',
  CONTRACT: 'contract',
  SPONSOR: 'sponsor',
};

/** Flat node properties: one set of four per component, so snapshots can be filtered in Cypher by any of them. */
function snapshotProperties(s: NewHealthSnapshot): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    score: s.score,
    band: s.band,
    configVersion: s.configVersion,
    parametersVersion: s.parametersVersion,
    greenFrom: s.bands.greenFrom,
    yellowFrom: s.bands.yellowFrom,
    redFlagCodes: s.redFlagCodes,
    missingInputs: s.missingInputs,
  };
  for (const c of s.components) {
    const stem = STEM[c.name];
    properties[`${stem}Raw`] = c.rawScore;
    properties[`${stem}Weight`] = c.configuredWeight;
    properties[`${stem}Share`] = c.weight;
    properties[`${stem}Contribution`] = c.contribution;
  }
  return properties;
}

function toSnapshot(node: Record<string, unknown>): StoredHealthSnapshot {
  const num = (key: string): number | null => (typeof node[key] === 'number' ? node[key] : null);
  const text = (key: string): string => (typeof node[key] === 'string' ? node[key] : '');
  const list = (key: string): string[] => (Array.isArray(node[key]) ? (node[key] as string[]) : []);
  return {
    id: text('id'),
    accountId: text('accountId'),
    date: text('date'),
    score: num('score'),
    band: (node['band'] as HealthBand | undefined) ?? null,
    configVersion: text('configVersion'),
    parametersVersion: text('parametersVersion'),
    bands: { greenFrom: num('greenFrom') ?? 0, yellowFrom: num('yellowFrom') ?? 0 },
    components: HEALTH_COMPONENTS.map((name) => ({
      name,
      configuredWeight: num(`${STEM[name]}Weight`) ?? 0,
      weight: num(`${STEM[name]}Share`) ?? 0,
      rawScore: num(`${STEM[name]}Raw`),
      contribution: num(`${STEM[name]}Contribution`) ?? 0,
    })),
    redFlagCodes: list('redFlagCodes'),
    missingInputs: list('missingInputs'),
    recordedAt: text('recordedAt'),
  };
}

export class HealthRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      subscriptions: db.prepare('health/subscriptions-by-account-ids'),
      tickets: db.prepare('health/tickets-by-account-ids'),
      nps: db.prepare('health/nps-by-account-ids'),
      keyPeople: db.prepare('health/key-people-by-account-ids'),
      alternatives: db.prepare('health/alternatives-mentions-by-account-ids'),
      inputs: db.prepare('health/inputs-by-account-ids'),
      portfolio: db.prepare('health/portfolio-account-ids'),
      record: db.prepare('health/record-snapshots'),
      snapshots: db.prepare('health/snapshots-by-account-ids'),
    };
  }

  /** Every subscription, with usage readings dated in [since, asOf] (days). */
  async subscriptions(
    tenantId: string,
    accountIds: readonly string[],
    window: { since: string; asOf: string },
  ): Promise<Map<string, HealthSubscriptionRow[]>> {
    const rows = await this.db.read<{ accountId: string; subscription: HealthSubscriptionRow }>(
      this.q.subscriptions,
      tenantId,
      { accountIds, ...window },
    );
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      (r) => r.subscription,
    );
  }

  /** Tickets opened since `since` or still open at `until` (ISO instants), and how many were ever opened. */
  async tickets(
    tenantId: string,
    accountIds: readonly string[],
    window: { since: string; until: string },
  ): Promise<Map<string, { ticketsEver: number; tickets: TicketRow[] }>> {
    const rows = await this.db.read<{ accountId: string; ticketsEver: number; tickets: TicketRow[] }>(
      this.q.tickets,
      tenantId,
      { accountIds, ...window },
    );
    return new Map(rows.map(({ accountId, ...rest }) => [accountId, rest]));
  }

  async nps(
    tenantId: string,
    accountIds: readonly string[],
    window: { since: string; until: string },
  ): Promise<Map<string, { npsEver: number; nps: NpsRow[] }>> {
    const rows = await this.db.read<{ accountId: string; npsEver: number; nps: NpsRow[] }>(
      this.q.nps,
      tenantId,
      {
        accountIds,
        ...window,
      },
    );
    return new Map(rows.map(({ accountId, ...rest }) => [accountId, rest]));
  }

  /** Notes in [since, until) (ISO instants) containing any of the lower-case `keywords`. */
  async alternativesMentions(
    tenantId: string,
    accountIds: readonly string[],
    window: { since: string; until: string; keywords: readonly string[] },
  ): Promise<Map<string, AlternativesMentionRow[]>> {
    if (window.keywords.length === 0) return new Map();
    const rows = await this.db.read<{ accountId: string; mentions: AlternativesMentionRow[] }>(
      this.q.alternatives,
      tenantId,
      { accountIds, ...window },
    );
    return new Map(rows.map((r) => [r.accountId, r.mentions]));
  }

  /** Everyone who ever held one of `roles`, with their last two-way contact with our team before `until`. */
  async keyPeople(
    tenantId: string,
    accountIds: readonly string[],
    roles: readonly StakeholderRole[],
    until: string,
  ): Promise<Map<string, KeyPersonRow[]>> {
    const rows = await this.db.read<{ accountId: string; person: KeyPersonRow }>(this.q.keyPeople, tenantId, {
      accountIds,
      roles,
      until,
    });
    return groupRows(
      accountIds,
      rows,
      (r) => r.accountId,
      (r) => r.person,
    );
  }

  /**
   * What `subscriptions`, `tickets`, `nps`, `keyPeople` and `alternativesMentions` return, in one
   * statement: for one account's reads, where five round trips cost more than the reads.
   */
  async inputs(
    tenantId: string,
    accountIds: readonly string[],
    window: HealthInputsWindow,
  ): Promise<Map<string, HealthInputs>> {
    const rows = await this.db.read<{ accountId: string } & HealthInputs>(this.q.inputs, tenantId, {
      accountIds,
      ...window,
    });
    return new Map(rows.map(({ accountId, ...inputs }) => [accountId, inputs]));
  }

  /** Archived accounts only with includeArchived (recorded snapshots keep every account's history). */
  async portfolioAccountIds(tenantId: string, includeArchived = false): Promise<string[]> {
    const rows = await this.db.read<{ id: string }>(this.q.portfolio, tenantId, { includeArchived });
    return rows.map((r) => r.id);
  }

  async recordSnapshots(
    tenantId: string,
    snapshots: readonly NewHealthSnapshot[],
    recordedAt: string,
  ): Promise<number> {
    const rows = snapshots.map((s) => ({
      id: s.id,
      accountId: s.accountId,
      date: s.date,
      properties: snapshotProperties(s),
    }));
    const [result] = await this.db.write<{ recorded: number }>(this.q.record, tenantId, { rows, recordedAt });
    return result?.recorded ?? 0;
  }

  /** Snapshots dated in [from, to] per account, oldest first, with the last one before `from`. */
  async snapshots(
    tenantId: string,
    accountIds: readonly string[],
    range: { from: string; to: string },
  ): Promise<Map<string, { before: StoredHealthSnapshot | null; snapshots: StoredHealthSnapshot[] }>> {
    const rows = await this.db.read<{
      accountId: string;
      before: Record<string, unknown> | null;
      snapshots: Record<string, unknown>[];
    }>(this.q.snapshots, tenantId, { accountIds, ...range });
    return new Map(
      rows.map((r) => [
        r.accountId,
        {
          before: r.before === null ? null : toSnapshot(r.before),
          snapshots: r.snapshots.map(toSnapshot).sort((a, b) => a.date.localeCompare(b.date)),
        },
      ]),
    );
  }
}
