import type { StakeholderRole } from '../../domain/vocabulary';

/** Paths to power (`src/scoring/path-strength.ts`, `cypher/paths/candidate-paths.cypher`). */
export interface PathsConfig {
  /** Whom to reach when no target is named: the holders of these roles. */
  targetRoles: StakeholderRole[];
  /**
   * Longest route, counting the first hop from our team to their person. The Cypher file's
   * variable-length pattern has a fixed ceiling of 5 person-to-person hops (6 in all), so values
   * above 6 are capped there.
   */
  maxHops: number;
  /** Weight of a reporting line as a link (influence edges carry their own weight). */
  reportsToWeight: number;
  /** A relationship this weak (0..100) is no way in: it is not a first hop. */
  minRelationshipStrength: number;
  /** Routes returned per target when none is asked for, and the most that may be asked for. */
  defaultK: number;
  maxK: number;
  /** Candidate routes read from the graph at most; an answer that hit it says so. */
  maxCandidatePaths: number;
}

/** The Cypher pattern's fixed ceiling of person-to-person hops (see the .cypher file). */
export const PATH_HOP_CEILING = 6;

export const DEFAULT_PATHS_CONFIG: PathsConfig = {
  targetRoles: ['ECONOMIC_BUYER', 'DECISION_MAKER'],
  maxHops: 4,
  reportsToWeight: 0.5,
  minRelationshipStrength: 20,
  defaultK: 3,
  maxK: 10,
  maxCandidatePaths: 20_000,
};
