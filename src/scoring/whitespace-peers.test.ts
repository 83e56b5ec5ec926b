import { DEFAULT_WHITESPACE_CONFIG } from '../config/analytics/whitespace';
import { peerPools, peerProductEvidence, selectPeers, type WhitespaceAccountFacts } from './whitespace-peers';
import { sizeCell } from './whitespace-sizing';

const facts = (
  id: string,
  industry: string | null,
  employeeCount: number | null,
  subscriptions: WhitespaceAccountFacts['subscriptions'] = [],
  extra: Partial<WhitespaceAccountFacts> = {},
): WhitespaceAccountFacts => ({
  id,
  name: id,
  industry,
  segment: 'SMB',
  employeeCount,
  parentId: null,
  subsidiaryIds: [],
  units: [],
  subscriptions,
  purchases: [],
  openOpportunities: [],
  competitors: [],
  ...extra,
});
const sub = (id: string, productId: string, seats: number, arr: number) => ({
  id,
  productId,
  businessUnitId: null,
  seats,
  arr,
});

describe('selectPeers', () => {
  const me = facts('me', 'Retail', 100, [], { subsidiaryIds: ['child'] });
  const config = DEFAULT_WHITESPACE_CONFIG.peers;

  it('uses the tightest definition with enough peers and never the account’s own group', () => {
    const candidates = [
      me,
      facts('a', 'Retail', 60),
      facts('b', 'Retail', 200),
      facts('c', 'Retail', 90),
      facts('child', 'Retail', 100, [], { parentId: 'me' }),
    ];
    // 60, 200 and 90 are within ×2 of 100; the subsidiary is not a peer.
    expect(selectPeers(me, candidates, config).peers.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps at most maxPeers, the nearest in size, whether from candidates or portfolio pools', () => {
    const sizes = [50, 60, 70, 80, 90, 110, 120, 130, 140, 150, 190];
    const others = sizes.map((n) => facts(`p${n}`, 'Retail', n));
    const bounded = { ...config, maxPeers: 4 };
    // Nearest to 100 by ratio: 90 (×1.11), 110 (×1.1), 80 (×1.25), 120 (×1.2).
    const nearest = ['p110', 'p120', 'p80', 'p90'];
    expect(selectPeers(me, others, bounded).peers.map((p) => p.id)).toEqual(nearest);
    const pool = peerPools([me, ...others])(me);
    expect(selectPeers(me, [], bounded, [], pool).peers.map((p) => p.id)).toEqual(nearest);
    // Unbounded, the size band (×2: 50 to 200) holds them all; 50 and 200 are at its edges.
    expect(selectPeers(me, [], config, [], pool).peers).toHaveLength(sizes.length);
  });

  it('skips definitions it cannot apply and widens, naming what it tried', () => {
    const unknownSize = facts('me', 'Retail', null);
    const group = selectPeers(
      unknownSize,
      [facts('a', 'Retail', 1), facts('b', 'Energy', 1), facts('c', 'Energy', 1)],
      config,
    );
    // No size: the size band cannot apply. Retail + SMB: 1 peer; Retail: 1; SMB: 3.
    expect(group.basis).toBe('SEGMENT');
    expect(group.widenedFrom).toEqual([
      { basis: 'INDUSTRY_SEGMENT', peers: 1 },
      { basis: 'INDUSTRY', peers: 1 },
    ]);
  });
});

describe('peer evidence and sizing', () => {
  it('says "unknown", not 0%, without peers', () => {
    const evidence = peerProductEvidence(
      { basis: 'PORTFOLIO', criteria: '', peers: [], widenedFrom: [] },
      'p',
    );
    expect(evidence).toMatchObject({
      peerCount: 0,
      adoptionRate: null,
      pricePerSeat: null,
      medianSpend: null,
    });
  });

  it('sizes at the peers’ median spend when the population is unknown, and says why', () => {
    const peers = [
      facts('a', 'X', 1, [sub('s1', 'p', 10, 1000)]),
      facts('b', 'X', 1, [sub('s2', 'p', 10, 3000)]),
      facts('c', 'X', 1, [sub('s3', 'p', 5, 2500)]),
    ];
    const evidence = peerProductEvidence({ basis: 'INDUSTRY', criteria: '', peers, widenedFrom: [] }, 'p');
    // Σ ARR 6,500 / Σ seats 25 = 260 a seat; spends 1,000, 2,500, 3,000: median 2,500.
    expect(evidence).toMatchObject({ adoptionRate: 1, pricePerSeat: 260, medianSpend: 2500 });
    const product = { id: 'p', name: 'P', family: null, listPricePerSeat: 300 };
    const unknown = sizeCell(
      { kind: 'UNIT', population: null, segment: 'SMB', seatsAlreadyCovered: 0 },
      product,
      evidence,
      DEFAULT_WHITESPACE_CONFIG,
    );
    expect(unknown).toMatchObject({
      method: 'PEER_MEDIAN_SPEND',
      seats: null,
      value: 2500,
      note: 'Unit headcount unknown: sized at what peers owning it pay (median)',
    });
    // Known population: SMB 0.4 × 50 = 20 seats × 260 (three peer subscriptions) = 5,200.
    const known = sizeCell(
      { kind: 'UNIT', population: 50, segment: 'SMB', seatsAlreadyCovered: 0 },
      product,
      evidence,
      DEFAULT_WHITESPACE_CONFIG,
    );
    expect(known).toMatchObject({ method: 'SEATS_TIMES_PEER_PRICE', seats: 20, value: 5200 });
    // Preferring list price: 20 × 300.
    const listFirst = {
      ...DEFAULT_WHITESPACE_CONFIG,
      pricing: { preferPeerPrice: false, minPeerSubscriptions: 2 },
    };
    expect(
      sizeCell(
        { kind: 'UNIT', population: 50, segment: 'SMB', seatsAlreadyCovered: 0 },
        product,
        evidence,
        listFirst,
      ),
    ).toMatchObject({
      method: 'SEATS_TIMES_LIST_PRICE',
      value: 6000,
    });
  });

  it('leaves a cell unsized when nothing can size it', () => {
    const evidence = peerProductEvidence(
      { basis: 'PORTFOLIO', criteria: '', peers: [], widenedFrom: [] },
      'p',
    );
    const product = { id: 'p', name: 'P', family: null, listPricePerSeat: null };
    expect(
      sizeCell(
        { kind: 'ACCOUNT', population: null, segment: null, seatsAlreadyCovered: 0 },
        product,
        evidence,
        DEFAULT_WHITESPACE_CONFIG,
      ),
    ).toMatchObject({
      method: null,
      value: null,
      note: 'Account employee count unknown and no peer owns the product: not sized',
    });
  });
});
