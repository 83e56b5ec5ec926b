import { hash } from 'node:crypto';
import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import { schemaOf } from './record-schema';

export type ImportRecord = Record<string, unknown>;

/**
 * Bumped when the upserts start writing something new from the same record, so that an
 * unchanged file still updates every record once after an upgrade.
 */
const WRITE_VERSION = 1;

/** What identifies a record within its kind: a node's id, or a relationship's MERGE key. */
export function recordKey(kind: RecordKind, record: ImportRecord): string {
  return schemaOf(kind)
    .key.map((field) => {
      return fieldText(record[field]);
    })
    .join('\u001f');
}

/** A field's value as text, for keys and messages (lists as JSON). */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The content hash stored on each node or relationship as `sourceHash`. Records are built in
 * schema order, so the JSON is stable; references are part of it, so a moved contact is a
 * change. 120 bits: a collision between two versions of one record is not a practical concern.
 * (`hash` is the one-shot form of createHash().update().digest(): the same digest, without a
 * Hash object per row, under half the CPU.)
 */
export function recordHash(record: ImportRecord): string {
  return hash('sha1', `${WRITE_VERSION}:${JSON.stringify(record)}`, 'base64url').slice(0, 20);
}
