export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function lerp(from: number, to: number, t: number): number {
  return from + (to - from) * t;
}

/** Rounds to a few significant digits, the way revenue figures are quoted. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
