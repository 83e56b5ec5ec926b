/** Pieces every explained score in this folder is made of. */

export interface ScoreComponent<N extends string> {
  name: N;
  /** 0..1. */
  value: number;
  weight: number;
  /** value × weight × 100 (over the sum of the weights, when they do not add up to 1): its share of the score. */
  points: number;
  description: string;
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Builds components and their weighted score (0..100) from raw values and weights. */
export function weighScore<N extends string>(
  names: readonly N[],
  values: Record<N, number>,
  weights: Record<N, number>,
  descriptions: Record<N, string>,
): { score: number; components: ScoreComponent<N>[] } {
  const total = names.reduce((sum, name) => sum + weights[name], 0) || 1;
  const components = names.map((name) => ({
    name,
    value: round(values[name]),
    weight: weights[name],
    points: round((values[name] * weights[name] * 100) / total, 2),
    description: descriptions[name],
  }));
  const score = names.reduce((sum, name) => sum + values[name] * weights[name], 0) * (100 / total);
  return { score: round(score, 1), components };
}

export const DAY_MS = 86_400_000;
