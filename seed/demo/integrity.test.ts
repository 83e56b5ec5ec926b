import type { PortfolioRecords } from '../../src/domain/graph-records';
import { generateDemoPortfolio } from './generate-portfolio';

const AS_OF = '2025-06-30';

function indexById<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/**
 * Collects every violation, so one failing run lists them all (and so 20k interactions do not
 * cost 100k `expect` calls).
 */
function violations(run: (fail: (message: string) => void) => void): string[] {
  const found: string[] = [];
  run((message) => found.push(message));
  return found.slice(0, 20);
}

describe.each([42, 7, 2024])('referential integrity (seed %i)', (seed) => {
  const p: PortfolioRecords = generateDemoPortfolio({ seed, accounts: 36, asOf: AS_OF });
  const accounts = indexById(p.accounts);
  const units = indexById(p.businessUnits);
  const people = indexById(p.people);
  const products = indexById(p.products);
  const team = indexById(p.teamMembers);
  const subscriptions = indexById(p.subscriptions);
  const opportunities = indexById(p.opportunities);
  const competitors = indexById(p.competitors);
  const samePerson = (fail: (m: string) => void, id: string | null, accountId: string, what: string) => {
    if (id !== null && people.get(id)?.accountId !== accountId)
      fail(`${what}: person ${id} is not in ${accountId}`);
  };

  it('has unique ids per label', () => {
    const labels = {
      products: p.products,
      competitors: p.competitors,
      teamMembers: p.teamMembers,
      accounts: p.accounts,
      businessUnits: p.businessUnits,
      people: p.people,
      interactions: p.interactions,
      subscriptions: p.subscriptions,
      usageSnapshots: p.usageSnapshots,
      tickets: p.tickets,
      npsResponses: p.npsResponses,
      opportunities: p.opportunities,
      objectives: p.objectives,
    };
    const duplicates = Object.entries(labels).filter(
      ([, records]) => new Set(records.map((r) => r.id)).size !== records.length,
    );
    expect(duplicates.map(([label]) => label)).toEqual([]);
    expect(new Set(p.accounts.map((a) => a.name)).size).toBe(p.accounts.length);
  });

  it('links accounts, units and people within one account', () => {
    const found = violations((fail) => {
      for (const a of p.accounts)
        if (a.parentId && !accounts.has(a.parentId)) fail(`${a.id}: unknown parent`);
      for (const unit of p.businessUnits)
        if (!accounts.has(unit.accountId)) fail(`${unit.id}: unknown account`);
      for (const person of p.people) {
        if (!accounts.has(person.accountId)) fail(`${person.id}: unknown account`);
        const unit = person.businessUnitId ? units.get(person.businessUnitId) : undefined;
        if (person.businessUnitId && unit?.accountId !== person.accountId)
          fail(`${person.id}: unit elsewhere`);
        if (unit && person.department !== unit.name)
          fail(`${person.id}: department ${person.department} in ${unit.name}`);
        samePerson(fail, person.reportsToId, person.accountId, `${person.id} reportsTo`);
        if ((person.status === 'DEPARTED') !== (person.departedAt !== null))
          fail(`${person.id}: status vs departedAt`);
        if (person.departedAt && person.startedAt && person.startedAt >= person.departedAt)
          fail(`${person.id}: left first`);
      }
    });
    expect(found).toEqual([]);
  });

  it('forms one acyclic reporting tree per account, topped by a C-level', () => {
    const found = violations((fail) => {
      for (const person of p.people) {
        const seen = new Set<string>([person.id]);
        let current = person;
        while (current.reportsToId !== null) {
          const next = people.get(current.reportsToId);
          if (!next || seen.has(next.id)) return fail(`${person.id}: broken or cyclic chain`);
          seen.add(next.id);
          current = next;
        }
        if (current.seniority !== 'C_LEVEL') fail(`${person.id}: top of chain is ${current.seniority}`);
      }
    });
    expect(found).toEqual([]);
    expect(p.people.filter((person) => person.reportsToId === null)).toHaveLength(p.accounts.length);
  });

  it('links roles, influence, coverage and team members', () => {
    const found = violations((fail) => {
      for (const role of p.roleAssignments) {
        samePerson(fail, role.personId, role.accountId, `role ${role.role}`);
        if (role.until !== null && role.since >= role.until)
          fail(`${role.personId}: ${role.role} ends before it starts`);
        const departedAt = people.get(role.personId)?.departedAt;
        if (departedAt && (role.until === null || role.until > departedAt))
          fail(`${role.personId}: role outlives them`);
      }
      for (const edge of p.influences) {
        if (edge.fromPersonId === edge.toPersonId) fail(`${edge.fromPersonId}: influences itself`);
        samePerson(fail, edge.toPersonId, people.get(edge.fromPersonId)?.accountId ?? '?', 'influence');
        if (edge.weight < 0.1 || edge.weight > 1) fail(`influence weight ${edge.weight}`);
      }
      for (const m of p.teamMembers)
        if (m.managerId && !team.has(m.managerId)) fail(`${m.id}: unknown manager`);
      for (const c of p.coverage) {
        if (!team.has(c.teamMemberId) || !accounts.has(c.accountId))
          fail(`coverage ${c.teamMemberId}/${c.accountId}`);
      }
      for (const account of p.accounts) {
        const roles = p.coverage.filter((c) => c.accountId === account.id).map((c) => c.role);
        if (!roles.includes('ACCOUNT_OWNER') || !roles.includes('CSM'))
          fail(`${account.id}: no owner or CSM`);
      }
    });
    expect(found).toEqual([]);
  });

  it('links interactions to covering team members and to people who were there at the time', () => {
    const covering = new Set(p.coverage.map((c) => `${c.accountId}|${c.teamMemberId}`));
    const from = new Date(Date.parse(AS_OF) - 730 * 86_400_000).toISOString().slice(0, 10);
    const found = violations((fail) => {
      for (const i of p.interactions) {
        const day = i.occurredAt.slice(0, 10);
        if (day < from || day > AS_OF) fail(`${i.id}: ${i.occurredAt} outside the two years`);
        if (i.personIds.length === 0 || i.teamMemberIds.length === 0) fail(`${i.id}: missing a side`);
        for (const id of i.teamMemberIds)
          if (!covering.has(`${i.accountId}|${id}`)) fail(`${i.id}: ${id} not covering`);
        for (const id of i.personIds) {
          const person = people.get(id);
          if (person?.accountId !== i.accountId) fail(`${i.id}: ${id} from elsewhere`);
          if (person?.departedAt && day >= person.departedAt) fail(`${i.id}: ${id} had left`);
          if (person?.startedAt && day < person.startedAt) fail(`${i.id}: ${id} had not started`);
        }
        if ((i.type === 'MEETING' || i.type === 'QBR') && i.direction !== 'MUTUAL')
          fail(`${i.id}: live but one-way`);
        if ((i.type === 'EMAIL') !== (i.durationMinutes === null)) fail(`${i.id}: duration`);
      }
    });
    expect(found).toEqual([]);
  });

  it('links commercial records', () => {
    const found = violations((fail) => {
      for (const s of p.subscriptions) {
        if (!products.has(s.productId)) fail(`${s.id}: unknown product`);
        if (s.businessUnitId && units.get(s.businessUnitId)?.accountId !== s.accountId) fail(`${s.id}: unit`);
        if (s.renewalDate === null || s.startDate >= s.renewalDate) fail(`${s.id}: dates`);
        if (
          s.status === 'ACTIVE' &&
          (s.renewalDate === null || s.renewalDate <= AS_OF || s.renewalDate > '2026-07-01')
        ) {
          fail(`${s.id}: renewal ${s.renewalDate} not within the next year`);
        }
        if ((s.seatsUsed ?? 0) > s.seatsLicensed) fail(`${s.id}: more used than licensed`);
      }
      for (const snapshot of p.usageSnapshots) {
        const s = subscriptions.get(snapshot.subscriptionId);
        if (s?.status !== 'ACTIVE') fail(`${snapshot.id}: not an active subscription`);
        if (snapshot.businessUnitId !== s?.businessUnitId) fail(`${snapshot.id}: unit differs`);
        if (!snapshot.date.endsWith('-01') || snapshot.date < (s?.startDate ?? ''))
          fail(`${snapshot.id}: date`);
        if (snapshot.activeSeats > snapshot.licensedSeats) fail(`${snapshot.id}: over licence`);
      }
      for (const o of p.opportunities) {
        if (o.productId && !products.has(o.productId)) fail(`${o.id}: product`);
        if (o.ownerId && !team.has(o.ownerId)) fail(`${o.id}: owner`);
        const expected = o.stage === 'Closed Won' ? 'WON' : o.stage === 'Closed Lost' ? 'LOST' : 'OPEN';
        if (o.status !== expected) fail(`${o.id}: ${o.stage} is ${o.status}`);
      }
      for (const role of p.opportunityContactRoles) {
        samePerson(
          fail,
          role.personId,
          opportunities.get(role.opportunityId)?.accountId ?? '?',
          role.opportunityId,
        );
      }
      for (const c of p.competitors) {
        if (!c.alternativeToProductIds.every((id) => products.has(id))) fail(`${c.id}: product`);
      }
      for (const presence of p.competitorPresence) {
        if (!competitors.has(presence.competitorId)) fail(`presence: unknown ${presence.competitorId}`);
        const unit = presence.businessUnitId ? units.get(presence.businessUnitId) : undefined;
        if (presence.businessUnitId && unit?.accountId !== presence.accountId)
          fail('presence: unit elsewhere');
      }
    });
    expect(found).toEqual([]);
  });

  it('links support, NPS and objectives to people of the same account', () => {
    const found = violations((fail) => {
      for (const t of p.tickets) {
        samePerson(fail, t.raisedById, t.accountId, t.id);
        if (t.sentiment === null || t.sentiment < -1 || t.sentiment > 1) fail(`${t.id}: sentiment`);
        if ((t.status === 'CLOSED') !== (t.closedAt !== null)) fail(`${t.id}: status vs closedAt`);
        if (t.closedAt && t.closedAt <= t.openedAt) fail(`${t.id}: closed before opened`);
        if (t.openedAt.slice(0, 10) > AS_OF || (t.closedAt ?? '').slice(0, 10) > AS_OF)
          fail(`${t.id}: future`);
      }
      for (const r of p.npsResponses) {
        samePerson(fail, r.personId, r.accountId, r.id);
        if (!Number.isInteger(r.score) || r.score < 0 || r.score > 10) fail(`${r.id}: score ${r.score}`);
      }
      for (const o of p.objectives) samePerson(fail, o.ownerPersonId, o.accountId, o.id);
    });
    expect(found).toEqual([]);
  });
});
