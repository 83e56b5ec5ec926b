import { createHash } from 'node:crypto';
import type { HealthConfig, HealthProfile } from '../../config/analytics/health';
import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { ThreadingConfig } from '../../config/analytics/threading';
import type { Segment } from '../../domain/vocabulary';

/** JSON with keys sorted at every level, so equal configurations print equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex').slice(0, 12);
}

export interface EffectiveHealthConfig {
  profile: HealthProfile;
  /** Everything the score depends on: a different value means a different configuration. */
  configVersion: string;
  /** Everything but weights and bands: equal means raw component scores can be compared and re-weighed. */
  parametersVersion: string;
}

/**
 * The configuration an account is scored under (its segment's profile) and its fingerprints. The
 * relationship and threading settings are part of it: the engagement component is built on them.
 */
export function effectiveHealthConfig(
  config: HealthConfig,
  segment: Segment | null,
  relationships: RelationshipsConfig,
  threading: ThreadingConfig,
): EffectiveHealthConfig {
  const profile = segment === null ? config.profile : config.segments[segment];
  const parametersVersion = fingerprint({
    usage: config.usage,
    support: config.support,
    engagement: config.engagement,
    contract: config.contract,
    sponsor: config.sponsor,
    coverage: config.coverage,
    caps: config.caps,
    relationships,
    threading,
  });
  return { profile, parametersVersion, configVersion: fingerprint({ profile, parametersVersion }) };
}
