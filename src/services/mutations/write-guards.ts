import { isoDate, type Clock } from '../../domain/clock';
import { AppError, BadInputError, ForbiddenError, NotFoundError } from '../../domain/errors';
import { canWrite, type Caller } from '../../domain/tenant';
import type { WriteOutcome } from '../../repositories/mutation.repository';

/**
 * The GraphQL layer already refuses VIEWERs (`@Authorized('EDITOR')`); services check again so a
 * caller that is not a resolver cannot write for a read-only token either.
 */
export function assertCanWrite(caller: Caller): void {
  if (!canWrite(caller)) {
    throw new ForbiddenError(
      `Changing the graph needs the EDITOR role; the caller's token grants ${caller.role}`,
    );
  }
}

/** A calendar day (`YYYY-MM-DD`) after today, by the service clock, is refused: it has not happened. */
export function assertDayNotInFuture(day: string, field: string, clock: Clock): void {
  const today = isoDate(clock());
  if (day > today) {
    throw new BadInputError(`${field} (${day}) is in the future; today is ${today}`, { field });
  }
}

export function assertInstantNotInFuture(instant: Date, field: string, clock: Clock): void {
  const now = clock();
  if (instant.getTime() > now.getTime()) {
    throw new BadInputError(
      `${field} (${instant.toISOString()}) is in the future; it is now ${now.toISOString()}`,
      {
        field,
      },
    );
  }
}

/** NOT_FOUND naming every id that did not resolve in the caller's tenant (another tenant's ids included). */
export function rejectNotFound(outcome: WriteOutcome): void {
  const [first, ...others] = outcome.notFound;
  if (!first) return;
  if (others.length === 0) throw new NotFoundError(first.entity, first.id);
  const names = outcome.notFound.map((m) => `${m.entity} '${m.id}'`).join(', ');
  throw new AppError('NOT_FOUND', `${names} were not found`, { ...first, missing: outcome.notFound });
}

export function conflict(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('CONFLICT', message, details);
}

/** The statement wrote nothing yet reported no reason: a bug, not the caller's doing. */
export function unexplainedRefusal(mutation: string): Error {
  return new Error(`${mutation}: nothing was written and no precondition explains why`);
}
