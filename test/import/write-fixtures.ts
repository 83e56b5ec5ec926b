import type { PortfolioRecords } from '../../src/domain/graph-records';
import { handBuiltPortfolio } from '../support/fixtures';

/**
 * The hand-built portfolio of test/support/fixtures.ts with one record of each kind it lacks, so
 * every upsert of cypher/write has something to write: a usage snapshot of the core
 * subscription, a ticket Eli raised, Victor's NPS answer, an opportunity Avery owns with Victor
 * as its economic buyer, Rival Analytics in Finance and Victor's objective.
 */
export function everyKindPortfolio(): PortfolioRecords {
  const records = handBuiltPortfolio();
  return {
    ...records,
    usageSnapshots: [
      {
        id: 'use-core-2026-10',
        subscriptionId: 'sub-nw-core',
        businessUnitId: null,
        date: '2026-10-01',
        licensedSeats: 100,
        activeSeats: 90,
        featuresAdopted: 8,
        featuresAvailable: 12,
      },
    ],
    tickets: [
      {
        id: 'tkt-1',
        accountId: 'acc-nw',
        raisedById: 'p-eli',
        subject: 'Export fails',
        severity: 'HIGH',
        status: 'OPEN',
        sentiment: -0.5,
        escalated: true,
        openedAt: '2026-11-02T09:00:00Z',
        closedAt: null,
      },
    ],
    npsResponses: [
      {
        id: 'nps-1',
        accountId: 'acc-nw',
        personId: 'p-victor',
        score: 8,
        answeredAt: '2026-06-01T12:00:00Z',
        comment: null,
      },
    ],
    opportunities: [
      {
        id: 'opp-1',
        accountId: 'acc-nw',
        productId: 'prod-analytics',
        ownerId: 'tm-ae',
        name: 'Analytics for Finance',
        type: 'EXPANSION',
        stage: 'Proposal',
        status: 'OPEN',
        amount: 40_000,
        closeDate: '2027-01-31',
      },
    ],
    opportunityContactRoles: [
      { opportunityId: 'opp-1', personId: 'p-victor', role: 'ECONOMIC_BUYER', isPrimary: true },
    ],
    competitorPresence: [
      { accountId: 'acc-nw', competitorId: 'comp-rival', businessUnitId: 'bu-nw-fin', since: '2025-01-01' },
    ],
    objectives: [
      {
        id: 'obj-1',
        accountId: 'acc-nw',
        ownerPersonId: 'p-victor',
        title: 'Close the books in 3 days',
        metric: 'days to close',
        targetValue: 3,
        dueDate: '2027-06-30',
        status: 'ACTIVE',
      },
    ],
  };
}
