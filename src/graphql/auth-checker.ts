import type { AuthChecker } from 'type-graphql';
import { ForbiddenError } from '../domain/errors';
import { CALLER_ROLES, type CallerRole } from '../domain/tenant';
import type { GraphQLContext } from './context';

/**
 * `@Authorized('EDITOR')` on a mutation: the caller's role must be at least EDITOR (roles are
 * ordered VIEWER < EDITOR < ADMIN). Refusals are FORBIDDEN with the reason, not a silent null.
 */
export const authChecker: AuthChecker<GraphQLContext, CallerRole> = ({ context }, roles) => {
  if (roles.length === 0) return true;
  const rank = (role: CallerRole) => CALLER_ROLES.indexOf(role);
  if (roles.some((needed) => rank(context.caller.role) >= rank(needed))) return true;
  throw new ForbiddenError(
    `This needs the ${roles.join(' or ')} role; the caller's token grants ${context.caller.role}`,
  );
};
