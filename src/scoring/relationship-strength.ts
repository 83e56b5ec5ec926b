import type { RelationshipsConfig } from '../config/analytics/relationships';
import {
  STRENGTH_COMPONENTS,
  type InteractionDirection,
  type InteractionType,
  type StrengthComponentName,
} from '../domain/vocabulary';
import { DAY_MS, round, weighScore, type ScoreComponent } from './score-parts';

export interface StrengthInteraction {
  id: string;
  type: InteractionType;
  direction: InteractionDirection;
  /** ISO instant. */
  occurredAt: string;
}

/** One interaction as it counted: how old, how much it decayed, and the weight it carried. */
export interface InteractionEvidence extends StrengthInteraction {
  ageDays: number;
  /** 0.5 ^ (ageDays / halfLifeDays). */
  decay: number;
  typeWeight: number;
  directionWeight: number;
  /** decay × typeWeight × directionWeight. */
  weight: number;
}

export interface RelationshipStrength {
  /** 0..100. */
  score: number;
  /** The instant strength was measured at; only interactions up to it count. */
  asOf: string;
  components: ScoreComponent<StrengthComponentName>[];
  inputs: {
    interactionCount: number;
    /** Σ decay: how many interactions, each discounted by its age. */
    decayedCount: number;
    /** Σ decay × directionWeight. */
    twoWayDecayed: number;
    /** Σ decay × typeWeight. */
    depthDecayed: number;
    /** Σ weight: the volume of contact, used for shares of an account's contact. */
    contactVolume: number;
    lastInteractionAt: string | null;
    /** The last inbound or mutual interaction: when they last talked with us. */
    lastTwoWayAt: string | null;
    halfLifeDays: number;
    lookbackDays: number;
  };
  /** Strongest first. */
  interactions: InteractionEvidence[];
  dataGaps: string[];
}

/**
 * Strength of a relationship, 0..100, from the interactions behind it (deduplicated by id) as
 * of `now`. Each interaction decays by half every `halfLifeDays`; with N = Σ decay,
 * T = Σ decay·directionWeight and D = Σ decay·typeWeight / max typeWeight:
 *
 *   recency   = max over interactions of decay·directionWeight (the freshest contact that counted)
 *   frequency = N / (N + frequencyHalfSaturation)
 *   twoWay    = T / (N + shareConfidence)
 *   depth     = D / (N + shareConfidence)
 *   score     = 100 × Σ componentWeight × component
 */
export function relationshipStrength(
  interactions: readonly StrengthInteraction[],
  now: Date,
  config: RelationshipsConfig,
): RelationshipStrength {
  const horizon = now.getTime() - config.lookbackDays * DAY_MS;
  const maxTypeWeight = Math.max(...Object.values(config.typeWeights), Number.EPSILON);
  const seen = new Set<string>();
  const evidence: InteractionEvidence[] = [];
  for (const interaction of interactions) {
    const at = Date.parse(interaction.occurredAt);
    if (seen.has(interaction.id) || at > now.getTime() || at < horizon) continue;
    seen.add(interaction.id);
    const ageDays = (now.getTime() - at) / DAY_MS;
    const decay = 0.5 ** (ageDays / config.halfLifeDays);
    const typeWeight = config.typeWeights[interaction.type];
    const directionWeight = config.directionWeights[interaction.direction];
    evidence.push({
      ...interaction,
      ageDays,
      decay,
      typeWeight,
      directionWeight,
      weight: decay * typeWeight * directionWeight,
    });
  }

  let decayedCount = 0;
  let twoWayDecayed = 0;
  let depthDecayed = 0;
  let contactVolume = 0;
  let recency = 0;
  let lastInteractionAt: string | null = null;
  let lastTwoWayAt: string | null = null;
  for (const e of evidence) {
    decayedCount += e.decay;
    twoWayDecayed += e.decay * e.directionWeight;
    depthDecayed += (e.decay * e.typeWeight) / maxTypeWeight;
    contactVolume += e.weight;
    recency = Math.max(recency, e.decay * e.directionWeight);
    if (lastInteractionAt === null || e.occurredAt > lastInteractionAt) lastInteractionAt = e.occurredAt;
    if (e.direction !== 'OUTBOUND' && (lastTwoWayAt === null || e.occurredAt > lastTwoWayAt)) {
      lastTwoWayAt = e.occurredAt;
    }
  }
  const w = config.componentWeights;
  const { score, components } = weighScore(
    STRENGTH_COMPONENTS,
    {
      RECENCY: recency,
      FREQUENCY: decayedCount / (decayedCount + config.frequencyHalfSaturation),
      TWO_WAY: twoWayDecayed / (decayedCount + config.shareConfidence),
      DEPTH: depthDecayed / (decayedCount + config.shareConfidence),
    },
    { RECENCY: w.recency, FREQUENCY: w.frequency, TWO_WAY: w.twoWay, DEPTH: w.depth },
    DESCRIPTIONS,
  );
  evidence.sort((a, b) => b.weight - a.weight || b.occurredAt.localeCompare(a.occurredAt));
  return {
    score,
    asOf: now.toISOString(),
    components,
    inputs: {
      interactionCount: evidence.length,
      decayedCount: round(decayedCount),
      twoWayDecayed: round(twoWayDecayed),
      depthDecayed: round(depthDecayed),
      contactVolume: round(contactVolume),
      lastInteractionAt,
      lastTwoWayAt,
      halfLifeDays: config.halfLifeDays,
      lookbackDays: config.lookbackDays,
    },
    interactions: evidence.map((e) => ({
      ...e,
      ageDays: round(e.ageDays, 2),
      decay: round(e.decay, 4),
      weight: round(e.weight, 4),
    })),
    dataGaps:
      evidence.length === 0
        ? [`No interactions with our team in the ${config.lookbackDays} days to asOf`]
        : [],
  };
}

const DESCRIPTIONS: Record<StrengthComponentName, string> = {
  RECENCY: 'Decayed weight of the freshest contact, one-way outreach discounted',
  FREQUENCY: 'Decayed number of interactions, saturating: n / (n + half-saturation)',
  TWO_WAY: 'Share of decayed contact that was inbound or mutual',
  DEPTH: 'Share of decayed contact weighted by kind (meeting/QBR over call over email)',
};

export interface AccountStrength {
  /** 0..100: the mean of the `topPeople` strongest people (fewer people count as 0). */
  score: number;
  topPeople: number;
  /** People with any strength above zero. */
  peopleInContact: number;
  strongest: { personId: string; score: number }[];
}

/** An account is as strong as the mean of its few strongest relationships: depth with one person is not breadth. */
export function accountStrength(
  people: readonly { personId: string; score: number }[],
  config: RelationshipsConfig,
): AccountStrength {
  const top = config.accountTopPeople;
  const ranked = people
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));
  const strongest = ranked.slice(0, top);
  const total = strongest.reduce((sum, p) => sum + p.score, 0);
  return {
    score: round(top > 0 ? total / top : 0, 1),
    topPeople: top,
    peopleInContact: ranked.length,
    strongest,
  };
}

/** `points` instants ending at `end`, `everyDays` apart, oldest first. */
export function trendInstants(end: Date, points: number, everyDays: number): Date[] {
  return Array.from(
    { length: points },
    (_, i) => new Date(end.getTime() - (points - 1 - i) * everyDays * DAY_MS),
  );
}
