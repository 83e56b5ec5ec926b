import { join } from 'node:path';
import type { CsvEncoding } from '../csv/detect-encoding';
import { joinOverflow } from '../csv/join-overflow';
import { readCsv } from '../csv/read-csv';
import { ImportSetupError } from '../import-errors';
import { columnResolver } from '../mapping/compile-entry';
import type { LookupSpec } from '../mapping/mapping-types';

const NOTHING: ReadonlyMap<string, string> = new Map();

const keyOf = (spec: LookupSpec): string => `${spec.file}\u0000${spec.key}\u0000${spec.value}`;

/**
 * Values looked up in another file of the folder (a task's contact → that contact's account;
 * an order line's order → the order's customer). Each (file, key, value) table is read once,
 * before the import, and holds two short strings per row of that file: lookups are meant for
 * reference files (contacts, orders), not for the largest ones.
 */
export class LookupTables {
  private readonly tables = new Map<string, Map<string, string>>();

  constructor(
    private readonly dir: string,
    private readonly encodingOf: (path: string) => Promise<CsvEncoding>,
  ) {}

  async load(
    specs: readonly LookupSpec[],
    nullValues: readonly string[],
    overflowOf: (file: string) => string | undefined = () => undefined,
  ): Promise<void> {
    const nulls = new Set(nullValues);
    const byFile = new Map<string, LookupSpec[]>();
    for (const spec of specs) {
      if (this.tables.has(keyOf(spec))) continue;
      this.tables.set(keyOf(spec), new Map());
      byFile.set(spec.file, [...(byFile.get(spec.file) ?? []), spec]);
    }
    for (const [file, fileSpecs] of byFile) {
      const path = join(this.dir, file);
      let columns: { table: Map<string, string>; key: number; value: number }[] = [];
      let width = 0;
      let overflow: number | undefined;
      for await (const item of readCsv(path, await this.encodingOf(path))) {
        if (item.kind === 'header') {
          const resolve = columnResolver(item.values);
          width = item.values.length;
          const overflowName = overflowOf(file);
          overflow = overflowName === undefined ? undefined : resolve(overflowName);
          columns = fileSpecs.map((spec) => {
            const key = resolve(spec.key);
            const value = resolve(spec.value);
            if (key === undefined || value === undefined)
              throw new ImportSetupError(
                `${file} has no column '${key === undefined ? spec.key : spec.value}' to look up`,
              );
            return { table: this.tables.get(keyOf(spec)) ?? new Map(), key, value };
          });
        } else if (item.kind === 'row') {
          const values = overflow === undefined ? item.values : joinOverflow(item.values, width, overflow);
          for (const { table, key, value } of columns) {
            const k = values[key]?.trim() ?? '';
            const v = values[value]?.trim() ?? '';
            if (k !== '' && !nulls.has(k) && !nulls.has(v) && !table.has(k)) table.set(k, v);
          }
        }
      }
    }
  }

  /** Empty for a file a built-in format looks into but the export does not have. */
  get(spec: LookupSpec): ReadonlyMap<string, string> {
    return this.tables.get(keyOf(spec)) ?? NOTHING;
  }
}
