import { DEFAULT_WHITESPACE_CONFIG } from '../config/analytics/whitespace';
import type { BehaviouralPeerRow } from '../domain/whitespace-facts';
import { crossSellScores, portfolioCoOwnership } from './whitespace-cross-sell';

const product = (id: string) => ({ id, name: id, family: null, listPricePerSeat: null });
const peer = (id: string, similarity: number, owned: string[]): BehaviouralPeerRow => ({
  id,
  name: id,
  industry: null,
  segment: null,
  employeeCount: null,
  similarity,
  sharedProductIds: ['a'],
  ownedProductIds: owned,
});
const config = DEFAULT_WHITESPACE_CONFIG.crossSell;

describe('crossSellScores', () => {
  it('blends behavioural peers, co-ownership and firmographic adoption by the configured weights', () => {
    const scores = crossSellScores(
      {
        products: ['a', 'n', 'p'].map(product),
        behaviour: {
          peers: [peer('s1', 0.8, ['a', 'n']), peer('c1', 0.2, ['a', 'p'])],
          coOwnership: [
            { viaProductId: 'a', productId: 'n', both: 2, xOwners: 4, yOwners: 2 },
            { viaProductId: 'a', productId: 'p', both: 2, xOwners: 4, yOwners: 8 },
          ],
        },
        firmographicAdoption: new Map([
          ['n', 0.25],
          ['p', 0.75],
        ]),
      },
      config,
    );
    const n = scores.get('n')!;
    // Behaviour 0.8 / 1.0; co-ownership 2/√8 is the best (1), p's 2/√32 is half of it.
    expect(n.behaviouralPeers).toEqual({ value: 0.8, weight: 1, contribution: 0.8 });
    expect(n.coOwnership).toEqual({ value: 1, weight: 0.2, contribution: 0.2 });
    expect(n.firmographicPeers).toEqual({ value: 0.25, weight: 0.1, contribution: 0.025 });
    expect(n.score).toBe(1.025);
    expect(scores.get('p')!.score).toBe(0.375);
    expect(n.supportingPeers.map((s) => s.peer.id)).toEqual(['s1']);
    expect(n.coOwnedProducts).toEqual([
      { product: product('a'), accountsWithBoth: 2, owners: 4, confidence: 0.5 },
    ]);
  });

  it('falls back to the firmographic part alone without behaviour', () => {
    const scores = crossSellScores(
      { products: [product('x')], behaviour: null, firmographicAdoption: new Map([['x', 0.5]]) },
      config,
    );
    expect(scores.get('x')).toMatchObject({ score: 0.05, supportingPeers: [], coOwnedProducts: [] });
  });
});

describe('portfolioCoOwnership', () => {
  it('counts pairs once over the portfolio, leaving the account itself out', () => {
    const rowsOf = portfolioCoOwnership(
      new Map([
        ['me', new Set(['a'])],
        ['u', new Set(['a', 'b'])],
        ['v', new Set(['a', 'b', 'c'])],
        ['w', new Set(['b'])],
      ]),
    );
    expect(rowsOf('me')).toEqual([
      { viaProductId: 'a', productId: 'b', both: 2, xOwners: 2, yOwners: 3 },
      { viaProductId: 'a', productId: 'c', both: 1, xOwners: 2, yOwners: 1 },
    ]);
  });
});
