import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths';

/**
 * The portfolio-wide GraphQL queries the analytics benchmark measures, each as a client would
 * send it: a first page of 50 (the page) with the fields a portfolio view shows, nested account included
 * (which the API batches through a DataLoader). To measure a new portfolio-wide query, add a row;
 * rows whose root field is not in schema.graphql are skipped with a note, so a row may land
 * before its query does.
 */
export interface PortfolioQuery {
  /** Its label in the printed table. */
  label: string;
  /** The root field of Query it calls. */
  field: string;
  document: string;
  variables(asOf: string): Record<string, unknown>;
  /** Items on the page returned, and how many the query ranked or matched in all. */
  returned(data: Record<string, unknown>): { page: number; total: number };
}

/** The rows whose query is in the committed schema.graphql (the others are not written yet). */
export function queriesInSchema(): { present: PortfolioQuery[]; missing: PortfolioQuery[] } {
  const schema = readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
  const body = /^type Query \{([\s\S]*?)^\}/m.exec(schema)?.[1] ?? '';
  const fields = new Set([...body.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]!));
  return {
    present: PORTFOLIO_QUERIES.filter((q) => fields.has(q.field)),
    missing: PORTFOLIO_QUERIES.filter((q) => !fields.has(q.field)),
  };
}

interface Connection {
  totalCount: number;
  edges: unknown[];
}

/** Reads a connection at a path of the response, e.g. ['revenueRetention', 'accounts']. */
function connectionAt(...path: string[]): PortfolioQuery['returned'] {
  return (data) => {
    let node: unknown = data;
    for (const key of path) node = (node as Record<string, unknown>)[key];
    const connection = node as Connection;
    return { page: connection.edges.length, total: connection.totalCount };
  };
}

const PAGE = 50;

function yearBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The row of a portfolio-wide connection that takes a page size and asOf, labelled by its field;
 * `selection` is what it asks of the connection, as sent (lines after the first indented by 8).
 */
function asOfPage(field: string, selection: string): PortfolioQuery {
  return {
    label: field,
    field,
    document: `query ($first: Int!, $asOf: LocalDate) {
      ${field}(first: $first, asOf: $asOf) {
        ${selection}
      }
    }`,
    variables: (asOf) => ({ first: PAGE, asOf }),
    returned: connectionAt(field),
  };
}

