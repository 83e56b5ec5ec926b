import { DEFAULT_HEALTH_CONFIG } from '../config/analytics/health';
import { HEALTH_COMPONENTS, type HealthComponentName } from '../domain/vocabulary';
import type { ComponentReading } from './health-parts';
import { accountHealth, apportion, bandOf } from './health-score';

const reading = (rawScore: number | null, reason = 'not known'): ComponentReading => ({
  rawScore,
  inputs: [],
  evidence: [],
  missing: rawScore === null ? [{ input: 'X', reason }] : [],
  redFlags: [],
});

const readings = (raw: Record<HealthComponentName, number | null>) =>
  Object.fromEntries(HEALTH_COMPONENTS.map((c) => [c, reading(raw[c])])) as Record<
    HealthComponentName,
    ComponentReading
  >;

describe('apportion (largest remainder)', () => {
  it('hands the points lost to rounding to the largest remainders', () => {
    // 33.4 + 33.3 + 33.3 = 100; floors 33 + 33 + 33 = 99; the extra point goes to .4.
    expect(apportion([33.4, 33.3, 33.3])).toEqual([34, 33, 33]);
    // 0.5 + 0.5 = 1; a tie goes to the earlier one.
    expect(apportion([0.5, 0.5])).toEqual([1, 0]);
    // 12.6 + 0 + 7.7 = 20.3 → 20; floors 12 + 0 + 7 = 19; +1 to .7 (7.7).
    expect(apportion([12.6, 0, 7.7])).toEqual([12, 0, 8]);
  });

  it('always adds up to the rounded total', () => {
    // A fixed pseudo-random sequence (no Math.random): 500 sets of five values in 0..30.
    let x = 7;
    const next = () => (x = (x * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 500; n += 1) {
      const values = Array.from({ length: 5 }, () => next() * 30);
      const parts = apportion(values);
      expect(parts.reduce((s, v) => s + v, 0)).toBe(Math.round(values.reduce((s, v) => s + v, 0)));
      parts.forEach((p, i) => expect(Math.abs(p - values[i]!)).toBeLessThan(1));
    }
  });
});

describe('accountHealth', () => {
  const profile = DEFAULT_HEALTH_CONFIG.profile; // USAGE .3, SUPPORT .2, ENGAGEMENT .2, CONTRACT .15, SPONSOR .15; GREEN 80, YELLOW 50

  it('shares a missing component’s weight out in proportion and makes the contributions add up to the score', () => {
    const health = accountHealth(
      {
        accountId: 'a',
        accountName: 'A',
        segment: null,
        readings: readings({ USAGE: 80, SUPPORT: 55.5, ENGAGEMENT: 90, CONTRACT: null, SPONSOR: 33.33 }),
      },
      profile,
      '2026-11-15',
      'v1',
    );
    // CONTRACT is missing: present weights .3 + .2 + .2 + .15 = .85.
    // Shares: USAGE .3/.85 = .352941, SUPPORT and ENGAGEMENT .2/.85 = .235294, SPONSOR .15/.85 = .176471.
    // Exact: 80 × .352941 = 28.2353, 55.5 × .235294 = 13.0588, 90 × .235294 = 21.1765, 33.33 × .176471 = 5.8818
    // Σ = 68.3524 → score 68; floors 28 + 13 + 21 + 0 + 5 = 67, the extra point to SPONSOR (.8818).
    expect(health.score).toBe(68);
    expect(health.exactScore).toBe(68.35);
    expect(health.band).toBe('YELLOW');
    expect(health.components.map((c) => [c.name, c.weight, c.contribution, c.missing])).toEqual([
      ['USAGE', 0.3529, 28, false],
      ['SUPPORT', 0.2353, 13, false],
      ['ENGAGEMENT', 0.2353, 21, false],
      ['CONTRACT', 0, 0, true],
      ['SPONSOR', 0.1765, 6, false],
    ]);
    expect(health.components.reduce((s, c) => s + c.contribution, 0)).toBe(health.score);
    expect(health.missingInputs).toEqual(['X: not known']);
  });

  it('has no score (not 0, not healthy) when nothing can be computed', () => {
    const health = accountHealth(
      {
        accountId: 'a',
        accountName: 'A',
        segment: null,
        readings: readings({ USAGE: null, SUPPORT: null, ENGAGEMENT: null, CONTRACT: null, SPONSOR: null }),
      },
      profile,
      '2026-11-15',
      'v1',
    );
    expect(health.score).toBeNull();
    expect(health.band).toBeNull();
    expect(health.missingInputs).toHaveLength(5);
  });

  it('bands a score by the profile’s thresholds', () => {
    expect([
      bandOf(80, profile.bands),
      bandOf(79, profile.bands),
      bandOf(50, profile.bands),
      bandOf(49, profile.bands),
    ]).toEqual(['GREEN', 'YELLOW', 'YELLOW', 'RED']);
  });
});
