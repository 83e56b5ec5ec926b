import type { HealthComponentName, HealthEvidenceKind, HealthRedFlagCode } from '../domain/vocabulary';
import { DAY_MS, round } from './score-parts';

/** A graph record a health number rests on: which row, of which day, with which value. */
export interface HealthEvidence {
  kind: HealthEvidenceKind;
  id: string;
  /** `YYYY-MM-DD` or an ISO instant, when the record has one. */
  date: string | null;
  label: string;
  value: number | null;
}

/** One measured input of a component, and what it scored (0..1) within it. */
export interface HealthInput {
  name: string;
  value: number | null;
  unit: string;
  /** 0..1, or null for a fact shown for context only (it does not score). */
  score: number | null;
  /** Its share of the component (present inputs share 1), or null when it does not score. */
  weight: number | null;
  description: string;
}

export interface MissingInput {
  /** `COMPONENT.input`, or `COMPONENT` when the whole component is missing. */
  input: string;
  reason: string;
}

export interface HealthRedFlag {
  code: HealthRedFlagCode;
  component: HealthComponentName;
  message: string;
  evidence: HealthEvidence[];
}

/** What one component function returns: a 0..100 score (null when it cannot be computed) and its why. */
export interface ComponentReading {
  rawScore: number | null;
  inputs: HealthInput[];
  evidence: HealthEvidence[];
  missing: MissingInput[];
  redFlags: HealthRedFlag[];
}

/** An input that scores: null `score` means it is missing, with `missingReason` saying why. */
export interface SubScore {
  name: string;
  score: number | null;
  weight: number;
  value: number | null;
  unit: string;
  description: string;
  missingReason?: string;
}

/**
 * 100 × Σ weight·score / Σ weight over the inputs that could be measured: a missing input's
 * weight goes to the others in proportion to theirs, and is named. Null when none could be.
 */
export function weighSubScores(
  component: HealthComponentName,
  subs: readonly SubScore[],
): { rawScore: number | null; inputs: HealthInput[]; missing: MissingInput[] } {
  const present = subs.filter((s) => s.score !== null && s.weight > 0);
  const total = present.reduce((sum, s) => sum + s.weight, 0);
  const rawScore =
    total === 0 ? null : round((100 * present.reduce((sum, s) => sum + s.weight * s.score!, 0)) / total, 2);
  return {
    rawScore,
    inputs: subs.map((s) => ({
      name: s.name,
      value: s.value === null ? null : round(s.value, 4),
      unit: s.unit,
      score: s.score === null ? null : round(s.score, 4),
      weight: s.score === null || total === 0 ? null : round(s.weight / total, 4),
      description: s.description,
    })),
    missing: subs
      .filter((s) => s.score === null)
      .map((s) => ({ input: `${component}.${s.name}`, reason: s.missingReason ?? 'not known' })),
  };
}

/** A context-only fact: shown with the inputs, never scored. */
export function fact(name: string, value: number | null, unit: string, description: string): HealthInput {
  return {
    name,
    value: value === null ? null : round(value, 4),
    unit,
    score: null,
    weight: null,
    description,
  };
}

/** Whole days from `from` to `to` (ISO dates or instants); negative when `to` is earlier. */
export function daysBetween(from: string, to: string | Date): number {
  const end = typeof to === 'string' ? Date.parse(to) : to.getTime();
  return Math.floor((end - Date.parse(from)) / DAY_MS);
}

/** `day` moved by `days` (earlier when negative), as `YYYY-MM-DD`. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** When health is judged: the calendar day, the instant (its end, or now for today), and whether it is today. */
export interface HealthAsOf {
  day: string;
  now: Date;
  /** Today: current values with no date of their own (a subscription's seatsUsed) count as of now. */
  current: boolean;
}
