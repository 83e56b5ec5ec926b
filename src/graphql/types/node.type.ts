import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeTypeName } from '../../domain/global-id';

/** What node(id:)/nodes(ids:) hand back: the record and the type it is. */
export interface TaggedNode {
  nodeType: NodeTypeName;
}

/**
 * Relay's Node, with the id the import gave kept in `id` (the API's contract: every id a client
 * holds keeps working) and the globally unique id in `globalId`. Relay is pointed at it with
 * `nodeInterfaceIdField: "globalId"`; Apollo Client and urql key their caches on
 * `__typename` + `id`, which is unique. `node(id:)` takes a globalId.
 */
@InterfaceType('Node', {
  description:
    'An object with a global id: refetch it with node(id: globalId). `id` is the id the import (or create mutation) gave, unique within its type; `globalId` is unique across types.',
  resolveType: (value: Partial<TaggedNode>) => value.nodeType,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'The id the import or the create mutation gave; unique within the type.' })
  id!: string;

  @Field(() => ID, {
    description:
      'Unique across every type (base64url of "<Type>:<id>"); what node(id:) and every id argument take.',
  })
  globalId!: string;
}
