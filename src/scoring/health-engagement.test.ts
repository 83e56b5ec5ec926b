import { DEFAULT_HEALTH_CONFIG } from '../config/analytics/health';
import { engagementHealth, type EngagementFacts } from './health-engagement';
import type { HealthAsOf } from './health-parts';
import type { KeyPerson } from './health-people';

const config = DEFAULT_HEALTH_CONFIG.engagement; // half-life 30 days; weights breadth .3, recency .3, threading .4
const asOf: HealthAsOf = { day: '2026-11-15', now: new Date('2026-11-16T00:00:00Z'), current: false };

const facts: EngagementFacts = {
  peopleKnown: 10,
  engaged: ['a', 'b', 'c'].map((id) => ({
    personId: id,
    name: id,
    strength: 60,
    lastTwoWayAt: '2026-10-17T00:00:00Z',
  })),
  breadthTarget: 6,
  lastTwoWay: { personId: 'a', name: 'a', at: '2026-10-17T00:00:00Z' },
  threading: { score: 40, level: 'MEDIUM', topContact: null },
  threadingGap: null,
};

const champion: KeyPerson = {
  id: 'p-c',
  name: 'Cleo Champion',
  title: 'Director',
  status: 'DEPARTED',
  startedAt: '2020-01-01',
  departedAt: '2026-10-28',
  managerId: null,
  roles: [{ role: 'CHAMPION', since: '2024-01-01', until: '2026-10-28' }],
  lastTwoWay: null,
};

describe('engagementHealth', () => {
  it('scores breadth, recency and threading risk', () => {
    const reading = engagementHealth(facts, [champion], asOf, config);
    // breadth 3 / 6 = .5; recency 30 days at a 30-day half-life = .5; threading 1 − 40/100 = .6
    // 100 × (.3 × .5 + .3 × .5 + .4 × .6) = 54
    expect(reading.rawScore).toBe(54);
    // The champion left 18 days before asOf, within 90.
    expect(reading.redFlags.map((f) => [f.code, f.message])).toEqual([
      ['CHAMPION_DEPARTED', 'Champion Cleo Champion left on 2026-10-28 (18 days ago)'],
    ]);
  });

  it('shares out the threading weight when it is not available', () => {
    const reading = engagementHealth(
      { ...facts, threading: null, threadingGap: 'no threading' },
      [],
      asOf,
      config,
    );
    // (.3 × .5 + .3 × .5) / .6 = .5 → 50
    expect(reading.rawScore).toBe(50);
    expect(reading.missing).toEqual([{ input: 'ENGAGEMENT.threading', reason: 'no threading' }]);
  });

  it('flags silence and single-threading', () => {
    const reading = engagementHealth(
      {
        ...facts,
        engaged: [],
        lastTwoWay: null,
        threading: { score: 80, level: 'HIGH', topContact: { personId: 'a', name: 'Ann', share: 0.9 } },
      },
      [],
      asOf,
      config,
    );
    // breadth 0, recency 0 (never), threading .2 → 100 × .4 × .2 = 8
    expect(reading.rawScore).toBe(8);
    expect(reading.redFlags.map((f) => f.code)).toEqual(['SINGLE_THREADED', 'NO_RECENT_TWO_WAY_CONTACT']);
  });

  it('is missing with nobody known at the account', () => {
    expect(engagementHealth({ ...facts, peopleKnown: 0 }, [], asOf, config).missing).toEqual([
      { input: 'ENGAGEMENT', reason: 'no people are known at this account on this day' },
    ]);
  });
});
