import neo4j, { Record as Neo4jRecord } from 'neo4j-driver';
import { instantOfEpochMillis, toNative } from '../../src/db/values';
import { mapFactsOf } from '../../src/repositories/stakeholder-map.rows';

/** A record with map.cypher's columns, values as the driver decodes them. */
function mapRecord(values: Record<string, unknown>): Neo4jRecord {
  const keys = ['account', 'people', 'influence', 'coverage', 'relationships'];
  return new Neo4jRecord(
    keys,
    keys.map((k) => values[k]),
  );
}

/** What the generic path made of the same record (toNative of toObject), epoch milliseconds as instants. */
function generic(record: Neo4jRecord): unknown {
  const facts = toNative(record.toObject()) as { relationships: Record<string, unknown>[] };
  return {
    ...facts,
    relationships: facts.relationships.map(({ lastInteractionAtMs, ...r }) => ({
      ...r,
      lastInteractionAt: instantOfEpochMillis(lastInteractionAtMs as number),
    })),
  };
}

const account = {
  id: 'acc-1',
  name: 'Northwind',
  industry: null,
  segment: 'ENTERPRISE',
  region: 'EMEA',
  employeeCount: neo4j.int(12_000),
  annualRevenue: 3.5e9,
  website: null,
  customerSince: new neo4j.types.Date(2019, 4, 1),
  parentId: null,
  arr: 250_000,
};

/** A person with every optional field null: converted, it must come out as it went in. */
const departedBo = {
  id: 'p-2',
  name: 'Bo',
  title: null,
  seniority: null,
  department: null,
  status: 'DEPARTED',
  businessUnitId: null,
  reportsToId: 'p-1',
  roles: [],
};

describe('mapFactsOf (the stakeholder map record, converted in one pass)', () => {
  it('makes of each value what toNative makes of it: nulls, Integers, floats, lists, dates', () => {
    const record = mapRecord({
      account,
      people: [
        {
          id: 'p-1',
          name: 'Ana',
          title: 'CFO',
          seniority: 'C_LEVEL',
          department: 'Finance',
          status: 'ACTIVE',
          businessUnitId: 'bu-1',
          reportsToId: null,
          roles: ['ECONOMIC_BUYER', 'CHAMPION'],
        },
        departedBo,
      ],
      influence: [
        { fromPersonId: 'p-2', toPersonId: 'p-1', weight: 0.75, kind: 'INFORMAL', source: null },
        // A weight stored as an integer comes back as one.
        { fromPersonId: 'p-1', toPersonId: 'p-2', weight: neo4j.int(1), kind: 'FORMAL', source: 'crm' },
      ],
      coverage: [
        {
          accountId: 'acc-1',
          role: 'CSM',
          since: new neo4j.types.Date(2024, 1, 31),
          teamMember: { id: 'tm-1', name: 'Cas', email: null, title: 'CSM', managerId: null },
        },
      ],
      relationships: [
        {
          teamMemberId: 'tm-1',
          teamMemberName: 'Cas',
          teamMemberTitle: null,
          personId: 'p-1',
          // Larger than 2^31: decoded as an Integer of two words.
          interactionCount: neo4j.int(5_000_000_000),
          twoWayCount: neo4j.int(0),
          lastInteractionAtMs: neo4j.int(Date.UTC(2026, 10, 10, 9, 30, 0, 123)),
        },
        {
          teamMemberId: 'tm-1',
          teamMemberName: 'Cas',
          teamMemberTitle: 'CSM',
          personId: 'p-2',
          interactionCount: neo4j.int(1),
          twoWayCount: neo4j.int(1),
          lastInteractionAtMs: neo4j.int(-1), // before 1970
        },
      ],
    });
    const facts = mapFactsOf(record);
    expect(facts).toEqual(generic(record));
    expect(facts.account.customerSince).toBe('2019-04-01');
    expect(facts.account.employeeCount).toBe(12_000);
    expect(facts.coverage[0]!.since).toBe('2024-01-31');
    expect(facts.people[1]).toEqual(departedBo);
    expect(facts.influence.map((i) => i.weight)).toEqual([0.75, 1]);
    expect(facts.relationships.map((r) => [r.interactionCount, r.lastInteractionAt])).toEqual([
      [5_000_000_000, '2026-11-10T09:30:00.123Z'],
      [1, '1969-12-31T23:59:59.999Z'],
    ]);
  });

  it('reads an account with nobody and no edges as empty lists', () => {
    const record = mapRecord({ account, people: [], influence: [], coverage: [], relationships: [] });
    const facts = mapFactsOf(record);
    expect(facts).toEqual(generic(record));
    expect(facts).toMatchObject({ people: [], influence: [], coverage: [], relationships: [] });
  });

  it('hands back copies, never the driver’s own maps or lists', () => {
    const roles = ['CHAMPION'];
    const people = [
      {
        id: 'p-1',
        name: 'Ana',
        title: null,
        seniority: null,
        department: null,
        status: 'ACTIVE',
        businessUnitId: null,
        reportsToId: null,
        roles,
      },
    ];
    const record = mapRecord({ account, people, influence: [], coverage: [], relationships: [] });
    const facts = mapFactsOf(record);
    expect(facts.people[0]).not.toBe(people[0]);
    expect(facts.people[0]!.roles).not.toBe(roles);
    facts.people[0]!.roles.push('DETRACTOR');
    expect(mapFactsOf(record).people[0]!.roles).toEqual(['CHAMPION']);
  });
});
