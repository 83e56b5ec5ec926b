import type { PlayKind } from '../domain/vocabulary';
import type { AccountHealth } from '../scoring/health-score';
import type { ExpansionBlock, ExpansionGate, SuccessCheck } from '../scoring/play-gate';
import type { Play } from '../scoring/play-steps';
import { money } from './markdown';

/**
 * The growth strategy the health gate allows: expand a green account successful with what it
 * owns, stabilise a yellow one, rescue a red one; a champion who just left puts the rescue first.
 */
export interface GrowthStrategy {
  motion: PlayKind;
  headline: string;
  rationale: string[];
  expansionAllowed: boolean;
  blockers: ExpansionBlock[];
  /** The opportunities the plan pursues now (ready to propose first), empty when expansion is held. */
  focusOpportunityIds: string[];
}

export interface StrategyInput {
  accountName: string;
  health: AccountHealth;
  success: SuccessCheck;
  gate: ExpansionGate;
  plays: readonly Play[];
  opportunities: readonly { id: string; ready: boolean; qualified: boolean; size: number | null }[];
}

export function growthStrategy(input: StrategyInput): GrowthStrategy {
  const { health, gate } = input;
  const first = input.plays[0];
  const motion: PlayKind = first?.kind ?? 'STABILISATION';
  const scored = health.score === null ? 'health unknown' : `${health.band} (health ${health.score})`;
  const rationale: string[] = [`${input.accountName} is ${scored}.`];
  if (health.redFlags.length > 0)
    rationale.push(`Red flags: ${health.redFlags.map((f) => f.message).join('; ')}.`);
  if (!input.success.successful && input.success.reasons.length > 0)
    rationale.push(`Not yet successful with what they own: ${input.success.reasons.join('; ')}.`);
  for (const play of input.plays) rationale.push(`${play.title}: ${play.why}`);

  const ranked = [...input.opportunities]
    .filter((o) => o.qualified)
    .sort(
      (a, b) =>
        Number(b.ready) - Number(a.ready) || (b.size ?? 0) - (a.size ?? 0) || a.id.localeCompare(b.id),
    );
  const focus = gate.allowed ? ranked.map((o) => o.id) : [];
  const ready = ranked.filter((o) => o.ready);
  if (gate.allowed) {
    rationale.push(
      ranked.length === 0
        ? 'No expansion signal qualifies yet (context, timing and an engaged person who cares): keep confirming value.'
        : `${ranked.length} qualified opportunities worth ${money(ranked.reduce((s, o) => s + (o.size ?? 0), 0))}, ${ready.length} ready to propose.`,
    );
  } else {
    rationale.push(`Expansion is held: ${gate.blockers.map((b) => b.message).join('; ')}.`);
  }

  const headline =
    first?.trigger === 'CHAMPION_DEPARTED'
      ? `Rescue the relationship first: ${first.why}`
      : motion === 'EXPANSION'
        ? `Expand: ${scored}, successful with what they own; ${ready.length > 0 ? `${ready.length} opportunities ready to propose` : 'qualify the signals before proposing'}.`
        : motion === 'RESCUE'
          ? `Rescue: ${scored}. Never an expansion play on a red account; stabilise first, then grow.`
          : `Stabilise before growing: ${scored}; fix what pulls the score down, then earn the expansion.`;
  return {
    motion,
    headline,
    rationale,
    expansionAllowed: gate.allowed,
    blockers: gate.blockers,
    focusOpportunityIds: focus,
  };
}
