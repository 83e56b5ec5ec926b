import { recordHash } from '../../seed/import/records/record-identity';

/** Records as the importer hands them to an upsert: each with its row ref and content hash. */
export function writeRows(records: readonly object[]): Array<{ ref: number; sourceHash: string }> {
  return records.map((record, ref) => ({
    ...record,
    ref,
    sourceHash: recordHash(record as Record<string, unknown>),
  }));
}
