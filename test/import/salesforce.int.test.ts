import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import {
  canonicalDump,
  copyOf,
  describeRejects,
  FIXTURES,
  graphCounts,
  importFiles,
} from './import-test-kit';

/**
 * A hand-written Salesforce export (test/import/fixtures/salesforce, the full header layout of a
 * real export, every field quoted, 0/1 booleans): Account.csv is Latin-1 (Démo, Société), User.csv
 * has a BOM, the `000000000000000AAA` sentinel stands for empty lookups, the org's `__c` columns
 * are there, and deleted rows, an invitee's copy of an event, a to-do task, an unknown priority,
 * an `Other` contact role, a contact of an account not in the export and an opportunity owner not
 * in User.csv are each there once.
 */
const SAMPLE = join(FIXTURES, 'salesforce');

describe('importing a Salesforce export', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('import-salesforce');
  });
  afterAll(() => graph.close());

  it('writes what the files hold, and lists what it could not', async () => {
    const tenantId = testTenant('sf');
    const { report, rejects } = await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId });

    // Users 3; accounts 4 − 1 deleted; contacts 6 − 1 deleted − 1 whose account is not in the
    // export; units Finance and IT of Société Démo (the other contacts have no department);
    // tasks 4 − 1 deleted − 1 to-do + events 3 − 1 invitee copy; cases 3 − 1 'P1'; opportunities
    // 3; contact roles 5 − 1 deleted − 1 'Other'.
    expect(report.perKind).toEqual({
      teamMembers: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
      accounts: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
      businessUnits: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      people: { created: 4, updated: 0, unchanged: 0, rejected: 1 },
      interactions: { created: 4, updated: 0, unchanged: 0, rejected: 1 },
      tickets: { created: 2, updated: 0, unchanged: 0, rejected: 1 },
      opportunities: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
      opportunityContactRoles: { created: 3, updated: 0, unchanged: 0, rejected: 1 },
    });
    // 3 + 4 + 6 + 3 + 5 + 4 + 3 + 3 data rows.
    expect(report.rowsRead).toBe(31);
    expect(report.rejected).toBe(4);
    // The orphan contact's account (rejected) and the unknown opportunity owner (link dropped).
    expect(report.dangling).toBe(2);
    expect(report.files.find((f) => f.file === 'Account.csv')?.encoding).toBe('latin1');
    expect(report.files.find((f) => f.file === 'Account.csv')?.skipped).toEqual({
      'Account: deleted in Salesforce (IsDeleted=1)': 1,
    });
    expect(report.files.find((f) => f.file === 'Event.csv')?.skipped).toEqual({
      "Interaction: an invitee's copy of a group event (IsChild=1)": 1,
    });
    expect(report.ignoredColumns['Account.csv']).toEqual(
      expect.arrayContaining(['Region__c', 'Abi_Rating__c']),
    );
    expect(report.ignoredColumns['Contact.csv']).toEqual(expect.arrayContaining(['JobLevel__c']));
    expect(report.ignoredColumns['User.csv']).toBeUndefined();

    expect(describeRejects(rejects)).toEqual([
      "Contact.csv:6 AccountId=0018d00000ZzZzZAA9: no Account '0018d00000ZzZzZAA9' in the files or in the graph (row rejected)",
      'Task.csv:4 Type | CallType | EmailMessageId=Other: type is required (row rejected)',
      'Case.csv:3 Priority=P1: unmapped value (expected one of: Low, Medium, High, Urgent, Critical) (row rejected)',
      "Opportunity.csv:4 OwnerId=0058d00000ZzZzZAA9: no TeamMember '0058d00000ZzZzZAA9' in the files or in the graph (imported without this link)",
      'OpportunityContactRole.csv:5 Role=Other: unmapped value (expected one of: Business User, Decision Maker, Economic Buyer, Economic Decision Maker, Evaluator, Technical Buyer, Executive Sponsor, Influencer, Champion) (row rejected)',
    ]);

    expect(await graphCounts(graph.driver, tenantId)).toEqual({
      nodes: {
        TeamMember: 3,
        Account: 3,
        BusinessUnit: 2,
        Person: 4,
        Interaction: 4,
        SupportTicket: 2,
        Opportunity: 3,
      },
      relationships: {
        // Ann and Bob → Cara (users); Marc and Léa → Claire (contacts).
        REPORTS_TO: 4,
        SUBSIDIARY_OF: 1,
        UNIT_OF: 2,
        WORKS_AT: 4,
        // Claire, Marc → Finance; Léa → IT.
        MEMBER_OF: 3,
        WITH_ACCOUNT: 4,
        // Call: Ann + Marc; email: Ann + Claire; meeting: Bob + Léa; trade fair: Ann (its WhoId is a lead).
        PARTICIPATED_IN: 7,
        // 2 tickets + 3 opportunities.
        FOR_ACCOUNT: 5,
        RAISED_BY: 1,
        OWNS_OPPORTUNITY: 2,
        CONTACT_ROLE: 3,
      },
    });
  });

  it('reads values the way an operator would: names, segments, departures, typed dates', async () => {
    const tenantId = testTenant('sf-values');
    await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId });
    const session = graph.driver.session();
    try {
      const accounts = await session.run(
        `MATCH (a:Account {tenantId: $tenantId}) OPTIONAL MATCH (a)-[:SUBSIDIARY_OF]->(p)
         RETURN a.name AS name, a.segment AS segment, a.region AS region, p.name AS parent ORDER BY name`,
        { tenantId },
      );
      // 450 employees → MID_MARKET, 12,000 → ENTERPRISE, 40 → SMB; Tiny Co has only a shipping country.
      expect(accounts.records.map((r) => r.toObject())).toEqual([
        { name: 'Démo Filiale', segment: 'MID_MARKET', region: 'France', parent: 'Société Démo' },
        { name: 'Société Démo', segment: 'ENTERPRISE', region: 'France', parent: null },
        { name: 'Tiny Co', segment: 'SMB', region: 'Germany', parent: null },
      ]);
      const lea = await session.run(
        `MATCH (p:Person {tenantId: $tenantId, name: 'Léa Martin'})
         RETURN p.status AS status, p.seniority AS seniority, p.departedAt AS departedAt`,
        { tenantId },
      );
      expect(lea.records[0]?.get('status')).toBe('DEPARTED');
      expect(lea.records[0]?.get('seniority')).toBe('DIRECTOR');
      expect(String(lea.records[0]?.get('departedAt'))).toBe('2024-03-01');
      const call = await session.run(
        `MATCH (i:Interaction {tenantId: $tenantId, id: '00T8d00000AbCdEAA1'})
         RETURN i.type AS type, i.direction AS direction, i.durationMinutes AS minutes, toString(i.occurredAt) AS at`,
        { tenantId },
      );
      // 900 seconds of call → 15 minutes; the completed time, read as UTC.
      expect(call.records[0]?.toObject()).toMatchObject({
        type: 'CALL',
        direction: 'OUTBOUND',
        at: '2024-01-10T14:30:00Z',
      });
      expect(Number(call.records[0]?.get('minutes'))).toBe(15);
    } finally {
      await session.close();
    }
  });

  it('changes nothing when the same files are imported again, and says so', async () => {
    const tenantId = testTenant('sf-twice');
    await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId });
    const before = await canonicalDump(graph.driver, tenantId);
    const { report } = await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId });
    const kinds = Object.values(report.perKind);
    expect(kinds.reduce((sum, c) => sum + c.created + c.updated, 0)).toBe(0);
    // 3 + 3 + 2 + 4 + 4 + 2 + 3 + 3 records, all found as they were.
    expect(kinds.reduce((sum, c) => sum + c.unchanged, 0)).toBe(24);
    expect(await canonicalDump(graph.driver, tenantId)).toEqual(before);
  });

  it('updates only what a changed file changed', async () => {
    const tenantId = testTenant('sf-changed');
    await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId });
    const changed = copyOf(SAMPLE);
    // Marc Petit is promoted; Démo Filiale is no longer a subsidiary (its ParentId becomes the sentinel).
    const contacts = join(changed, 'Contact.csv');
    const lines = readFileSync(contacts, 'utf8').split('\r\n');
    lines[2] = (lines[2] ?? '').replace('"Finance Manager"', '"Finance Director"');
    writeFileSync(contacts, lines.join('\r\n'));
    const accounts = join(changed, 'Account.csv');
    const accountLines = readFileSync(accounts, 'latin1').split('\r\n');
    accountLines[1] = (accountLines[1] ?? '').replace('"0018d00000AbCdEAA1"', '"000000000000000AAA"');
    writeFileSync(accounts, accountLines.join('\r\n'), 'latin1');

    const { report } = await importFiles(graph.db, { dir: changed, format: 'salesforce', tenantId });
    expect(report.perKind.people).toEqual({ created: 0, updated: 1, unchanged: 3, rejected: 1 });
    expect(report.perKind.accounts).toEqual({ created: 0, updated: 1, unchanged: 2, rejected: 0 });
    for (const kind of [
      'teamMembers',
      'businessUnits',
      'interactions',
      'tickets',
      'opportunities',
    ] as const) {
      expect(report.perKind[kind]?.updated).toBe(0);
      expect(report.perKind[kind]?.created).toBe(0);
    }
    const counts = await graphCounts(graph.driver, tenantId);
    expect(counts.relationships['SUBSIDIARY_OF']).toBeUndefined();
    const session = graph.driver.session();
    try {
      const marc = await session.run(
        "MATCH (p:Person {tenantId: $tenantId, name: 'Marc Petit'}) RETURN p.title AS title, p.seniority AS seniority",
        { tenantId },
      );
      expect(marc.records[0]?.toObject()).toEqual({ title: 'Finance Director', seniority: 'DIRECTOR' });
    } finally {
      await session.close();
      rmSync(changed, { recursive: true, force: true });
    }
  });

  it('finishes a run stopped halfway: the graph is the one a clean run gives', async () => {
    const clean = testTenant('sf-clean');
    const resumed = testTenant('sf-resumed');
    await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId: clean });

    // One row per transaction, one at a time, stopped after the fifth: the three users (linked to
    // their manager) and two accounts are written; the subsidiary, read before its parent, is not
    // linked to it yet.
    const stop = new AbortController();
    const { report: stopped } = await importFiles(graph.db, {
      dir: SAMPLE,
      format: 'salesforce',
      tenantId: resumed,
      batchSize: 1,
      concurrency: 1,
      signal: stop.signal,
      onBatch: ({ batches }) => {
        if (batches === 5) stop.abort();
      },
    });
    expect(stopped.aborted).toBe(true);
    expect((await graphCounts(graph.driver, resumed)).nodes).toEqual({ TeamMember: 3, Account: 2 });

    const { report } = await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId: resumed });
    expect(report.aborted).toBe(false);
    expect(await canonicalDump(graph.driver, resumed)).toEqual(await canonicalDump(graph.driver, clean));
  });

  it('finishes an import that only had some of the files', async () => {
    const clean = testTenant('sf-clean-2');
    const partial = testTenant('sf-partial');
    await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId: clean });
    const firstHalf = copyOf(SAMPLE);
    for (const file of ['Opportunity.csv', 'OpportunityContactRole.csv', 'Task.csv', 'Event.csv', 'Case.csv'])
      rmSync(join(firstHalf, file));
    await importFiles(graph.db, { dir: firstHalf, format: 'salesforce', tenantId: partial });
    await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId: partial });
    expect(await canonicalDump(graph.driver, partial)).toEqual(await canonicalDump(graph.driver, clean));
    rmSync(firstHalf, { recursive: true, force: true });
  });

  it('--strict writes nothing when a row is bad, --dry-run writes nothing at all', async () => {
    const strictTenant = testTenant('sf-strict');
    const { report: strict, rejects } = await importFiles(graph.db, {
      dir: SAMPLE,
      format: 'salesforce',
      tenantId: strictTenant,
      strict: true,
    });
    expect(strict.strictFailed).toBe(true);
    expect(rejects).toHaveLength(5);
    expect(await graphCounts(graph.driver, strictTenant)).toEqual({ nodes: {}, relationships: {} });

    const dryTenant = testTenant('sf-dry');
    const { report: dry } = await importFiles(graph.db, {
      dir: SAMPLE,
      format: 'salesforce',
      tenantId: dryTenant,
      dryRun: true,
    });
    expect(dry.dryRun).toBe(true);
    // The same rows found valid and rejected as by a real import; the orphan contact's account is
    // looked for in the files and then in the graph.
    expect(dry.perKind.people).toEqual({ created: 0, updated: 0, unchanged: 0, rejected: 1, valid: 4 });
    expect(dry.perKind.opportunities).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      valid: 3,
    });
    expect(dry.dangling).toBe(2);
    expect(await graphCounts(graph.driver, dryTenant)).toEqual({ nodes: {}, relationships: {} });
  });
});
