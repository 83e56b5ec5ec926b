import type { Caller } from '../domain/tenant';
import type { Services } from '../services/services';
import { createLoaders, type Loaders } from './loaders';

/** Built once per request: who is asking, and loaders that belong to this request alone. */
export interface GraphQLContext {
  caller: Caller;
  services: Services;
  loaders: Loaders;
}

/**
 * The loaders are made on first use: an operation that reads nothing ({ __typename }, a refused
 * one) makes none. A getter on the prototype, because Apollo copies the context's own properties
 * into a fresh object for each operation (`Object.assign`), which would call an own getter.
 */
class RequestContext implements GraphQLContext {
  private made: Loaders | undefined = undefined;

  constructor(
    readonly caller: Caller,
    readonly services: Services,
  ) {}

  get loaders(): Loaders {
    return (this.made ??= createLoaders(this.services, this.caller));
  }
}

export function createContext(services: Services, caller: Caller): GraphQLContext {
  return new RequestContext(caller, services);
}
