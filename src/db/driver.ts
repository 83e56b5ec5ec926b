import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username?: string;
  password?: string;
}

/** How long a transient failure is retried: the driver's managed writes and the executor's reads. */
export const MAX_TRANSACTION_RETRY_MS = 2_000;

/**
 * One driver per process. `neo4j://` URIs route reads to followers and writes to the leader of
 * a cluster or Aura; the embedded database is reached over plain `bolt://` with auth disabled.
 */
export function createDriver(options: DriverOptions): Driver {
  // No token at all for the embedded database, whose auth is off.
  const auth =
    options.username !== undefined ? neo4j.auth.basic(options.username, options.password ?? '') : undefined;
  return neo4j.driver(options.uri, auth, {
    userAgent: 'stakeholder-intelligence-api/0.1',
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    // Fail fast when the database is gone: a request learns it in seconds (then 503), not after
    // the default 30 s connect timeout and 30 s of transaction retries.
    connectionTimeout: 3_000,
    maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
  });
}

export type { Driver };
