import type { HealthProfile } from '../config/analytics/health';
import {
  HEALTH_COMPONENTS,
  type HealthBand,
  type HealthComponentName,
  type HealthState,
  type Segment,
} from '../domain/vocabulary';
import { departureFlags, worseBand, type BandCap } from './health-caps';
import type {
  ComponentReading,
  HealthEvidence,
  HealthInput,
  HealthRedFlag,
  MissingInput,
} from './health-parts';
import { round } from './score-parts';

export interface HealthComponent {
  name: HealthComponentName;
  /** The weight configuration gives it (segment profile). */
  configuredWeight: number;
  /** Its share of the score once missing components' weight is shared out (0 when missing); present ones add up to 1. */
  weight: number;
  /** 0..100, null when missing. */
  rawScore: number | null;
  /** Whole points of the score it brings; the components' contributions add up to the score exactly. */
  contribution: number;
  missing: boolean;
  inputs: HealthInput[];
  evidence: HealthEvidence[];
  missingInputs: MissingInput[];
}

export interface AccountHealth {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  /** `YYYY-MM-DD`. */
  asOf: string;
  /** 0..100 whole points; null when too little of the weight has data (state INSUFFICIENT_DATA). */
  score: number | null;
  /** SCORED, or INSUFFICIENT_DATA when coverage is below the configured minimum share. */
  state: HealthState;
  /** Σ configured weight of the components that could be computed / Σ configured weight, 0..1. */
  coverage: number;
  /** The minimum coverage for a score (health.coverage.minShare). */
  minCoverage: number;
  /** What the known components would score, even when there is too little data to give a score. */
  provisionalScore: number | null;
  /** The band of the score before any cap. */
  uncappedBand: HealthBand | null;
  /** The rules that hold the band down (a recent departure with nobody engaged in the seat, a frustrated customer). */
  bandCaps: BandCap[];
  /** When a cap lowered the band: "Health 87 would be GREEN; capped at YELLOW: …" (the cap is not a red flag of its own). */
  bandCapNote: string | null;
  /** Σ weight × rawScore before rounding. */
  exactScore: number | null;
  band: HealthBand | null;
  bands: HealthProfile['bands'];
  /** Fingerprint of the configuration the score was computed under. */
  configVersion: string;
  components: HealthComponent[];
  redFlags: HealthRedFlag[];
  /** Every missing component or input, as `COMPONENT[.input]: reason`. */
  missingInputs: string[];
}

export interface AccountHealthInput {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  readings: Record<HealthComponentName, ComponentReading>;
  /** Departure caps (computed from the people); sentiment caps are derived from the red flags by `sentimentCapsOf`. */
  caps?: BandCap[];
  sentimentCapsOf?: (redFlags: readonly HealthRedFlag[]) => BandCap[];
}

export interface HealthRules {
  /** health.coverage.minShare. */
  minCoverage: number;
}

export function bandOf(score: number, bands: HealthProfile['bands']): HealthBand {
  return score >= bands.greenFrom ? 'GREEN' : score >= bands.yellowFrom ? 'YELLOW' : 'RED';
}

/**
 * Whole numbers that add up to `Math.round(Σ values)`, each the floor of its value plus one for
 * the largest remainders (ties to the earlier): the largest-remainder method.
 */
