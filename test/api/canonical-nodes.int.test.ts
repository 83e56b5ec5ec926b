import { isObjectType } from 'graphql';
import type { RunningApp } from '../../src/app';
import { toGlobalId } from '../../src/domain/global-id';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import {
  mutate,
  mutationPortfolio,
  NOW,
  RECORD_INTERACTION,
  RECORD_OBJECTIVE,
} from '../mutations/mutation-fixtures';

/** The canonical node each copied id names, and the field that links it. */
const LINKS: Record<string, { link: string; type: string }> = {
  personId: { link: 'stakeholder', type: 'Stakeholder' },
  teamMemberId: { link: 'teamMember', type: 'TeamMember' },
  accountId: { link: 'account', type: 'Account' },
  ownerPersonId: { link: 'owner', type: 'Stakeholder' },
};

describe('report rows link the canonical nodes (schema)', () => {
  const schema = buildGraphQLSchema();
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (t) => isObjectType(t) && !t.name.startsWith('__'),
  );

  it('every type that carries a person, team member or account id also links that node', () => {
    const missing: string[] = [];
    for (const type of objectTypes) {
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      for (const [idField, { link, type: target }] of Object.entries(LINKS)) {
        if (!fields[idField]) continue;
        const linked = fields[link];
        if (!linked || String(linked.type).replace(/!$/, '') !== target) {
          missing.push(`${type.name}.${idField} without ${link}: ${target}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every copied field is deprecated in favour of a link field the same type has', () => {
    const deprecated = objectTypes.flatMap((type) =>
      isObjectType(type)
        ? Object.values(type.getFields())
            .filter((f) => f.deprecationReason?.startsWith('Use '))
            .map((f) => ({ type, field: f.name, reason: f.deprecationReason! }))
        : [],
    );
    expect(deprecated.length).toBeGreaterThanOrEqual(40);
    for (const { type, field, reason } of deprecated) {
      const [, link, linkedField] = /^Use (\w+) \{ (\w+) \}$/.exec(reason) ?? [];
      const target = link === undefined ? undefined : type.getFields()[link];
      expect({ at: `${type.name}.${field}`, linked: target !== undefined }).toEqual({
        at: `${type.name}.${field}`,
        linked: true,
      });
      const targetType = schema.getType(String(target!.type).replace(/!$/, ''));
      expect(isObjectType(targetType) && targetType.getFields()[linkedField!] !== undefined).toBe(true);
    }
  });
});

describe('canonical links and global ids (graph)', () => {
  let app: RunningApp;
  const tenant = testTenant('canonical-nodes');
  const other = testTenant('canonical-nodes-other');

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, mutationPortfolio());
    await seedTenant(app.db, other, mutationPortfolio());
  });
  afterAll(() => app.stop());

  async function counted<T>(query: string, tenantId = tenant) {
    const names: string[] = [];
    const stop = app.db.onQuery((event) => {
      if (event.tenantId === tenantId) names.push(event.name);
    });
    try {
      const result = await gql<T>(app, query, {}, tokenFor(tenantId));
      expect(result.errors).toBeUndefined();
      return { data: result.data!, statements: names };
    } finally {
      stop();
    }
  }

  it('links each map node to its Stakeholder or TeamMember in one read per kind, not per node', async () => {
    type MapNode = {
      id: string;
      side: string;
      name: string;
      stakeholder: { id: string; name: string } | null;
      teamMember: { id: string; name: string } | null;
    };
    const { data, statements } = await counted<{ stakeholderMap: { nodes: MapNode[] } }>(
      `{ stakeholderMap(accountId: "acc-nw") { nodes { id side name stakeholder { id name } teamMember { id name } } } }`,
    );
    const nodes = data.stakeholderMap.nodes;
    expect(nodes.filter((n) => n.side === 'CUSTOMER').length).toBeGreaterThan(3);
    expect(nodes.filter((n) => n.side === 'OUR_TEAM').length).toBeGreaterThan(0);
    for (const node of nodes) {
      const linked = node.side === 'CUSTOMER' ? node.stakeholder : node.teamMember;
      expect({ id: node.id, linked }).toEqual({ id: node.id, linked: { id: node.id, name: node.name } });
      expect(node.side === 'CUSTOMER' ? node.teamMember : node.stakeholder).toBeNull();
    }
    // The map, then one batch of people and one of team members, however many nodes.
    expect(statements).toHaveLength(3);
  });

  it('answers a deprecated copy and its link alike (plays: accountName and account { name })', async () => {
    const { data } = await counted<{
      plays: { accountName: string; account: { id: string; name: string } };
    }>(`{ plays(accountId: "acc-nw") { accountName account { id name } } }`);
    expect(data.plays.account).toEqual({ id: 'acc-nw', name: data.plays.accountName });
  });

  it('refetches a RecordedPlay by global id with its steps, as requestPlay answered', async () => {
    const fields = `id accountId kind trigger status startedOn requestedBy healthScore healthBand
      steps { order key phase dueDate ownerRole status owner { id name } people { id name } }`;
    const requested = await mutate<{ requestPlay: { id: string } }>(
      app,
      tenant,
      `mutation($input: RequestPlayInput!) { requestPlay(input: $input) { ${fields} } }`,
      { accountId: 'acc-nw', kind: 'RESCUE', note: 'Renewal at risk' },
    );
    expect(requested.errors).toBeUndefined();
    const play = requested.data!.requestPlay;
    const globalId = toGlobalId('RecordedPlay', play.id);
    const found = await gql<{ node: unknown }>(
      app,
      `query($id: ID!) { node(id: $id) { ... on RecordedPlay { ${fields} } } }`,
      { id: globalId },
      tokenFor(tenant),
    );
    expect(found.data!.node).toEqual(play);
    const elsewhere = await gql<{ node: unknown }>(
      app,
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: globalId },
      tokenFor(other),
    );
    expect(elsewhere.data!.node).toBeNull();
  });

  it('refetches an Interaction, an Objective and a UsageSnapshot by global id, as their mutation answered', async () => {
    const recorded = await mutate(app, tenant, RECORD_INTERACTION, {
      accountId: 'acc-nw',
      type: 'MEETING',
      direction: 'MUTUAL',
      occurredAt: '2026-11-20T09:00:00Z',
      durationMinutes: 45,
      subject: 'Quarterly review',
      teamMemberIds: ['tm-csm'],
      stakeholderIds: ['p-dana'],
    });
    const objective = await mutate(app, tenant, RECORD_OBJECTIVE, {
      accountId: 'acc-nw',
      title: 'Close the books in three days',
      status: 'ACTIVE',
      ownerStakeholderId: 'p-dana',
    });
    expect([recorded.errors, objective.errors]).toEqual([undefined, undefined]);
    const interaction = recorded.data!['recordInteraction'] as { id: string };
    const goal = objective.data!['recordObjective'] as { id: string };
    const ids = [
      toGlobalId('Interaction', interaction.id),
      toGlobalId('Objective', goal.id),
      toGlobalId('UsageSnapshot', 'us-nw-oct'),
    ];
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) {
      __typename id globalId
      ... on Interaction { type direction occurredAt durationMinutes subject account { id } teamMembers { id name } stakeholders { id name } }
      ... on Objective { title metric targetValue dueDate status account { id } owner { id name } }
      ... on UsageSnapshot { date licensedSeats activeSeats utilisation businessUnit { id } }
    } }`;
    const found = await gql<{ nodes: ({ __typename: string; id: string; globalId: string } | null)[] }>(
      app,
      query,
      { ids },
      tokenFor(tenant),
    );
    expect(found.errors).toBeUndefined();
    const [asInteraction, asObjective, asSnapshot] = found.data!.nodes;
    const { __typename: t1, globalId: g1, ...interactionFields } = asInteraction!;
    expect([t1, g1]).toEqual(['Interaction', ids[0]]);
    expect(interactionFields).toEqual(interaction);
    const { __typename: t2, globalId: g2, ...objectiveFields } = asObjective!;
    expect([t2, g2]).toEqual(['Objective', ids[1]]);
    expect(objectiveFields).toEqual(goal);
    expect(asSnapshot).toEqual({
      __typename: 'UsageSnapshot',
      id: 'us-nw-oct',
      globalId: ids[2],
      date: '2026-10-01',
      licensedSeats: 100,
      activeSeats: 88,
      utilisation: 0.88,
      businessUnit: null,
    });
    // The same global ids name nothing in another tenant (its own us-nw-oct is another node).
    const elsewhere = await gql<{ nodes: unknown[] }>(
      app,
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: ids.slice(0, 2) },
      tokenFor(other),
    );
    expect(elsewhere.data!.nodes).toEqual([null, null]);
  });
});
