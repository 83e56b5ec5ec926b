import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

/**
 * The generic layer we compare against: an `@neo4j/graphql` server over the same labels and
 * relationship types the project writes (cypher/write), answering from the same database.
 */
const TYPE_DEFS = /* GraphQL */ `
  type Account @node {
    id: ID!
    tenantId: String!
    name: String!
    people: [Person!]! @relationship(type: "WORKS_AT", direction: IN)
  }

  type Person @node {
    id: ID!
    tenantId: String!
    name: String!
    title: String
    manager: [Person!]! @relationship(type: "REPORTS_TO", direction: OUT)
    roles: [Account!]! @relationship(type: "PLAYS_ROLE", direction: OUT, properties: "PlaysRole")
    influences: [Person!]! @relationship(type: "INFLUENCES", direction: OUT, properties: "Influence")
    influencedBy: [Person!]! @relationship(type: "INFLUENCES", direction: IN, properties: "Influence")
  }

  type PlaysRole @relationshipProperties {
    role: String!
    since: Date
    until: Date
  }

  type Influence @relationshipProperties {
    weight: Float
    kind: String
  }
`;

/** An account's people page with roles, managers and influence both ways, in its query language. */
export const NEO4J_GRAPHQL_PEOPLE_PAGE = /* GraphQL */ `
  query ($id: ID!, $tenant: String!, $first: Int!) {
    accounts(where: { id: { eq: $id }, tenantId: { eq: $tenant } }) {
      name
      people(limit: $first, sort: [{ name: ASC }, { id: ASC }]) {
        id
        name
        manager {
          name
        }
        rolesConnection {
          edges {
            properties {
              role
              since
              until
            }
          }
        }
        influencesConnection {
          edges {
            properties {
              weight
            }
            node {
              name
            }
          }
        }
        influencedByConnection {
          edges {
            properties {
              weight
            }
            node {
              name
            }
          }
        }
      }
    }
  }
`;

export interface GenericServer {
  url: string;
  stop(): Promise<void>;
}

export async function startNeo4jGraphQLServer(driver: Driver): Promise<GenericServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver });
  const server = new ApolloServer({ schema: await neoSchema.getSchema() });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