export const PORTFOLIO_QUERIES: readonly PortfolioQuery[] = [
  {
    label: 'accounts (by ARR)',
    field: 'accounts',
    document: `query ($first: Int!) {
      accounts(first: $first, orderBy: { field: ARR, direction: DESC }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name industry segment arr employeeCount } }
      }
    }`,
    variables: () => ({ first: PAGE }),
    returned: connectionAt('accounts'),
  },
  {
    label: 'accounts (ENTERPRISE, name filter)',
    field: 'accounts',
    document: `query ($first: Int!) {
      accounts(first: $first, filter: { segment: ENTERPRISE, nameContains: "a" }, orderBy: { field: NAME }) {
        totalCount
        edges { node { id name region arr customerSince } }
      }
    }`,
    variables: () => ({ first: PAGE }),
    returned: connectionAt('accounts'),
  },
  asOfPage(
    'portfolioThreadingRisk',
    `totalCount totalArr arrAtHighRisk riskWeightedArr
        byLevel { level accounts arr }
        edges { node { score level arr riskWeightedArr dataGaps account { id name } } }`,
  ),
  {
    label: 'portfolioWhitespace',
    field: 'portfolioWhitespace',
    document: `query ($first: Int!) {
      portfolioWhitespace(first: $first) {
        totalCount
        edges { node {
          totals { whitespaceValue openValue competitorValue }
          peerBasis peerCount
          topCells { rank rowName status value product { name } }
          account { id name }
        } }
      }
    }`,
    variables: () => ({ first: PAGE }),
    returned: connectionAt('portfolioWhitespace'),
  },
  asOfPage(
    'portfolioExpansionSignals',
    `totalCount
        edges { node { signals { kind summary observedAt stakeholders { name reasons } } account { id name } } }`,
  ),
  asOfPage(
    'portfolioChurnIndicators',
    `totalCount
        edges { node { indicators { kind began summary stakeholders { name reasons } } account { id name } } }`,
  ),
  // The same two pages asking for one evidence list too: they read and parse the full stored
  // explanation (what every page did before round 4), the rows above the compact summary.
  {
    ...asOfPage(
      'portfolioExpansionSignals',
      `totalCount
        edges { node { signals { kind summary observedAt stakeholders { name reasons }
          capacity { snapshots { date } } } account { id name } } }`,
    ),
    label: 'portfolioExpansionSignals (evidence)',
  },
  {
    ...asOfPage(
      'portfolioChurnIndicators',
      `totalCount
        edges { node { indicators { kind began summary stakeholders { name reasons }
          usageDecline { snapshots { date } } } account { id name } } }`,
    ),
    label: 'portfolioChurnIndicators (evidence)',
  },
  asOfPage(
    'portfolioHealth',
    `totalCount
        edges { node {
          accountId accountName score band missingInputs
          components { name weight rawScore contribution }
          redFlags { code message }
        } }`,
  ),
  {
    label: 'revenueRetention (portfolio)',
    field: 'revenueRetention',
    document: `query ($first: Int!, $from: LocalDate, $to: LocalDate) {
      revenueRetention(from: $from, to: $to) {
        baseAccounts startingArr endingArr expansion contraction churn newArr
        netRevenueRetention grossRevenueRetention
        bySegment { segment netRevenueRetention grossRevenueRetention }
        accounts(first: $first) { totalCount edges { node { accountId accountName movement startingArr endingArr } } }
      }
    }`,
    variables: (asOf) => ({ first: PAGE, from: yearBefore(asOf), to: asOf }),
    returned: connectionAt('revenueRetention', 'accounts'),
  },
  // The portfolio row asking for each account's subscriptions too: since round 5 the same statement
  // as the row above, reading the page's accounts' subscriptions besides (every subscription in
  // scope before round 5).
  {
    label: 'revenueRetention (portfolio, evidence)',
    field: 'revenueRetention',
    document: `query ($first: Int!, $from: LocalDate, $to: LocalDate) {
      revenueRetention(from: $from, to: $to) {
        baseAccounts startingArr endingArr expansion contraction churn newArr
        netRevenueRetention grossRevenueRetention
        bySegment { segment netRevenueRetention grossRevenueRetention }
        accounts(first: $first) { totalCount edges { node { accountId accountName movement startingArr endingArr
          evidence { subscriptionId arrAtStart arrAtEnd } } } }
      }
    }`,
    variables: (asOf) => ({ first: PAGE, from: yearBefore(asOf), to: asOf }),
    returned: connectionAt('revenueRetention', 'accounts'),
  },
  {
    label: 'revenueRetention (ENTERPRISE)',
    field: 'revenueRetention',
    document: `query ($first: Int!, $from: LocalDate, $to: LocalDate) {
      revenueRetention(from: $from, to: $to, segment: ENTERPRISE) {
        baseAccounts startingArr endingArr netRevenueRetention grossRevenueRetention
        accounts(first: $first) { totalCount edges { node { accountId accountName movement startingArr endingArr } } }
      }
    }`,
    variables: (asOf) => ({ first: PAGE, from: yearBefore(asOf), to: asOf }),
    returned: connectionAt('revenueRetention', 'accounts'),
  },
  // Stored by the score worker since round 3 (it was computed per request and ran for minutes).
  asOfPage(
    'portfolioExpansionOpportunities',
    `totalCount
        edges { node {
          id accountId accountName expansionType status summary missing
          product { name }
          size { value method seats }
          readiness { met } intent { met }
          businessCase { statement }
          stakeholders { name reasons }
        } }`,
  ),
];
