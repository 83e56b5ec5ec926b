import { Field, ObjectType } from 'type-graphql';

/**
 * The fields report rows copied of a person, a team member or an account before each row linked
 * the canonical node (`stakeholder`, `teamMember`, `account`: see canonical-links.resolver.ts).
 * They keep answering, deprecated, so existing clients keep working; new clients read the link
 * and cache one Stakeholder/TeamMember/Account. Shared here so every row deprecates them alike.
 * The bases are never in the schema themselves (nothing returns them); their fields are.
 */
export const useLink = (link: 'stakeholder' | 'teamMember' | 'account' | 'owner', field: string) =>
  `Use ${link} { ${field} }`;

@ObjectType()
export abstract class CopiedPersonName {
  @Field({ deprecationReason: useLink('stakeholder', 'name') })
  name!: string;
}

@ObjectType()
export abstract class CopiedPersonNameTitle extends CopiedPersonName {
  @Field(() => String, { nullable: true, deprecationReason: useLink('stakeholder', 'title') })
  title!: string | null;
}

@ObjectType()
export abstract class CopiedTeamMemberName {
  @Field({ deprecationReason: useLink('teamMember', 'name') })
  name!: string;
}

@ObjectType()
export abstract class CopiedAccountName {
  @Field({ deprecationReason: useLink('account', 'name') })
  accountName!: string;
}
