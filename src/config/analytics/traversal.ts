/** Bounded traversals for analysts (`src/services/traversal/`). */
export interface TraversalConfig {
  /** Deepest neighbourhood or influence reach asked for; the API refuses more (never above 3). */
  maxDepth: number;
  /** A neighbourhood stops growing at this many people and says it was cut short. */
  maxNodes: number;
  /** Longest shortest path searched for (hops). */
  maxPathLength: number;
  /** Longest influence chain a strongest path may take (hops, never above 4). */
  maxInfluenceChain: number;
  /** Extra damping per hop after the first, on top of the product of weights (1 = none). */
  hopDecay: number;
  /** Influence weaker than this (after the product and damping) is not counted as reach. */
  minReachStrength: number;
  /** Each traversal query's time limit; the lower of this and QUERY_TIMEOUT_SECONDS applies. */
  timeoutSeconds: number;
}

/** Hard ceilings written into the Cypher files (variable-length bounds cannot be parameters). */
export const TRAVERSAL_HARD_LIMITS = { depth: 3, influenceChain: 4 } as const;

export const DEFAULT_TRAVERSAL_CONFIG: TraversalConfig = {
  maxDepth: 3,
  maxNodes: 2000,
  maxPathLength: 6,
  maxInfluenceChain: 4,
  hopDecay: 1,
  minReachStrength: 0.01,
  timeoutSeconds: 10,
};

/** The time limit traversal queries run under, in milliseconds. */
export function traversalTimeoutMs(queryTimeoutSeconds: number, config: TraversalConfig): number {
  return Math.min(queryTimeoutSeconds, config.timeoutSeconds) * 1000;
}
