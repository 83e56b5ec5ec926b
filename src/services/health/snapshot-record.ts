import type { NewHealthSnapshot } from '../../repositories/health.repository';
import type { AccountHealth } from '../../scoring/health-score';
import type { EffectiveHealthConfig } from './config-version';

/** One day's health of one account as kept in the graph: enough to draw the trend and re-weigh it. */
export function toStoredSnapshot(
  health: AccountHealth,
  effective: Pick<EffectiveHealthConfig, 'configVersion' | 'parametersVersion'>,
): NewHealthSnapshot {
  return {
    id: `hs-${health.accountId}-${health.asOf}`,
    accountId: health.accountId,
    date: health.asOf,
    score: health.score,
    band: health.band,
    configVersion: effective.configVersion,
    parametersVersion: effective.parametersVersion,
    bands: health.bands,
    components: health.components.map((c) => ({
      name: c.name,
      configuredWeight: c.configuredWeight,
      weight: c.weight,
      rawScore: c.rawScore,
      contribution: c.contribution,
    })),
    redFlagCodes: [...new Set(health.redFlags.map((f) => f.code))],
    missingInputs: health.missingInputs,
  };
}
