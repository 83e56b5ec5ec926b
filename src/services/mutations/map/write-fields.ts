import { createHash } from 'node:crypto';
import { AppError, BadInputError } from '../../../domain/errors';
import type { CreateOutcome, MapWriteOutcome } from '../../../repositories/map-mutation.repository';
import { rejectNotFound } from '../write-guards';

/** Fields every node of their kind must have: an update may change them but not clear them. */
const NOT_CLEARABLE = new Set([
  'name',
  'kind',
  'status',
  'type',
  'stage',
  'seatsLicensed',
  'arr',
  'startDate',
]);

/**
 * The properties an update writes: only the fields the caller sent (`undefined` is "leave it",
 * `null` clears it, because Cypher's `SET n += $fields` removes a property set to null). The
 * keys come from the input classes, never from the caller.
 */
export function fieldsOf<T extends object>(
  input: T,
  keys: readonly (keyof T & string)[],
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of keys) {
    const value = input[key];
    if (value === undefined) continue;
    if (value === null && NOT_CLEARABLE.has(key)) {
      throw new BadInputError(`${key} cannot be cleared: leave it out to keep it, or send a value`, {
        field: key,
      });
    }
    fields[key] = value;
  }
  return fields;
}

/**
 * What makes a create retry-safe: a hash of everything the caller sent. The same id with the
 * same key is the same request sent again; the same id with another key is a duplicate.
 */
export function createKey(entity: string, input: object): string {
  const canonical = JSON.stringify(
    Object.entries(input)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return createHash('sha256').update(`${entity}\n${canonical}`).digest('base64url');
}

/** A refused write's reasons, in order: unknown ids first, then a taken id. */
export function rejectCreate(outcome: CreateOutcome, entity: string, id: string): void {
  if (outcome.exists && !outcome.replayed) {
    throw new AppError(
      'CONFLICT',
      `${entity} '${id}' already exists with other values; a retried create must send the same input, and a change is an update`,
      { reason: 'DUPLICATE_KEY', entity, id },
    );
  }
  rejectNotFound(outcome);
}

export function duplicateOf(entity: string, key: string, existingId: string, field: string): AppError {
  return new AppError('CONFLICT', `${entity} '${existingId}' already has this ${key}`, {
    reason: 'DUPLICATE_KEY',
    entity,
    existingId,
    field,
  });
}

/** The statement wrote nothing yet reported no reason: a bug, not the caller's doing. */
export function unexplained(mutation: string, outcome: MapWriteOutcome): Error {
  return new Error(
    `${mutation}: nothing was written and no precondition explains why (${JSON.stringify(outcome)})`,
  );
}
