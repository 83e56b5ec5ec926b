import type { RunningApp } from '../../src/app';
import { startTestApp } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import {
  ADD_INFLUENCE,
  ASSIGN_ROLE,
  END_ROLE,
  firstError,
  graphFingerprint,
  invalidFields,
  mutate,
  mutationPortfolio,
  NOW,
  otherTenantPortfolio,
  RECORD_INTERACTION,
  RECORD_OBJECTIVE,
  RECORD_USAGE,
} from './mutation-fixtures';

/** A valid input for each mutation on the hand-built portfolio; tests change one thing at a time. */
const VALID = {
  interaction: {
    accountId: 'acc-nw',
    type: 'CALL',
    direction: 'INBOUND',
    occurredAt: '2026-11-21T10:00:00Z',
    durationMinutes: 20,
    teamMemberIds: ['tm-ae'],
    stakeholderIds: ['p-eli'],
  },
  assign: { stakeholderId: 'p-eli', accountId: 'acc-nw', role: 'INFLUENCER', since: '2026-11-01' },
  end: { stakeholderId: 'p-victor', accountId: 'acc-nw', role: 'ECONOMIC_BUYER', until: '2026-11-01' },
  influence: { fromStakeholderId: 'p-olga', toStakeholderId: 'p-victor', weight: 0.5, kind: 'INFORMAL' },
  objective: { accountId: 'acc-nw', title: 'Halve audit findings', status: 'ACTIVE' },
  usage: { subscriptionId: 'sub-nw-core', date: '2026-11-15', licensedSeats: 100, activeSeats: 95 },
};

const MUTATIONS: [string, string, Record<string, unknown>][] = [
  ['recordInteraction', RECORD_INTERACTION, VALID.interaction],
  ['assignStakeholderRole', ASSIGN_ROLE, VALID.assign],
  ['endStakeholderRole', END_ROLE, VALID.end],
  ['addInfluence', ADD_INFLUENCE, VALID.influence],
  ['recordObjective', RECORD_OBJECTIVE, VALID.objective],
  ['recordUsageSnapshot', RECORD_USAGE, VALID.usage],
];

