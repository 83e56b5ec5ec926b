/**
 * Global ids (the Relay "Global Object Identification" convention): `base64url("<Type>:<id>")`,
 * where <Type> is the GraphQL type name and <id> the id the import (or a create) gave. Unique
 * across every type of a tenant's graph, opaque to clients, and decodable without a lookup, so
 * `node(id:)` knows which label to seek on.
 */
export const NODE_TYPES = [
  'Account',
  'Stakeholder',
  'TeamMember',
  'BusinessUnit',
  'Product',
  'Subscription',
  'Opportunity',
  'Interaction',
  'Objective',
  'UsageSnapshot',
  'RecordedPlay',
] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * The type and id inside a global id, or null when the value is not one (an import id such as
 * `acc-0001` is not: it does not decode to "<known type>:<id>" and re-encode to itself).
 */
export function fromGlobalId(value: string): { type: NodeTypeName; id: string } | null {
  if (!BASE64URL.test(value)) return null;
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (id.length === 0 || !(NODE_TYPES as readonly string[]).includes(type)) return null;
  if (toGlobalId(type as NodeTypeName, id) !== value.replace(/=+$/, '')) return null;
  return { type: type as NodeTypeName, id };
}

/** An id argument as the resolvers see it: a global id is unwrapped, an import id kept as is. */
export function plainId(value: string): string {
  return fromGlobalId(value)?.id ?? value;
}
