import { HEALTH_COMPONENTS, type HealthComponentName } from '../domain/vocabulary';
import { healthTrend, type HealthSnapshot } from './health-trend';

const snapshot = (
  date: string,
  score: number,
  weights: Record<HealthComponentName, number>,
  raw: Record<HealthComponentName, number | null>,
  versions: { config: string; parameters: string },
): HealthSnapshot => ({
  id: `hs-a-${date}`,
  accountId: 'a',
  date,
  score,
  band: score >= 80 ? 'GREEN' : score >= 50 ? 'YELLOW' : 'RED',
  configVersion: versions.config,
  parametersVersion: versions.parameters,
  bands: { greenFrom: 80, yellowFrom: 50 },
  components: HEALTH_COMPONENTS.map((name) => ({
    name,
    configuredWeight: weights[name],
    weight: 0,
    rawScore: raw[name],
    contribution: 0,
  })),
  redFlagCodes: [],
  missingInputs: [],
  recordedAt: `${date}T12:00:00.000Z`,
});

const oldWeights = { USAGE: 0.25, SUPPORT: 0.2, ENGAGEMENT: 0.2, CONTRACT: 0.15, SPONSOR: 0.2 };
const newWeights = { ...oldWeights, USAGE: 0.45 };
const raw = { USAGE: 40, SUPPORT: 60, ENGAGEMENT: 80, CONTRACT: 100, SPONSOR: null };

describe('healthTrend', () => {
  // Under the old weights (SPONSOR missing, present weight .8):
  //   (.25 × 40 + .2 × 60 + .2 × 80 + .15 × 100) / .8 = 53 / .8 = 66.25 → 66
  const first = snapshot('2026-10-01', 66, oldWeights, raw, { config: 'c1', parameters: 'p1' });
  const second = snapshot('2026-10-08', 66, oldWeights, raw, { config: 'c1', parameters: 'p1' });

  it('marks a point whose configuration differs and splits the change between configuration and customer', () => {
    const third = snapshot(
      '2026-10-15',
      60,
      newWeights,
      { ...raw, USAGE: 38 },
      { config: 'c2', parameters: 'p1' },
    );
    const [a, b, c] = healthTrend(null, [third, first, second]);
    expect([a!.change, a!.configChanged, b!.change, b!.configChanged]).toEqual([null, false, 0, false]);
    // The previous inputs under the new weights (present weight 1.0):
    //   .45 × 40 + .2 × 60 + .2 × 80 + .15 × 100 = 18 + 12 + 16 + 15 = 61
    // configuration: 61 − 66 = −5; customer: 60 − 61 = −1 (together the −6 change).
    expect(c!.change).toBe(-6);
    expect(c!.configChanged).toBe(true);
    expect(c!.configChange).toMatchObject({
      previousConfigVersion: 'c1',
      recomputed: true,
      previousScoreUnderThisConfig: 61,
      previousBandUnderThisConfig: 'YELLOW',
      configEffect: -5,
      customerEffect: -1,
      changedWeights: [{ component: 'USAGE', from: 0.25, to: 0.45 }],
      bandsChanged: null,
    });
    expect(c!.configChange!.explanation).toBe(
      "The configuration changed (c1 → c2): USAGE weight 0.25 → 0.45. Under this configuration the previous snapshot's inputs score 61 (recorded 66): -5 points come from the configuration and -1 from the customer.",
    );
  });

  it('flags without splitting when how components are computed changed', () => {
    const third = snapshot('2026-10-15', 60, oldWeights, raw, { config: 'c3', parameters: 'p2' });
    const [point] = healthTrend(second, [third]);
    expect(point!.change).toBe(-6);
    expect(point!.configChange).toMatchObject({
      recomputed: false,
      configEffect: null,
      customerEffect: null,
    });
    expect(point!.configChange!.explanation).toContain('cannot be re-scored');
  });
});
