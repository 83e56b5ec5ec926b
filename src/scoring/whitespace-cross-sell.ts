import type { WhitespaceConfig } from '../config/analytics/whitespace';
import type { BehaviouralPeerRow, CoOwnershipRow } from '../domain/whitespace-facts';
import { round } from './score-parts';
import type { PeerRef } from './whitespace-peers';
import type { WhitespaceProduct } from './whitespace-sizing';

export type { BehaviouralPeerRow, CoOwnershipRow };

/**
 * Cross-sell: which products an account should buy next, by what accounts like it bought.
 *
 * Three parts, each in 0…1, blended by the configured weights (`whitespace.crossSell.weights`):
 *   behaviouralPeers   the account's nearest accounts by owned products (cosine over owned
 *                      products, computed in Cypher: cypher/whitespace/behavioural-peers.cypher);
 *                      the part is the similarity-weighted share of them owning the product;
 *   coOwnership        "owners of X also own Y" over the products X the account owns:
 *                      Σ_X both(X, Y) / √(owners(X) × owners(Y)) (cypher/whitespace/co-ownership.cypher),
 *                      scaled so the best candidate product is 1;
 *   firmographicPeers  the share of the firmographic peer group (industry, segment, size; the whole
 *                      portfolio when firmographics are missing) owning it: popularity among
 *                      look-alikes, the prior when behaviour says little.
 * An account owns a product through an active subscription or a won purchase; owned products are
 * never open cells, so never recommended. Each recommendation cites its supporting peers and co-owned products.
 */

export interface AccountBehaviour {
  peers: readonly BehaviouralPeerRow[];
  coOwnership: readonly CoOwnershipRow[];
}

export interface CrossSellPart {
  value: number;
  weight: number;
  contribution: number;
}

export interface SupportingPeer {
  peer: PeerRef;
  /** Cosine similarity of owned products, 0…1. */
  similarity: number;
  /** The products it shares with the account. */
  sharedProducts: WhitespaceProduct[];
}

export interface CoOwnedProduct {
  /** A product the account owns. */
  product: WhitespaceProduct;
  /** Other accounts owning both it and the recommended product. */
  accountsWithBoth: number;
  /** Other accounts owning it. */
  owners: number;
  /** accountsWithBoth / owners: how often its owners also own the recommended product. */
  confidence: number;
}

export interface CrossSellScore {
  productId: string;
  /** Σ weight × part. */
  score: number;
  behaviouralPeers: CrossSellPart;
  coOwnership: CrossSellPart;
  firmographicPeers: CrossSellPart;
  /** Behavioural peers owning the product, most similar first (at most `maxEvidence`). */
  supportingPeers: SupportingPeer[];
  /** Behavioural peers owning it beyond those cited. */
  moreSupportingPeers: number;
  /** Owned products whose owners also own it, strongest first (at most `maxEvidence`). */
  coOwnedProducts: CoOwnedProduct[];
}

export interface CrossSellInput {
  /** Every product is scored; only open cells use their score, so owned products never rank. */
  products: readonly WhitespaceProduct[];
  behaviour: AccountBehaviour | null;
  /** Share of firmographic peers owning each product (null without peers). */
  firmographicAdoption: ReadonlyMap<string, number | null>;
}

const part = (value: number, weight: number): CrossSellPart => ({
  value: round(value),
  weight,
  contribution: round(value * weight),
});

export function crossSellScores(
  input: CrossSellInput,
  config: WhitespaceConfig['crossSell'],
): Map<string, CrossSellScore> {
  const byId = new Map(input.products.map((p) => [p.id, p]));
  const peers = input.behaviour?.peers ?? [];
  const totalSimilarity = peers.reduce((sum, p) => sum + p.similarity, 0);
  const coRows = input.behaviour?.coOwnership ?? [];
  const coRaw = new Map<string, number>();
  for (const row of coRows) {
    if (row.xOwners === 0 || row.yOwners === 0) continue;
    const lift = row.both / Math.sqrt(row.xOwners * row.yOwners);
    coRaw.set(row.productId, (coRaw.get(row.productId) ?? 0) + lift);
  }
  const coBest = Math.max(0, ...coRaw.values());
  const { weights } = config;

  const scores = new Map<string, CrossSellScore>();
  for (const product of input.products) {
    const owning = peers
      .filter((p) => p.ownedProductIds.includes(product.id))
      .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id));
    const behavioural =
      totalSimilarity > 0 ? owning.reduce((sum, p) => sum + p.similarity, 0) / totalSimilarity : 0;
    const co = coBest > 0 ? (coRaw.get(product.id) ?? 0) / coBest : 0;
    const firmographic = input.firmographicAdoption.get(product.id) ?? 0;
    const parts = {
      behaviouralPeers: part(behavioural, weights.behaviouralPeers),
      coOwnership: part(co, weights.coOwnership),
      firmographicPeers: part(firmographic, weights.firmographicPeers),
    };
    const coOwned = coRows
      .filter((r) => r.productId === product.id && r.both > 0 && byId.has(r.viaProductId))
      .map((r) => ({
        product: byId.get(r.viaProductId)!,
        accountsWithBoth: r.both,
        owners: r.xOwners,
        confidence: round(r.both / r.xOwners),
      }))
      .sort(
        (a, b) =>
          b.confidence - a.confidence ||
          b.accountsWithBoth - a.accountsWithBoth ||
          a.product.id.localeCompare(b.product.id),
      );
    scores.set(product.id, {
      productId: product.id,
      score: round(
        parts.behaviouralPeers.contribution +
          parts.coOwnership.contribution +
          parts.firmographicPeers.contribution,
      ),
      ...parts,
      supportingPeers: owning.slice(0, config.maxEvidence).map((p) => ({
        peer: peerRefOf(p),
        similarity: round(p.similarity),
        sharedProducts: p.sharedProductIds.flatMap((id) => byId.get(id) ?? []),
      })),
      moreSupportingPeers: Math.max(0, owning.length - config.maxEvidence),
      coOwnedProducts: coOwned.slice(0, config.maxEvidence),
    });
  }
  return scores;
}

function peerRefOf(row: BehaviouralPeerRow): PeerRef {
  const { id, name, industry, segment, employeeCount } = row;
  return { id, name, industry, segment, employeeCount };
}

/**
 * Item co-ownership for every account of a portfolio from its ownership lists, in one pass:
 * pair counts over each account's owned products (cost: accounts × owned² — linear in the
 * portfolio), then each account's (X owned, Y not owned) rows, as co-ownership.cypher gives them
 * for one account. The account itself is left out of every count.
 */
export function portfolioCoOwnership(
  owned: ReadonlyMap<string, ReadonlySet<string>>,
): (accountId: string) => CoOwnershipRow[] {
  const owners = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const products of owned.values()) {
    for (const x of products) {
      owners.set(x, (owners.get(x) ?? 0) + 1);
      const row = pairs.get(x) ?? new Map<string, number>();
      pairs.set(x, row);
      for (const y of products) if (y !== x) row.set(y, (row.get(y) ?? 0) + 1);
    }
  }
  return (accountId) => {
    const mine = owned.get(accountId) ?? new Set<string>();
    const rows: CoOwnershipRow[] = [];
    for (const x of mine) {
      for (const [y, both] of pairs.get(x) ?? []) {
        if (mine.has(y)) continue;
        // The account owns X but not Y: it is among X's owners, never among the pairs.
        rows.push({
          viaProductId: x,
          productId: y,
          both,
          xOwners: (owners.get(x) ?? 1) - 1,
          yOwners: owners.get(y) ?? 0,
        });
      }
    }
    return rows;
  };
}
