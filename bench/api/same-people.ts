/** Our people page and @neo4j/graphql's, as each server answers it. */
export interface OurPeoplePage {
  account: {
    name: string;
    people: {
      edges: {
        node: {
          id: string;
          name: string;
          manager: { name: string } | null;
          roles: { role: string; since: string | null }[];
          influences: { weight: number; to: { name: string } }[];
          influencedBy: { weight: number; from: { name: string } }[];
        };
      }[];
    };
  };
}

export interface TheirPeoplePage {
  accounts: {
    name: string;
    people: {
      id: string;
      name: string;
      manager: { name: string }[];
      rolesConnection: {
        edges: { properties: { role: string; since: string | null; until: string | null } }[];
      };
      influencesConnection: { edges: { properties: { weight: number }; node: { name: string } }[] };
      influencedByConnection: { edges: { properties: { weight: number }; node: { name: string } }[] };
    }[];
  }[];
}

const sorted = (items: string[]) => [...items].sort();

/**
 * The first difference between the two answers, or null when they say the same: same people in
 * the same order, same manager, same current roles (theirs filtered to those not ended by `today`,
 * which ours does in Cypher), same influence both ways. Lists compare as sets where neither
 * server promises an order.
 */
export function samePeople(ours: OurPeoplePage, theirs: TheirPeoplePage, today: string): string | null {
  const account = theirs.accounts[0];
  if (!account) return 'no account';
  if (account.name !== ours.account.name) return `account name ${account.name} vs ${ours.account.name}`;
  const mine = ours.account.people.edges.map((e) => e.node);
  if (mine.length !== account.people.length) return `${mine.length} people vs ${account.people.length}`;
  for (let i = 0; i < mine.length; i += 1) {
    const a = mine[i]!;
    const b = account.people[i]!;
    const left = JSON.stringify({
      id: a.id,
      name: a.name,
      manager: a.manager?.name ?? null,
      roles: sorted(a.roles.map((r) => `${r.role}@${r.since}`)),
      influences: sorted(a.influences.map((x) => `${x.weight}>${x.to.name}`)),
      influencedBy: sorted(a.influencedBy.map((x) => `${x.weight}<${x.from.name}`)),
    });
    const right = JSON.stringify({
      id: b.id,
      name: b.name,
      manager: b.manager[0]?.name ?? null,
      roles: sorted(
        b.rolesConnection.edges
          .map((e) => e.properties)
          .filter((r) => r.until === null || r.until > today)
          .map((r) => `${r.role}@${r.since}`),
      ),
      influences: sorted(b.influencesConnection.edges.map((e) => `${e.properties.weight}>${e.node.name}`)),
      influencedBy: sorted(
        b.influencedByConnection.edges.map((e) => `${e.properties.weight}<${e.node.name}`),
      ),
    });
    if (left !== right) return `person ${i}: ${left} vs ${right}`;
  }
  return null;
}