describe('mutations refuse what they must, and leave nothing behind', () => {
  let app: RunningApp;
  const tenant = testTenant('mutation-refusals');
  const other = testTenant('mutation-refusals-other');

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, mutationPortfolio());
    await seedTenant(app.db, other, otherTenantPortfolio());
  });
  afterAll(() => app.stop());

  /** Runs the mutation and checks that neither tenant's graph changed. */
  async function refused(
    query: string,
    input: Record<string, unknown>,
    role: 'VIEWER' | 'EDITOR' = 'EDITOR',
  ) {
    const before = [await graphFingerprint(app, tenant), await graphFingerprint(app, other)];
    const result = await mutate(app, tenant, query, input, role);
    expect(result.data ?? null).toBeNull();
    expect([await graphFingerprint(app, tenant), await graphFingerprint(app, other)]).toEqual(before);
    return result;
  }

  it.each(MUTATIONS)('%s is FORBIDDEN to a VIEWER', async (_name, query, input) => {
    const result = await refused(query, input, 'VIEWER');
    expect(firstError(result)).toMatchObject({
      code: 'FORBIDDEN',
      message: "This needs the EDITOR role; the caller's token grants VIEWER",
    });
  });

  describe('validation names the field', () => {
    it.each([
      [
        'recordInteraction with an empty accountId',
        RECORD_INTERACTION,
        { ...VALID.interaction, accountId: '' },
        'accountId',
      ],
      [
        'recordInteraction with nobody from our team',
        RECORD_INTERACTION,
        { ...VALID.interaction, teamMemberIds: [] },
        'teamMemberIds',
      ],
      [
        'recordInteraction with a person twice',
        RECORD_INTERACTION,
        { ...VALID.interaction, stakeholderIds: ['p-eli', 'p-eli'] },
        'stakeholderIds',
      ],
      [
        'recordInteraction lasting 0 minutes',
        RECORD_INTERACTION,
        { ...VALID.interaction, durationMinutes: 0 },
        'durationMinutes',
      ],
      ['addInfluence weighing 1.5', ADD_INFLUENCE, { ...VALID.influence, weight: 1.5 }, 'weight'],
      ['addInfluence weighing -0.1', ADD_INFLUENCE, { ...VALID.influence, weight: -0.1 }, 'weight'],
      [
        'addInfluence of a person on themselves',
        ADD_INFLUENCE,
        { ...VALID.influence, toStakeholderId: 'p-olga' },
        'toStakeholderId',
      ],
      ['recordObjective with a blank title', RECORD_OBJECTIVE, { ...VALID.objective, title: '   ' }, 'title'],
      [
        'recordUsageSnapshot of -1 licensed seats',
        RECORD_USAGE,
        { ...VALID.usage, licensedSeats: -1, allowOverage: true },
        'licensedSeats',
      ],
      [
        'recordUsageSnapshot of -1 active seats',
        RECORD_USAGE,
        { ...VALID.usage, activeSeats: -1 },
        'activeSeats',
      ],
      [
        'recordUsageSnapshot of 101 active of 100 seats',
        RECORD_USAGE,
        { ...VALID.usage, activeSeats: 101 },
        'activeSeats',
      ],
      [
        'recordUsageSnapshot of 21 adopted of 20 features',
        RECORD_USAGE,
        { ...VALID.usage, featuresAdopted: 21, featuresAvailable: 20 },
        'featuresAdopted',
      ],
    ])('%s is refused naming the field', async (_case, query, input, field) => {
      const result = await refused(query, input);
      expect(firstError(result).code).toBe('BAD_USER_INPUT');
      expect(invalidFields(result)).toEqual([field]);
    });

    it('explains the rule broken', async () => {
      const self = await refused(ADD_INFLUENCE, { ...VALID.influence, toStakeholderId: 'p-olga' });
      expect(firstError(self).message).toBe(
        'Invalid argument: toStakeholderId: a person cannot influence themselves',
      );
      const over = await refused(RECORD_USAGE, { ...VALID.usage, activeSeats: 101 });
      expect(firstError(over).message).toBe(
        'Invalid argument: activeSeats: activeSeats must not exceed licensedSeats unless allowOverage is true',
      );
    });

    it.each([
      [
        'recordInteraction',
        RECORD_INTERACTION,
        { ...VALID.interaction, occurredAt: '2026-11-22T12:00:01Z' },
        'occurredAt',
      ],
      ['assignStakeholderRole', ASSIGN_ROLE, { ...VALID.assign, since: '2026-11-23' }, 'since'],
      ['endStakeholderRole', END_ROLE, { ...VALID.end, until: '2026-11-23' }, 'until'],
      ['recordUsageSnapshot', RECORD_USAGE, { ...VALID.usage, date: '2026-11-23' }, 'date'],
    ])('%s refuses a date in the future (now is 2026-11-22T12:00Z)', async (_name, query, input, field) => {
      const result = await refused(query, input);
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field } });
      expect(firstError(result).message).toMatch(/is in the future/);
    });

    it('takes enums from the domain vocabulary only', async () => {
      const result = await refused(ASSIGN_ROLE, { ...VALID.assign, role: 'BOSS' });
      expect(firstError(result).code).toBe('BAD_USER_INPUT');
      expect(firstError(result).message).toMatch(/"BOSS".*StakeholderRole/);
    });

    it.each([
      [
        'a person of another account in an interaction',
        RECORD_INTERACTION,
        { ...VALID.interaction, stakeholderIds: ['p-eli', 'p-lou'] },
        'stakeholderIds',
        "Stakeholder 'p-lou' works at account 'acc-nw-labs', not at 'acc-nw'",
      ],
      [
        'a person who had left before the interaction',
        RECORD_INTERACTION,
        { ...VALID.interaction, stakeholderIds: ['p-pat'] },
        'stakeholderIds',
        "Stakeholder 'p-pat' left on 2026-10-01 and cannot have taken part on 2026-11-21",
      ],
      [
        'a person on the day they left (departedAt is their first day gone)',
        RECORD_INTERACTION,
        { ...VALID.interaction, occurredAt: '2026-10-01T09:00:00Z', stakeholderIds: ['p-pat'] },
        'stakeholderIds',
        "Stakeholder 'p-pat' left on 2026-10-01 and cannot have taken part on 2026-10-01",
      ],
      [
        'a role at an account the person does not work at',
        ASSIGN_ROLE,
        { ...VALID.assign, stakeholderId: 'p-lou' },
        'accountId',
        "Stakeholder 'p-lou' works at account 'acc-nw-labs', not at 'acc-nw'",
      ],
      [
        'an end before the role began',
        END_ROLE,
        { stakeholderId: 'p-dana', accountId: 'acc-nw', role: 'CHAMPION', until: '2026-09-30' },
        'until',
        'until (2026-09-30) is before the CHAMPION assignment began (2026-10-01)',
      ],
      [
        'an objective owner from another account',
        RECORD_OBJECTIVE,
        { ...VALID.objective, ownerStakeholderId: 'p-lou' },
        'ownerStakeholderId',
        "Stakeholder 'p-lou' works at account 'acc-nw-labs', not at 'acc-nw'",
      ],
      [
        "a unit of another account than the subscription's",
        RECORD_USAGE,
        {
          ...VALID.usage,
          subscriptionId: 'sub-labs-core',
          activeSeats: 20,
          licensedSeats: 50,
          businessUnitId: 'bu-nw-it',
        },
        'businessUnitId',
        "Business unit 'bu-nw-it' belongs to account 'acc-nw', the subscription to 'acc-nw-labs'",
      ],
      [
        'another unit than the one the subscription was bought for',
        RECORD_USAGE,
        {
          ...VALID.usage,
          subscriptionId: 'sub-nw-analytics',
          businessUnitId: 'bu-nw-it',
          licensedSeats: 20,
          activeSeats: 5,
        },
        'businessUnitId',
        "Subscription 'sub-nw-analytics' was bought for business unit 'bu-nw-fin' only, not 'bu-nw-it'",
      ],
    ])('refuses %s', async (_case, query, input, field, message) => {
      const result = await refused(query, input);
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', message, extensions: { field } });
    });
  });

  describe('NOT_FOUND names the id, another tenant’s ids included', () => {
    it.each([
      [
        'recordInteraction: Account acc-other',
        RECORD_INTERACTION,
        { ...VALID.interaction, accountId: 'acc-other' },
        'Account',
        'acc-other',
      ],
      [
        'assignStakeholderRole: Stakeholder p-other',
        ASSIGN_ROLE,
        { ...VALID.assign, stakeholderId: 'p-other' },
        'Stakeholder',
        'p-other',
      ],
      [
        'endStakeholderRole: Account acc-other',
        END_ROLE,
        { ...VALID.end, accountId: 'acc-other' },
        'Account',
        'acc-other',
      ],
      [
        'addInfluence: Stakeholder p-other',
        ADD_INFLUENCE,
        { ...VALID.influence, toStakeholderId: 'p-other' },
        'Stakeholder',
        'p-other',
      ],
      [
        'recordObjective: Account acc-other',
        RECORD_OBJECTIVE,
        { ...VALID.objective, accountId: 'acc-other' },
        'Account',
        'acc-other',
      ],
      [
        'recordObjective: Stakeholder p-other',
        RECORD_OBJECTIVE,
        { ...VALID.objective, ownerStakeholderId: 'p-other' },
        'Stakeholder',
        'p-other',
      ],
      [
        'recordUsageSnapshot: Subscription sub-other',
        RECORD_USAGE,
        { ...VALID.usage, subscriptionId: 'sub-other' },
        'Subscription',
        'sub-other',
      ],
      [
        'recordUsageSnapshot: BusinessUnit bu-other',
        RECORD_USAGE,
        { ...VALID.usage, businessUnitId: 'bu-other' },
        'BusinessUnit',
        'bu-other',
      ],
    ])('%s', async (_name, query, input, entity, id) => {
      const result = await refused(query, input);
      expect(firstError(result)).toMatchObject({
        code: 'NOT_FOUND',
        message: `${entity} '${id}' was not found`,
        extensions: { entity, id },
      });
    });

    it('names every missing id at once, and writes none of the interaction', async () => {
      // The account, tm-ae and p-eli exist: without the one-statement write, they would have
      // been linked to a half-written interaction.
      const result = await refused(RECORD_INTERACTION, {
        ...VALID.interaction,
        teamMemberIds: ['tm-ae', 'tm-other'],
        stakeholderIds: ['p-eli', 'p-other', 'p-nobody'],
      });
      expect(firstError(result)).toMatchObject({
        code: 'NOT_FOUND',
        message: "TeamMember 'tm-other', Stakeholder 'p-other', Stakeholder 'p-nobody' were not found",
        extensions: {
          missing: [
            { entity: 'TeamMember', id: 'tm-other' },
            { entity: 'Stakeholder', id: 'p-other' },
            { entity: 'Stakeholder', id: 'p-nobody' },
          ],
        },
      });
    });

    it('says so when the role to end is not open', async () => {
      const never = await refused(END_ROLE, { ...VALID.end, stakeholderId: 'p-olga', role: 'CHAMPION' });
      expect(firstError(never)).toMatchObject({
        code: 'NOT_FOUND',
        message: "Stakeholder 'p-olga' holds no open CHAMPION role at account 'acc-nw'",
      });
      const ended = await refused(END_ROLE, { ...VALID.end, stakeholderId: 'p-pat', role: 'CHAMPION' });
      expect(firstError(ended).message).toBe(
        "Stakeholder 'p-pat' holds no open CHAMPION role at account 'acc-nw' (it last ended on 2026-10-01)",
      );
    });
  });

  describe('CONFLICT', () => {
    it('refuses a role that is already open, with what to do instead', async () => {
      const result = await refused(ASSIGN_ROLE, {
        stakeholderId: 'p-dana',
        accountId: 'acc-nw',
        role: 'CHAMPION',
        since: '2026-11-10',
      });
      expect(firstError(result)).toMatchObject({
        code: 'CONFLICT',
        message:
          "Stakeholder 'p-dana' already holds the CHAMPION role at account 'acc-nw' (since 2026-10-01); end it with endStakeholderRole before assigning it again",
        extensions: {
          stakeholderId: 'p-dana',
          accountId: 'acc-nw',
          role: 'CHAMPION',
          openSince: '2026-10-01',
        },
      });
    });

    it('refuses a role for a person who has left', async () => {
      const result = await refused(ASSIGN_ROLE, { ...VALID.assign, stakeholderId: 'p-pat' });
      expect(firstError(result)).toMatchObject({
        code: 'CONFLICT',
        message: "Stakeholder 'p-pat' left on 2026-10-01: a person who has left cannot take a role",
      });
    });

    it('refuses an assignment that would overlap an ended one', async () => {
      // Victor has been ECONOMIC_BUYER since 2022-03-01. Ended on 2026-06-01, it cannot restart
      // on 2026-05-01 (2026-06-01 > 2026-05-01: the two would overlap), but it can on 2026-06-01.
      const end = await mutate(app, tenant, END_ROLE, { ...VALID.end, until: '2026-06-01' });
      expect(end.errors).toBeUndefined();
      const overlap = await refused(ASSIGN_ROLE, {
        stakeholderId: 'p-victor',
        accountId: 'acc-nw',
        role: 'ECONOMIC_BUYER',
        since: '2026-05-01',
      });
      expect(firstError(overlap)).toMatchObject({
        code: 'CONFLICT',
        message:
          'A new ECONOMIC_BUYER assignment from 2026-05-01 would overlap the one that ran from 2022-03-01 to 2026-06-01',
      });
      const after = await mutate(app, tenant, ASSIGN_ROLE, {
        stakeholderId: 'p-victor',
        accountId: 'acc-nw',
        role: 'ECONOMIC_BUYER',
        since: '2026-06-01',
      });
      expect(after.errors).toBeUndefined();
    });

    it('refuses a second reading of the same day, and a second objective of the same title', async () => {
      const first = await mutate<{ recordUsageSnapshot: { snapshot: { id: string } } }>(
        app,
        tenant,
        RECORD_USAGE,
        VALID.usage,
      );
      expect(first.errors).toBeUndefined();
      const again = await refused(RECORD_USAGE, { ...VALID.usage, activeSeats: 96 });
      expect(firstError(again)).toMatchObject({
        code: 'CONFLICT',
        message: `Subscription 'sub-nw-core' already has a usage snapshot for 2026-11-15 (${first.data!.recordUsageSnapshot.snapshot.id})`,
      });

      expect((await mutate(app, tenant, RECORD_OBJECTIVE, VALID.objective)).errors).toBeUndefined();
      const twice = await refused(RECORD_OBJECTIVE, { ...VALID.objective, title: 'HALVE audit findings ' });
      expect(firstError(twice)).toMatchObject({ code: 'CONFLICT' });
      expect(firstError(twice).message).toMatch(
        /^Account 'acc-nw' already has the objective 'HALVE audit findings' \(/,
      );
    });

    it('lets only one of several simultaneous assignments of the same role through', async () => {
      const input = { stakeholderId: 'p-olga', accountId: 'acc-nw', role: 'CHAMPION', since: '2026-11-20' };
      const results = await Promise.all(
        Array.from({ length: 6 }, () => mutate(app, tenant, ASSIGN_ROLE, input)),
      );
      const codes = results.map((r) => (r.errors ? firstError(r).code : 'OK')).sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      const held = await app.db.read<{ n: number }>(
        {
          name: 'test/open-champion',
          text: `MATCH (:Person {tenantId: $tenantId, id: 'p-olga'})-[r:PLAYS_ROLE {role: 'CHAMPION'}]->()
                 RETURN count(r) AS n`,
        },
        tenant,
      );
      expect(held).toEqual([{ n: 1 }]);
    });

    it('lets only one of several simultaneous readings of the same day through', async () => {
      const input = {
        subscriptionId: 'sub-labs-core',
        date: '2026-11-21',
        licensedSeats: 50,
        activeSeats: 30,
      };
      const results = await Promise.all(
        Array.from({ length: 5 }, () => mutate(app, tenant, RECORD_USAGE, input)),
      );
      const codes = results.map((r) => (r.errors ? firstError(r).code : 'OK')).sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    });
  });
});