export function apportion(values: readonly number[]): number[] {
  const exact = values.map((v) => round(v, 6));
  const target = Math.round(
    round(
      exact.reduce((sum, v) => sum + v, 0),
      6,
    ),
  );
  const floors = exact.map(Math.floor);
  let left = target - floors.reduce((sum, v) => sum + v, 0);
  const order = exact
    .map((v, i) => ({ i, remainder: v - Math.floor(v) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const result = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left -= 1;
  }
  return result;
}

/**
 * One score from the five components:
 *
 *   weight_c  = configured_c / Σ configured over the components that could be computed
 *   score     = round(Σ weight_c × rawScore_c)
 *   band      = GREEN from bands.greenFrom, YELLOW from bands.yellowFrom, else RED
 *
 * A missing component is named and its weight shared out in proportion; it is never counted as 0
 * or as healthy. Contributions are apportioned so they add up to the rounded score exactly.
 */
/** Flags of a departure that a departure cap restates (KEY_ROLE_DEPARTED): folded into it. */
const DEPARTURE_FLAG_CODES: ReadonlySet<string> = new Set(['CHAMPION_DEPARTED', 'SPONSOR_DEPARTED']);

export function accountHealth(
  input: AccountHealthInput,
  profile: HealthProfile,
  asOfDay: string,
  configVersion: string,
  rules: HealthRules = { minCoverage: 0 },
): AccountHealth {
  const present = HEALTH_COMPONENTS.filter(
    (name) => input.readings[name].rawScore !== null && profile.weights[name] > 0,
  );
  const total = present.reduce((sum, name) => sum + profile.weights[name], 0);
  const weightOf = (name: HealthComponentName): number =>
    present.includes(name) ? profile.weights[name] / total : 0;
  const exact = HEALTH_COMPONENTS.map((name) => weightOf(name) * (input.readings[name].rawScore ?? 0));
  const configuredTotal = HEALTH_COMPONENTS.reduce((sum, name) => sum + profile.weights[name], 0);
  const coverage = configuredTotal > 0 ? total / configuredTotal : 0;
  // Missing data is said, not scored: below the minimum share there is no score and no band.
  const sufficient = present.length > 0 && coverage >= rules.minCoverage;
  const apportioned = apportion(exact);
  const provisionalScore = present.length === 0 ? null : apportioned.reduce((sum, c) => sum + c, 0);
  const contributions = sufficient ? apportioned : apportioned.map(() => 0);
  const score = sufficient ? provisionalScore : null;
  const flags = HEALTH_COMPONENTS.flatMap((name) => input.readings[name].redFlags);
  const caps = [...(input.caps ?? []), ...(input.sentimentCapsOf?.(flags) ?? [])];
  const uncappedBand = score === null ? null : bandOf(score, profile.bands);
  const band =
    uncappedBand === null ? null : caps.reduce((b, cap) => worseBand(b, cap.maxBand), uncappedBand);
  // One red flag per fact: a departure that caps the band is its KEY_ROLE_DEPARTED flag (with the
  // cap and the successors), not also CHAMPION_DEPARTED / SPONSOR_DEPARTED; their evidence joins it.
  const capFlags: HealthRedFlag[] = departureFlags(caps);
  const cappedPeople = new Set(
    capFlags.flatMap((f) => f.evidence.filter((e) => e.kind === 'PERSON').map((e) => e.id)),
  );
  const folded = (f: HealthRedFlag) =>
    DEPARTURE_FLAG_CODES.has(f.code) &&
    f.evidence.length > 0 &&
    f.evidence.every((e) => e.kind !== 'PERSON' || cappedPeople.has(e.id));
  const redFlags = [
    ...flags.filter((f) => !folded(f)),
    ...capFlags.map((cap) => ({
      ...cap,
      evidence: [...cap.evidence, ...flags.filter(folded).flatMap((f) => f.evidence)].filter(
        (e, i, all) => all.findIndex((o) => o.kind === e.kind && o.id === e.id) === i,
      ),
    })),
  ];
  let bandCapNote: string | null = null;
  if (band !== null && uncappedBand !== null && band !== uncappedBand) {
    const binding = caps.filter((c) => c.maxBand === band);
    bandCapNote = `Health ${score} would be ${uncappedBand}; capped at ${band}: ${binding.map((c) => c.message).join('; ')}`;
  }

  const components = HEALTH_COMPONENTS.map((name, i): HealthComponent => {
    const reading = input.readings[name];
    const missing = reading.rawScore === null;
    const missingInputs =
      missing || profile.weights[name] > 0
        ? reading.missing
        : [...reading.missing, { input: name, reason: 'weighted 0 in this configuration' }];
    return {
      name,
      configuredWeight: profile.weights[name],
      weight: round(weightOf(name), 4),
      rawScore: reading.rawScore,
      contribution: contributions[i] ?? 0,
      missing,
      inputs: reading.inputs,
      evidence: reading.evidence,
      missingInputs,
    };
  });
  return {
    accountId: input.accountId,
    accountName: input.accountName,
    segment: input.segment,
    asOf: asOfDay,
    score,
    state: sufficient ? 'SCORED' : 'INSUFFICIENT_DATA',
    coverage: round(coverage, 4),
    minCoverage: rules.minCoverage,
    provisionalScore,
    uncappedBand,
    bandCaps: caps,
    bandCapNote,
    exactScore: !sufficient
      ? null
      : round(
          exact.reduce((sum, v) => sum + v, 0),
          2,
        ),
    band,
    bands: profile.bands,
    configVersion,
    components,
    redFlags,
    missingInputs: [
      ...components.flatMap((c) => c.missingInputs.map((m) => `${m.input}: ${m.reason}`)),
      ...(sufficient || present.length === 0
        ? []
        : [
            `COVERAGE: only ${Math.round(coverage * 100)}% of the weight has data, below the ${Math.round(rules.minCoverage * 100)}% a score needs`,
          ]),
    ],
  };
}
