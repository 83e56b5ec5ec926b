import { DEFAULT_RELATIONSHIPS_CONFIG } from '../config/analytics/relationships';
import { accountStrength, relationshipStrength, trendInstants } from './relationship-strength';

// Defaults: half-life 90 days, lookback 365; type weights QBR 1, MEETING 0.9, CALL 0.6, EMAIL 0.3;
// direction OUTBOUND 0.2, INBOUND/MUTUAL 1; components recency 0.3, frequency 0.3, twoWay 0.2,
// depth 0.2; frequency half-saturation 4; share confidence 1; account = mean of the top 5 people.
const config = DEFAULT_RELATIONSHIPS_CONFIG;
const NOW = new Date('2026-12-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('relationshipStrength', () => {
  it('scores one mutual meeting 90 days old (one half-life)', () => {
    const s = relationshipStrength(
      [{ id: 'm', type: 'MEETING', direction: 'MUTUAL', occurredAt: daysAgo(90) }],
      NOW,
      config,
    );
    // decay = 0.5 → N = 0.5, T = 0.5, D = 0.5 × 0.9 = 0.45, recency = 0.5
    // frequency = 0.5 / 4.5 = 0.1111; twoWay = 0.5 / 1.5 = 0.3333; depth = 0.45 / 1.5 = 0.3
    // score = 100 × (0.3×0.5 + 0.3×0.1111 + 0.2×0.3333 + 0.2×0.3) = 100 × 0.31 = 31.0
    expect(s.score).toBe(31);
    expect(s.components.map((c) => [c.name, c.value, c.weight])).toEqual([
      ['RECENCY', 0.5, 0.3],
      ['FREQUENCY', 0.111, 0.3],
      ['TWO_WAY', 0.333, 0.2],
      ['DEPTH', 0.3, 0.2],
    ]);
    expect(s.inputs.contactVolume).toBe(0.45); // 0.5 × 0.9 × 1
    expect(s.interactions[0]).toMatchObject({ id: 'm', ageDays: 90, decay: 0.5, weight: 0.45 });
  });

  it('weighs depth, direction and age of each interaction', () => {
    const s = relationshipStrength(
      [
        { id: 'email', type: 'EMAIL', direction: 'OUTBOUND', occurredAt: daysAgo(0) },
        { id: 'call', type: 'CALL', direction: 'INBOUND', occurredAt: daysAgo(90) },
        { id: 'qbr', type: 'QBR', direction: 'MUTUAL', occurredAt: daysAgo(180) },
      ],
      NOW,
      config,
    );
    // decays 1, 0.5, 0.25 → N = 1.75
    // T = 1×0.2 + 0.5×1 + 0.25×1 = 0.95;  D = 1×0.3 + 0.5×0.6 + 0.25×1 = 0.85
    // recency = max(1×0.2, 0.5×1, 0.25×1) = 0.5 (the fresh email is our own outreach)
    // frequency = 1.75 / 5.75 = 0.3043; twoWay = 0.95 / 2.75 = 0.3455; depth = 0.85 / 2.75 = 0.3091
    // score = 100 × (0.15 + 0.0913 + 0.0691 + 0.0618) = 37.22 → 37.2
    expect(s.score).toBe(37.2);
    expect(s.components.map((c) => c.value)).toEqual([0.5, 0.304, 0.345, 0.309]);
    // weights: email 1×0.3×0.2 = 0.06, call 0.5×0.6 = 0.3, qbr 0.25×1 = 0.25; strongest first
    expect(s.interactions.map((i) => [i.id, i.weight])).toEqual([
      ['call', 0.3],
      ['qbr', 0.25],
      ['email', 0.06],
    ]);
    expect(s.inputs).toMatchObject({
      interactionCount: 3,
      decayedCount: 1.75,
      twoWayDecayed: 0.95,
      depthDecayed: 0.85,
      contactVolume: 0.61,
      lastInteractionAt: daysAgo(0),
      lastTwoWayAt: daysAgo(90),
    });
  });

  it('counts one-way outreach for little: the same email outbound and inbound', () => {
    const email = (direction: 'OUTBOUND' | 'INBOUND') =>
      relationshipStrength([{ id: 'e', type: 'EMAIL', direction, occurredAt: daysAgo(0) }], NOW, config)
        .score;
    // OUTBOUND: recency 0.2, frequency 1/5 = 0.2, twoWay 0.2/2 = 0.1, depth 0.3/2 = 0.15
    //   → 100 × (0.06 + 0.06 + 0.02 + 0.03) = 17
    // INBOUND: recency 1, twoWay 1/2 = 0.5 → 100 × (0.3 + 0.06 + 0.1 + 0.03) = 49
    expect(email('OUTBOUND')).toBe(17);
    expect(email('INBOUND')).toBe(49);
  });

  it('counts only what happened up to now and within the lookback, each interaction once', () => {
    const s = relationshipStrength(
      [
        { id: 'future', type: 'MEETING', direction: 'MUTUAL', occurredAt: '2026-12-02T00:00:00Z' },
        { id: 'too-old', type: 'MEETING', direction: 'MUTUAL', occurredAt: daysAgo(366) },
        { id: 'm', type: 'MEETING', direction: 'MUTUAL', occurredAt: daysAgo(90) },
        { id: 'm', type: 'MEETING', direction: 'MUTUAL', occurredAt: daysAgo(90) },
      ],
      NOW,
      config,
    );
    expect(s.interactions.map((i) => i.id)).toEqual(['m']);
    expect(s.score).toBe(31); // as the single meeting above
  });

  it('says so when there is no contact at all', () => {
    const s = relationshipStrength([], NOW, config);
    expect(s.score).toBe(0);
    expect(s.inputs.lastInteractionAt).toBeNull();
    expect(s.dataGaps).toEqual(['No interactions with our team in the 365 days to asOf']);
  });
});

describe('accountStrength', () => {
  it('is the mean of the five strongest people, missing ones counting 0', () => {
    const a = accountStrength(
      [
        { personId: 'a', score: 80 },
        { personId: 'b', score: 60 },
        { personId: 'c', score: 40 },
        { personId: 'd', score: 0 },
      ],
      config,
    );
    // (80 + 60 + 40 + 0 + 0) / 5 = 36
    expect(a).toEqual({
      score: 36,
      topPeople: 5,
      peopleInContact: 3,
      strongest: [
        { personId: 'a', score: 80 },
        { personId: 'b', score: 60 },
        { personId: 'c', score: 40 },
      ],
    });
  });
});

describe('trendInstants', () => {
  it('steps back from the end, oldest first', () => {
    expect(trendInstants(NOW, 3, 30).map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2026-10-02',
      '2026-11-01',
      '2026-12-01',
    ]);
  });
});
