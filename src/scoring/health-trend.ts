import type { HealthProfile } from '../config/analytics/health';
import type { HealthBand, HealthComponentName } from '../domain/vocabulary';
import { bandOf } from './health-score';
import { round } from './score-parts';

/** A health score as recorded on a day, with what is needed to re-weigh it later. */
export interface HealthSnapshot {
  id: string;
  accountId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  score: number | null;
  band: HealthBand | null;
  /** Fingerprint of the whole effective configuration. */
  configVersion: string;
  /** Fingerprint of everything but the weights and bands: equal means raw scores are comparable. */
  parametersVersion: string;
  bands: HealthProfile['bands'];
  components: {
    name: HealthComponentName;
    configuredWeight: number;
    weight: number;
    rawScore: number | null;
    contribution: number;
  }[];
  redFlagCodes: string[];
  missingInputs: string[];
  recordedAt: string;
}

export interface HealthConfigChange {
  previousConfigVersion: string;
  /** The previous snapshot's raw component scores could be re-weighed under this snapshot's configuration. */
  recomputed: boolean;
  /** The previous snapshot's inputs scored under this snapshot's configuration. */
  previousScoreUnderThisConfig: number | null;
  previousBandUnderThisConfig: HealthBand | null;
  /** Points of the change due to the configuration: previous under this config − previous as recorded. */
  configEffect: number | null;
  /** Points due to the customer: this score − previous under this config. */
  customerEffect: number | null;
  changedWeights: { component: HealthComponentName; from: number; to: number }[];
  bandsChanged: { from: HealthProfile['bands']; to: HealthProfile['bands'] } | null;
  explanation: string;
}

export interface HealthTrendPoint extends HealthSnapshot {
  /** Score change since the previous snapshot (null for the first or an unscored one). */
  change: number | null;
  /** The configuration differs from the previous snapshot's: part or all of `change` may be ours, not the customer's. */
  configChanged: boolean;
  configChange: HealthConfigChange | null;
}

/** Σ configured weight × raw over the components present, over their weight: a snapshot re-weighed. */
export function reweigh(
  components: HealthSnapshot['components'],
  weights: ReadonlyMap<HealthComponentName, number>,
): number | null {
  const present = components.filter((c) => c.rawScore !== null && (weights.get(c.name) ?? 0) > 0);
  const total = present.reduce((sum, c) => sum + (weights.get(c.name) ?? 0), 0);
  if (total === 0) return null;
  return Math.round(
    round(present.reduce((sum, c) => sum + (weights.get(c.name) ?? 0) * c.rawScore!, 0) / total, 6),
  );
}

/** What moved between two snapshots taken under different configurations, and how much of the move is ours. */
export function configChange(previous: HealthSnapshot, current: HealthSnapshot): HealthConfigChange {
  const weights = new Map(current.components.map((c) => [c.name, c.configuredWeight]));
  const changedWeights = previous.components
    .filter((c) => weights.has(c.name) && weights.get(c.name) !== c.configuredWeight)
    .map((c) => ({ component: c.name, from: c.configuredWeight, to: weights.get(c.name)! }));
  const bandsChanged =
    previous.bands.greenFrom !== current.bands.greenFrom ||
    previous.bands.yellowFrom !== current.bands.yellowFrom
      ? { from: previous.bands, to: current.bands }
      : null;
  const what = [
    ...changedWeights.map((w) => `${w.component} weight ${w.from} → ${w.to}`),
    ...(bandsChanged
      ? [
          `bands GREEN ≥ ${bandsChanged.from.greenFrom}, YELLOW ≥ ${bandsChanged.from.yellowFrom} → GREEN ≥ ${bandsChanged.to.greenFrom}, YELLOW ≥ ${bandsChanged.to.yellowFrom}`,
        ]
      : []),
  ];
  const head = `The configuration changed (${previous.configVersion} → ${current.configVersion})${what.length ? `: ${what.join(', ')}` : ''}.`;
  const base = {
    previousConfigVersion: previous.configVersion,
    changedWeights,
    bandsChanged,
  };
  const comparable = previous.parametersVersion === current.parametersVersion;
  const rescored = comparable ? reweigh(previous.components, weights) : null;
  if (rescored === null || previous.score === null || current.score === null) {
    return {
      ...base,
      recomputed: false,
      previousScoreUnderThisConfig: null,
      previousBandUnderThisConfig: null,
      configEffect: null,
      customerEffect: null,
      explanation: `${head} ${
        comparable
          ? 'One of the two snapshots has no score, so the change cannot be split.'
          : 'How components are computed changed too, so the previous inputs cannot be re-scored: part or all of this change may come from the configuration rather than the customer.'
      }`,
    };
  }
  const configEffect = rescored - previous.score;
  const customerEffect = current.score - rescored;
  return {
    ...base,
    recomputed: true,
    previousScoreUnderThisConfig: rescored,
    previousBandUnderThisConfig: bandOf(rescored, current.bands),
    configEffect,
    customerEffect,
    explanation: `${head} Under this configuration the previous snapshot's inputs score ${rescored} (recorded ${previous.score}): ${signed(configEffect)} points come from the configuration and ${signed(customerEffect)} from the customer.`,
  };
}

/** Snapshots oldest first, each compared with the one before it (`before`: the last one ahead of the range). */
export function healthTrend(
  before: HealthSnapshot | null,
  snapshots: readonly HealthSnapshot[],
): HealthTrendPoint[] {
  const sorted = [...snapshots].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.map((snapshot, i) => {
    const previous = i === 0 ? before : (sorted[i - 1] ?? null);
    const configChanged = previous !== null && previous.configVersion !== snapshot.configVersion;
    return {
      ...snapshot,
      change: previous?.score == null || snapshot.score === null ? null : snapshot.score - previous.score,
      configChanged,
      configChange: configChanged ? configChange(previous, snapshot) : null,
    };
  });
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}
