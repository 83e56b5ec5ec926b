import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from './auth-checker';
import { AccountResolver } from './resolvers/account.resolver';
import {
  InfluenceResolver,
  RoleAssignmentResolver,
  SubscriptionResolver,
} from './resolvers/relation.resolvers';
import { StakeholderMapResolver } from './resolvers/stakeholder-map.resolver';
import { StakeholderResolver } from './resolvers/stakeholder.resolver';

export const RESOLVERS = [
  AccountResolver,
  StakeholderResolver,
  StakeholderMapResolver,
  InfluenceResolver,
  RoleAssignmentResolver,
  SubscriptionResolver,
] as const;

/** Built once per process; type-graphql validates every input class (class-validator). */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    authChecker,
  });
}

export const SCHEMA_HEADER =
  '# Generated from the type-graphql classes in src/graphql by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The SDL committed as schema.graphql; a test fails when it differs from what the code builds. */
export function renderSchemaFile(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return `${SCHEMA_HEADER}${printSchema(schema)}\n`;
}
