import type { Segment } from './vocabulary';

/** What the whitespace matrix knows about one account (or a peer, or a subsidiary). */
export interface WhitespaceAccountFacts {
  id: string;
  name: string;
  industry: string | null;
  segment: Segment | null;
  employeeCount: number | null;
  /** Set when the account is archived (portfolio-facts only): left out of the portfolio view. */
  archivedAt?: string | null;
  parentId: string | null;
  subsidiaryIds: string[];
  units: { id: string; name: string; headcount: number | null }[];
  /** Active subscriptions only. */
  subscriptions: {
    id: string;
    productId: string;
    businessUnitId: string | null;
    seats: number;
    arr: number;
  }[];
  /**
   * Won purchases of a product: WON opportunities (closed deals, imported order lines). With an
   * active subscription, what makes the account own the product.
   */
  purchases: {
    id: string;
    name: string;
    productId: string;
    amount: number | null;
    closeDate: string | null;
  }[];
  openOpportunities: { id: string; name: string; productId: string | null; amount: number | null }[];
  /** `businessUnitId` null: present in the whole account. */
  competitors: {
    competitorId: string;
    name: string;
    businessUnitId: string | null;
    since: string | null;
    productIds: string[];
  }[];
}

/** A nearest account by owned products, as behavioural-peers.cypher returns it. */
export interface BehaviouralPeerRow {
  id: string;
  name: string;
  industry: string | null;
  segment: Segment | null;
  employeeCount: number | null;
  similarity: number;
  sharedProductIds: string[];
  ownedProductIds: string[];
}

/** One (owned X, candidate Y) pair, as co-ownership.cypher returns it. */
export interface CoOwnershipRow {
  viaProductId: string;
  productId: string;
  /** Other accounts owning both X and Y. */
  both: number;
  /** Other accounts owning X. */
  xOwners: number;
  /** Other accounts owning Y. */
  yOwners: number;
}
