import type { InfluenceChainRow } from '../../repositories/traversal.repository';

export interface ScoredChain extends InfluenceChainRow {
  /** Π weights × hopDecay^(hops − 1). */
  strength: number;
  hops: number;
  /** The link a warm introduction most depends on. */
  weakestLink: { fromId: string; toId: string; weight: number };
}

export interface ReachedPerson {
  personId: string;
  name: string;
  title: string | null;
  strength: number;
  hops: number;
  /** The strongest chain to them. */
  chain: ScoredChain;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

export function scoreChain(chain: InfluenceChainRow, hopDecay: number): ScoredChain {
  let strength = 1;
  let weakest = { fromId: '', toId: '', weight: Infinity };
  chain.links.forEach((link, i) => {
    strength *= link.weight;
    if (link.weight < weakest.weight) {
      weakest = {
        fromId: chain.people[i]?.id ?? '',
        toId: chain.people[i + 1]?.id ?? '',
        weight: link.weight,
      };
    }
  });
  const hops = chain.links.length;
  return { ...chain, strength: round(strength * hopDecay ** (hops - 1)), hops, weakestLink: weakest };
}

/** Strongest first; equal strength: fewer hops, then the ids along the way. */
export function compareChains(a: ScoredChain, b: ScoredChain): number {
  const ids = (c: ScoredChain) => c.people.map((p) => p.id).join('>');
  return b.strength - a.strength || a.hops - b.hops || ids(a).localeCompare(ids(b));
}

/** The `first` strongest chains between two people (product of influence weights, no damping). */
export function strongestChains(chains: readonly InfluenceChainRow[], first: number): ScoredChain[] {
  return chains
    .map((c) => scoreChain(c, 1))
    .sort(compareChains)
    .slice(0, first);
}

/**
 * Everyone a person reaches through INFLUENCES: per person the strongest chain (product of the
 * weights, damped by `hopDecay` per hop after the first), kept when at least `minStrength`;
 * strongest first, ties by id.
 */
export function influenceReach(
  chains: readonly InfluenceChainRow[],
  hopDecay: number,
  minStrength: number,
): ReachedPerson[] {
  const best = new Map<string, ScoredChain>();
  for (const chain of chains) {
    const scored = scoreChain(chain, hopDecay);
    const target = chain.people[chain.people.length - 1]!.id;
    const seen = best.get(target);
    if (!seen || compareChains(scored, seen) < 0) best.set(target, scored);
  }
  return [...best.values()]
    .filter((c) => c.strength >= minStrength)
    .map((chain) => {
      const person = chain.people[chain.people.length - 1]!;
      return {
        personId: person.id,
        name: person.name,
        title: person.title,
        strength: chain.strength,
        hops: chain.hops,
        chain,
      };
    })
    .sort((a, b) => b.strength - a.strength || a.personId.localeCompare(b.personId));
}
