import type { PathsConfig } from '../config/analytics/paths';
import type { PathLinkKind } from '../domain/vocabulary';
import { round } from './score-parts';

/** A route between two of their people as the graph holds it, in the order walked. */
export interface CandidateRoute {
  people: { id: string; name: string }[];
  /** links[i] joins people[i] and people[i + 1], in whichever direction it is stored. */
  links: { kind: 'REPORTS_TO' | 'INFLUENCES'; fromId: string; toId: string; weight: number | null }[];
}

/** One of our team's relationships with one of their people: a way in. */
export interface TeamLink {
  teamMemberId: string;
  teamMemberName: string;
  personId: string;
  /** 0..100. */
  strength: number;
}

export interface PathHop {
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  kind: PathLinkKind;
  /** How the hop reads in the walking direction: knows, influences, is influenced by, reports to, manages. */
  relation: string;
  /** 0..1. */
  weight: number;
}

export interface PowerPath {
  targetId: string;
  /** Product of the hop weights. */
  strength: number;
  hops: PathHop[];
  weakestLink: PathHop;
  /** Who to ask for what. */
  introduction: string;
}

/**
 * The k strongest routes from our team to `targetId`. A route's strength is the PRODUCT of its
 * hop weights (relationship strength / 100, influence weight, or the configured reporting-line
 * weight): each hop is read as the chance it carries an introduction, so every extra hop costs
 * something, whereas the weakest link alone (a min) would rate a five-hop chain of 0.8s above a
 * direct 0.7. The weakest link is reported with every route. Ties go to fewer hops, then to the
 * stronger weakest link. Each route of people is taken with the strongest of our team who knows
 * its first person; routes that visit a person twice are dropped.
 */
export function strongestPaths(
  targetId: string,
  routes: readonly CandidateRoute[],
  teamLinks: readonly TeamLink[],
  k: number,
  config: PathsConfig,
): PowerPath[] {
  const bestWayIn = new Map<string, TeamLink>();
  for (const link of teamLinks) {
    if (link.strength < config.minRelationshipStrength) continue;
    const current = bestWayIn.get(link.personId);
    if (!current || link.strength > current.strength) bestWayIn.set(link.personId, link);
  }
  const paths: PowerPath[] = [];
  const seen = new Set<string>();
  for (const route of routes) {
    const first = route.people[0];
    const last = route.people[route.people.length - 1];
    if (!first || last?.id !== targetId) continue;
    // Two people can be linked twice (a reporting line and an influence tie): two routes.
    const key = [...route.people.map((p) => p.id), ...route.links.map((l) => l.kind)].join('>');
    if (seen.has(key) || new Set(route.people.map((p) => p.id)).size !== route.people.length) continue;
    const wayIn = bestWayIn.get(first.id);
    if (!wayIn) continue;
    seen.add(key);
    const hops: PathHop[] = [
      {
        fromId: wayIn.teamMemberId,
        fromName: wayIn.teamMemberName,
        toId: first.id,
        toName: first.name,
        kind: 'RELATIONSHIP',
        relation: 'knows',
        weight: round(wayIn.strength / 100),
      },
    ];
    route.links.forEach((link, i) => {
      const from = route.people[i]!;
      const to = route.people[i + 1]!;
      const forward = link.fromId === from.id;
      hops.push({
        fromId: from.id,
        fromName: from.name,
        toId: to.id,
        toName: to.name,
        kind: link.kind,
        relation: RELATION[link.kind][forward ? 0 : 1],
        weight: link.kind === 'REPORTS_TO' ? config.reportsToWeight : (link.weight ?? 0),
      });
    });
    const strength = hops.reduce((product, hop) => product * hop.weight, 1);
    const weakestLink = hops.reduce((weakest, hop) => (hop.weight < weakest.weight ? hop : weakest));
    paths.push({
      targetId,
      strength: round(strength, 4),
      hops,
      weakestLink,
      introduction: introduction(hops),
    });
  }
  return paths
    .sort(
      (a, b) =>
        b.strength - a.strength ||
        a.hops.length - b.hops.length ||
        b.weakestLink.weight - a.weakestLink.weight ||
        a.hops
          .map((h) => h.toId)
          .join()
          .localeCompare(b.hops.map((h) => h.toId).join()),
    )
    .slice(0, k);
}

const RELATION: Record<'REPORTS_TO' | 'INFLUENCES', [forward: string, backward: string]> = {
  REPORTS_TO: ['reports to', 'manages'],
  INFLUENCES: ['influences', 'is influenced by'],
};

function introduction(hops: readonly PathHop[]): string {
  const [first, second] = hops;
  const target = hops[hops.length - 1]!;
  if (!first) return '';
  if (!second) return `${first.fromName} already knows ${first.toName}: ask for time directly`;
  const via = hops
    .slice(1, -1)
    .map((h) => h.toName)
    .join(', then ');
  return `${first.fromName} asks ${first.toName} for an introduction to ${target.toName}${via ? ` (via ${via})` : ''}`;
}
