import { ImportSetupError } from '../import-errors';
import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import type { ImportRecord } from '../records/record-identity';
import { schemaOf, type FieldDef } from '../records/record-schema';
import {
  compileField,
  type CompileContext,
  type CompiledField,
  type FieldProblem,
  type Row,
} from './compile-field';
import type { FileEntry, LookupSpec, WhereClause } from './mapping-types';

export type RowProblem = FieldProblem;

/** One record built from a row, or why it could not be. */
export type BuiltItem = { ok: true; record: ImportRecord } | { ok: false; problems: RowProblem[] };

export type BuildResult = { skipped: string } | { items: BuiltItem[] };

export interface CompiledEntry {
  entry: FileEntry;
  kind: RecordKind;
  /** Record field → the column it is read from, for messages about the database's answer. */
  columnOf: (field: string) => string;
  /** Every column any field reads. */
  columnsRead: string[];
  build: (row: Row) => BuildResult;
}

export interface EntryContext {
  header: readonly string[];
  strictColumns: boolean;
  nullValues: readonly string[];
  lookup: (spec: LookupSpec) => ReadonlyMap<string, string>;
  prefixOf: (kind: RecordKind) => string;
}

/** Exact header names first; then ignoring case and surrounding spaces (`Company Name` vs `Company name`). */
export function columnResolver(header: readonly string[]): (column: string) => number | undefined {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  header.forEach((name, index) => {
    if (!exact.has(name)) exact.set(name, index);
    const key = name.trim().toLowerCase();
    if (!loose.has(key)) loose.set(key, index);
  });
  return (column) => exact.get(column) ?? loose.get(column.trim().toLowerCase());
}

function compileWhere(
  where: WhereClause | WhereClause[] | undefined,
  resolve: (column: string) => number | undefined,
  nullValues: ReadonlySet<string>,
  file: string,
  strict: boolean,
): (row: Row) => string | null {
  const clauses = where === undefined ? [] : Array.isArray(where) ? where : [where];
  const tests = clauses.map((clause) => {
    const index = resolve(clause.column);
    if (index === undefined && strict) throw new ImportSetupError(`${file} has no column '${clause.column}'`);
    const reason =
      clause.reason ??
      (clause.equals !== undefined
        ? `${clause.column} is not ${clause.equals}`
        : clause.in !== undefined
          ? `${clause.column} not in [${clause.in.join(', ')}]`
          : `${clause.column} in [${(clause.notIn ?? []).join(', ')}]`);
    return (row: Row): string | null => {
      const cell = index === undefined ? '' : (row[index] ?? '').trim();
      const value = nullValues.has(cell) ? '' : cell;
      if (clause.equals !== undefined) return value === clause.equals ? null : reason;
      if (clause.in !== undefined) return clause.in.includes(value) ? null : reason;
      return (clause.notIn ?? []).includes(value) ? reason : null;
    };
  });
  return (row) => {
    for (const test of tests) {
      const reason = test(row);
      if (reason !== null) return reason;
    }
    return null;
  };
}

const VOCABULARY_SEPARATORS = /[\s-]+/g;

/** `Mid Market`, `mid-market` and `MID_MARKET` are the same value. */
function normaliseVocabulary(value: string): string {
  return value.trim().replace(VOCABULARY_SEPARATORS, '_').toUpperCase();
}

function validate(
  field: string,
  def: FieldDef,
  compiled: CompiledField | null,
  value: unknown,
  raw: string,
): { value: unknown } | { problem: RowProblem } {
  const column = compiled?.column ?? `(${field})`;
  const missing = value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (missing) {
    if (def.required) return { problem: { column, value: raw, reason: `${field} is required` } };
    return { value: def.type === 'list' ? [] : null };
  }
  if (def.vocabulary && typeof value === 'string') {
    const normalised = normaliseVocabulary(value);
    if (!def.vocabulary.includes(normalised)) {
      return {
        problem: {
          column,
          value: raw || value,
          reason: `${field} must be one of ${def.vocabulary.join(', ')}`,
        },
      };
    }
    return { value: normalised };
  }
  if (typeof value === 'number') {
    if (def.min !== undefined && value < def.min)
      return { problem: { column, value: raw || String(value), reason: `${field} is below ${def.min}` } };
    if (def.max !== undefined && value > def.max)
      return { problem: { column, value: raw || String(value), reason: `${field} is above ${def.max}` } };
  }
  return { value };
}

/**
 * Compiles one mapping entry against the header of its file: every field resolved to a column
 * position and a chain of steps, so a row costs a few array reads and no lookups by name.
 */
export function compileEntry(entry: FileEntry, ctx: EntryContext): CompiledEntry {
  const resolve = columnResolver(ctx.header);
  const nullValues = new Set(entry.nullValues ?? ctx.nullValues);
  const compileContext: CompileContext = {
    file: entry.file,
    columnIndex: resolve,
    strictColumns: ctx.strictColumns,
    nullValues,
    lookup: ctx.lookup,
    prefixOf: ctx.prefixOf,
  };
  const schema = schemaOf(entry.record);
  const fields = Object.entries(schema.fields).map(([name, def]) => {
    const spec = entry.fields[name];
    const compiled =
      spec === undefined ? null : compileField(name, def, spec, compileContext, entry.idPrefix ?? '');
    return { name, def, compiled };
  });
  const skipReason = compileWhere(entry.where, resolve, nullValues, entry.file, ctx.strictColumns);
  const eachIndex = entry.forEach ? resolve(entry.forEach.column) : undefined;
  if (entry.forEach && eachIndex === undefined && ctx.strictColumns)
    throw new ImportSetupError(`${entry.file} has no column '${entry.forEach.column}'`);

  const buildOne = (row: Row): BuiltItem => {
    const record: ImportRecord = {};
    const problems: RowProblem[] = [];
    for (const { name, def, compiled } of fields) {
      let value: unknown = null;
      let raw = '';
      if (compiled) {
        const result = compiled.evaluate(row);
        if (!result.ok) {
          problems.push(result.problem);
          continue;
        }
        value = result.value;
        raw = result.raw;
      }
      const checked = validate(name, def, compiled, value, raw);
      if ('problem' in checked) problems.push(checked.problem);
      else record[name] = checked.value;
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, record };
  };

  const columnsRead = [
    ...new Set([
      ...fields.flatMap((f) => f.compiled?.columns ?? []),
      ...(entry.forEach ? [entry.forEach.column] : []),
      ...(entry.where === undefined ? [] : [entry.where].flat().map((clause) => clause.column)),
    ]),
  ];
  const columns = new Map(fields.map((f) => [f.name, f.compiled?.column ?? `(${f.name})`]));

  return {
    entry,
    kind: entry.record,
    columnsRead,
    columnOf: (field) => columns.get(field) ?? field,
    build: (row) => {
      const skipped = skipReason(row);
      if (skipped !== null) return { skipped };
      if (!entry.forEach) return { items: [buildOne(row)] };
      const cell = eachIndex === undefined ? '' : (row[eachIndex] ?? '');
      const parts = cell
        .split(entry.forEach.split)
        .map((part) => part.trim())
        .filter((part) => part !== '' && !nullValues.has(part));
      if (parts.length === 0) return { skipped: `no value in ${entry.forEach.column}` };
      return {
        items: parts.map((part) => {
          const copy = [...row];
          copy[eachIndex ?? 0] = part;
          return buildOne(copy);
        }),
      };
    },
  };
}
