import type { Influence, RoleAssignment, Stakeholder } from './read-models';

/**
 * Marks an object a projected read built (stakeholder/people-page-projected-by-account-ids): its
 * nested fields the read already answered are plain properties of the object (a page person's
 * `manager`, `roles`, `influences`, `influencedBy`; an influence's `to` and `from`). A symbol, so
 * no stored property can be mistaken for it; the GraphQL fields answer from those properties when
 * it is there and load otherwise (src/graphql/projected-fields.ts), and a document whose every
 * such field is one of a projected page's can be compiled to read them inline
 * (src/graphql/inline-projected-fields.ts).
 */
export const PROJECTED = Symbol('projected');

/** A person at the other end of a link, read with only what the request asked of them. */
export type PersonName = Pick<Stakeholder, 'id' | 'name'>;

/** The nested lists read with a page person; a list that was not asked for is absent. */
export interface PersonProjection {
  manager?: PersonName | null;
  roles?: RoleAssignment[];
  influences?: ProjectedInfluence[];
  influencedBy?: ProjectedInfluence[];
}

/** An influence with the people at both ends already read. */
export type ProjectedInfluence = Influence & { to: PersonName; from: PersonName; [PROJECTED]: true };

/**
 * A page person as a projected read gives it, the nested lists asked for as properties: every
 * field of a Stakeholder when the page asks for any beyond id, name and the nested lists
 * (`details`), else only those and the ids its fields need (the GraphQL fields never read the
 * rest: people-projection decides from the selection).
 */
export type ProjectedStakeholder = Pick<Stakeholder, 'id' | 'name' | 'accountId' | 'reportsToId'> &
  Partial<Stakeholder> &
  PersonProjection & { [PROJECTED]: true };

/** The nested lists a people page can ask of each person. */
export const PERSON_LISTS = ['manager', 'roles', 'influences', 'influencedBy'] as const;

/** Which of a page person's nested lists a projected read fetches, and whether its other fields. */
export interface PeopleProjection {
  manager: boolean;
  roles: boolean;
  influences: boolean;
  influencedBy: boolean;
  /** Any field of the page's people other than id, name and the lists above. */
  details: boolean;
}
