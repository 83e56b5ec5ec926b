/**
 * The whitespace matrix (`src/scoring/whitespace*.ts`): which cells are worth selling into, how
 * big they are and which peers back them up.
 */
export interface WhitespaceConfig {
  /**
   * Share of the people who would use a product, by the account's segment (large companies
   * license a smaller share of their staff); `unknown` when the segment is not set. Seats =
   * round(people × this), people being a unit's headcount or the account's employees, so the
   * unit cells are a breakdown of the account-wide one.
   */
  adoptionRatio: { ENTERPRISE: number; MID_MARKET: number; SMB: number; unknown: number };
  pricing: {
    /** Price a seat at what peers actually pay (ARR / seats of their subscriptions) before list price. */
    preferPeerPrice: boolean;
    /** Peer subscriptions of the product needed before their price is trusted over list price. */
    minPeerSubscriptions: number;
  };
  eligibility: {
    /** A unit with fewer people than this is NOT_ELIGIBLE (too small to sell a unit deal into). */
    minUnitHeadcount: number;
    /**
     * A product of `family` is NOT_ELIGIBLE until the account (or subsidiary) owns a product of
     * `requiresFamily`: add-ons need the platform they run on.
     */
    prerequisites: { family: string; requiresFamily: string }[];
  };
  /**
   * Cross-sell ranking of open cells (see `src/scoring/whitespace-cross-sell.ts`): a blend of
   * what behaviourally similar accounts own, item co-ownership and the firmographic peers'
   * adoption rate. Every part is in 0…1; the score is Σ weight × part.
   */
  crossSell: {
    weights: {
      /** Similarity-weighted share of the nearest accounts by owned products that own it. */
      behaviouralPeers: number;
      /** "Owners of X also own Y": co-ownership with the products the account owns, scaled to the best. */
      coOwnership: number;
      /** Share of the firmographic peer group (industry, segment, size) owning it. */
      firmographicPeers: number;
    };
    /** Nearest accounts by owned products kept as behavioural peers. */
    behaviouralPeers: number;
    /** Peers and co-owned products cited per recommendation. */
    maxEvidence: number;
  };
  peers: {
    /** Similar size: employees within this factor either way (2 = from half to double). */
    sizeBandFactor: number;
    /** A peer group smaller than this is widened to the next, looser definition. */
    minPeers: number;
    /**
     * At most this many peers per account, the nearest in size: bounds the evidence read per
     * account, so the portfolio ranking grows linearly with the portfolio.
     */
    maxPeers: number;
  };
}

export const DEFAULT_WHITESPACE_CONFIG: WhitespaceConfig = {
  adoptionRatio: { ENTERPRISE: 0.06, MID_MARKET: 0.16, SMB: 0.4, unknown: 0.1 },
  pricing: { preferPeerPrice: true, minPeerSubscriptions: 2 },
  eligibility: {
    minUnitHeadcount: 20,
    prerequisites: [
      { family: 'Analytics', requiresFamily: 'Platform' },
      { family: 'Automation', requiresFamily: 'Platform' },
      { family: 'Security', requiresFamily: 'Platform' },
      { family: 'Services', requiresFamily: 'Platform' },
    ],
  },
  crossSell: {
    weights: { behaviouralPeers: 1, coOwnership: 0.2, firmographicPeers: 0.1 },
    behaviouralPeers: 20,
    maxEvidence: 5,
  },
  peers: { sizeBandFactor: 2, minPeers: 3, maxPeers: 100 },
};
