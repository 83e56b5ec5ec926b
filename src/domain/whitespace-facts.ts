import type { Segment } from './vocabulary';

/** What the whitespace matrix knows about one account (or a peer, or a subsidiary). */
export interface WhitespaceAccountFacts {
  id: string;
  name: string;
  industry: string | null;
  segment: Segment | null;
  employeeCount: number | null;
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
