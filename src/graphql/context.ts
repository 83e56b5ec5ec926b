import type { Caller } from '../domain/tenant';
import type { Services } from '../services/services';
import { createLoaders, type Loaders } from './loaders';

/** Built once per request: who is asking, and loaders that belong to this request alone. */
export interface GraphQLContext {
  caller: Caller;
  services: Services;
  loaders: Loaders;
}

export function createContext(services: Services, caller: Caller): GraphQLContext {
  return { caller, services, loaders: createLoaders(services, caller) };
}
