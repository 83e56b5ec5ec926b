import { ImportSetupError } from '../import-errors';
import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import type { FieldDef } from '../records/record-schema';
import { toBoolean, toDate, toDateTime, toInteger, toNumber, type Converted } from './convert-value';
import { evaluateFormula, formulaColumns, parseFormula } from './formula';
import type { Condition, FieldObject, FieldSpec, LookupSpec } from './mapping-types';
import { seniorityFromTitle } from './seniority';

export type Scalar = string | number | boolean;
export type FieldValue = Scalar | null | string[];

export interface FieldProblem {
  column: string;
  value: string;
  reason: string;
}

export type FieldResult = { ok: true; value: FieldValue; raw: string } | { ok: false; problem: FieldProblem };

/** A row as the header lays it out; cells already trimmed is not assumed. */
export type Row = readonly string[];

export interface CompileContext {
  /** The file, for messages. */
  file: string;
  /** Column name → position; `undefined` when the file has no such column. */
  columnIndex: (column: string) => number | undefined;
  /** Mapping files must name real columns; built-in formats tolerate an export without some. */
  strictColumns: boolean;
  nullValues: ReadonlySet<string>;
  lookup: (spec: LookupSpec) => ReadonlyMap<string, string>;
  /** The id prefix of records of a kind, applied to references to it. */
  prefixOf: (kind: RecordKind) => string;
}

export interface CompiledField {
  /** Where the value comes from, as the rejects file names it (a column, or a description). */
  column: string;
  columns: string[];
  evaluate: (row: Row) => FieldResult;
}

type Inner =
  { ok: true; value: Scalar | null | Scalar[]; raw: string } | { ok: false; problem: FieldProblem };

/** Sums like 9.8 × 10 come out as 98.00000000000001; amounts are rounded to a millionth. */
const FLOAT_NOISE_SCALE = 1e6;

function describe(spec: FieldSpec): string {
  if (typeof spec === 'string') return spec;
  if (spec.column !== undefined) {
    return spec.lookup ? `${spec.column} → ${spec.lookup.file}:${spec.lookup.value}` : spec.column;
  }
  if (spec.template !== undefined) return spec.template;
  if (spec.formula !== undefined) return spec.formula;
  if (spec.firstOf !== undefined) return spec.firstOf.map(describe).join(' | ');
  return '(constant)';
}

function readCell(ctx: CompileContext, column: string): (row: Row) => string | null {
  const index = ctx.columnIndex(column);
  if (index === undefined) {
    if (ctx.strictColumns) throw new ImportSetupError(`${ctx.file} has no column '${column}'`);
    return () => null;
  }
  return (row) => {
    const cell = row[index];
    if (cell === undefined) return null;
    const text = cell.trim();
    return ctx.nullValues.has(text) ? null : text;
  };
}

function compileSource(spec: FieldObject, ctx: CompileContext): (row: Row) => Inner {
  if (spec.column !== undefined) {
    const index = ctx.columnIndex(spec.column);
    const read = readCell(ctx, spec.column);
    if (spec.trim === false && index !== undefined) {
      return (row) => {
        const cell = row[index] ?? '';
        return { ok: true, value: ctx.nullValues.has(cell.trim()) ? null : cell, raw: cell };
      };
    }
    return (row) => {
      const value = read(row);
      return { ok: true, value, raw: value ?? '' };
    };
  }
  if (spec.template !== undefined) {
    // Split once into text and columns (`a{x}b{y}c` → a, x, b, y, c): a row costs a few
    // concatenations, not a regular expression replace with a callback.
    const pieces = spec.template.split(/\{([^}]+)\}/);
    const readers = pieces.filter((_, i) => i % 2 === 1).map((name) => readCell(ctx, name.trim()));
    return (row) => {
      let missing = false;
      let text = pieces[0] ?? '';
      for (let i = 0; i < readers.length; i += 1) {
        const value = (readers[i] as (row: Row) => string | null)(row);
        if (value === null) missing = true;
        text += (value ?? '') + (pieces[2 * i + 2] ?? '');
      }
      const rendered = text.replace(/\s+/g, ' ').trim();
      const value = (spec.allRequired && missing) || rendered === '' ? null : rendered;
      return { ok: true, value, raw: rendered };
    };
  }
  if (spec.formula !== undefined) {
    let formula;
    try {
      formula = parseFormula(spec.formula);
    } catch (error) {
      throw new ImportSetupError(`${ctx.file}: formula '${spec.formula}': ${(error as Error).message}`);
    }
    const readers = new Map(formulaColumns(formula).map((name) => [name, readCell(ctx, name)]));
    return (row) => {
      const found: { problem?: FieldProblem } = {};
      const value = evaluateFormula(formula, (name) => {
        const text = readers.get(name)?.(row) ?? null;
        if (text === null) return null;
        const number = toNumber(text);
        if (!number.ok) {
          found.problem ??= { column: name, value: text, reason: number.reason };
          return null;
        }
        return number.value;
      });
      if (found.problem) return { ok: false, problem: found.problem };
      const rounded = value === null ? null : Math.round(value * FLOAT_NOISE_SCALE) / FLOAT_NOISE_SCALE;
      return { ok: true, value: rounded, raw: rounded === null ? '' : String(rounded) };
    };
  }
  if (spec.firstOf !== undefined) {
    const options = spec.firstOf.map((inner) => compileInner(inner, ctx));
    return (row) => {
      // When no option gives a value, the first text read (a Type of 'Other') is what is reported.
      let raw = '';
      for (const option of options) {
        const result = option(row);
        if (!result.ok || result.value !== null) return result;
        raw ||= result.raw;
      }
      return { ok: true, value: null, raw };
    };
  }
  const constant = spec.value ?? null;
  return () => ({ ok: true, value: constant, raw: constant === null ? '' : String(constant) });
}

/** The steps that act on one value (each element of a split list goes through them). */
function compileElementSteps(
  spec: FieldObject,
): (value: Scalar | null) => { ok: true; value: Scalar | null } | { ok: false; reason: string } {
  const map = spec.map;
  const hasDefault = 'default' in spec;
  const fallback = spec.default ?? null;
  const unmapped = spec.unmapped ?? 'reject';
  const ranges = spec.ranges;
  return (value) => {
    let current = value;
    if (current === null) {
      return { ok: true, value: hasDefault ? fallback : null };
    }
    if (map) {
      const key = String(current);
      if (Object.prototype.hasOwnProperty.call(map, key)) current = map[key] ?? null;
      else if (unmapped === 'keep') current = String(current);
      else if (unmapped === 'null') current = null;
      else if (hasDefault && spec.unmapped === undefined) current = fallback;
      else {
        const known = Object.keys(map);
        const listed = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
        return { ok: false, reason: `unmapped value (expected one of: ${listed})` };
      }
      if (current === null) return { ok: true, value: null };
    }
    if (spec.then !== undefined) current = spec.then;
    if (ranges) {
      const number = typeof current === 'number' ? current : Number(String(current));
      if (!Number.isFinite(number)) return { ok: false, reason: 'not a number' };
      const band = ranges.find((r) => r.below === undefined || number < r.below);
      current = band ? band.value : null;
    }
    if (spec.derive === 'seniority') current = seniorityFromTitle(String(current));
    return { ok: true, value: current };
  };
}

/** `(?i)` in front makes a pattern case-insensitive, as in most other regular expression dialects. */
export function toRegExp(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern);
}

function compileCondition(condition: Condition, ctx: CompileContext): (row: Row) => boolean {
  const read = readCell(ctx, condition.column);
  const pattern = condition.matches !== undefined ? toRegExp(condition.matches) : null;
  return (row) => {
    const value = read(row) ?? '';
    if (pattern) return pattern.test(value);
    if (condition.equals !== undefined) return value === condition.equals;
    if (condition.in !== undefined) return condition.in.includes(value);
    return !(condition.notIn ?? []).includes(value);
  };
}

function compileInner(spec: FieldSpec, ctx: CompileContext): (row: Row) => Inner {
  const object: FieldObject = typeof spec === 'string' ? { column: spec } : spec;
  const column = describe(spec);
  const read = compileSource(object, ctx);
  const condition = object.when ? compileCondition(object.when, ctx) : null;
  const source = condition
    ? (row: Row): Inner => (condition(row) ? read(row) : { ok: true, value: null, raw: '' })
    : read;
  const table = object.lookup ? ctx.lookup(object.lookup) : null;
  const pattern = object.matches !== undefined ? toRegExp(object.matches) : null;
  const element = compileElementSteps(object);
  const split = object.split;
  const pick = object.pick;

  return (row) => {
    const read = source(row);
    if (!read.ok) return read;
    let value: Scalar | null | Scalar[] = read.value;
    // The pattern tests the value as read (a WhatId that is an account), before any lookup.
    if (pattern && value !== null && !pattern.test(String(value))) value = null;
    if (table && value !== null) value = table.get(String(value)) ?? null;
    if (split !== undefined && value !== null && !Array.isArray(value)) {
      const parts = splitList(String(value), split, ctx.nullValues);
      if (pick === undefined) {
        const out: Scalar[] = [];
        for (const part of parts) {
          const step = element(part);
          if (!step.ok) return { ok: false, problem: { column, value: part, reason: step.reason } };
          if (step.value !== null) out.push(step.value);
        }
        return { ok: true, value: out, raw: read.raw };
      }
      value = (pick === 'first' ? parts[0] : parts[parts.length - 1]) ?? null;
    }
    if (Array.isArray(value)) return { ok: true, value, raw: read.raw };
    const step = element(value);
    if (!step.ok) return { ok: false, problem: { column, value: read.raw, reason: step.reason } };
    return { ok: true, value: step.value, raw: read.raw };
  };
}

/** `"auto"` splits on any of `;`, `,` or `|`: HubSpot writes `;`, hand-made files often `,`. */
function splitList(text: string, separator: string, nullValues: ReadonlySet<string>): string[] {
  const parts = separator === 'auto' ? text.split(/[;,|]/) : text.split(separator);
  return parts.map((part) => part.trim()).filter((part) => part !== '' && !nullValues.has(part));
}

function convert(value: Scalar, def: FieldDef, spec: FieldObject | null): Converted<Scalar> {
  const format = spec?.format;
  const type = def.type === 'list' ? 'string' : def.type;
  const text = String(value);
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'integer': {
      if (typeof value === 'number') {
        return Number.isInteger(value) ? { ok: true, value } : { ok: false, reason: 'not a whole number' };
      }
      return toInteger(text);
    }
    case 'number':
      return typeof value === 'number' ? { ok: true, value } : toNumber(text);
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : toBoolean(text);
    case 'date':
      return toDate(text, format);
    case 'datetime':
      return toDateTime(text, format);
  }
}

/**
 * Turns a field spec into a function of a row, resolved against the file's header once: the
 * source, the lookup, the value steps, then the record field's own type and, for references,
 * the prefix of the kind referred to.
 */
export function compileField(
  field: string,
  def: FieldDef,
  spec: FieldSpec,
  ctx: CompileContext,
  idPrefix: string,
): CompiledField {
  const object = typeof spec === 'string' ? null : spec;
  const column = describe(spec);
  const inner = compileInner(spec, ctx);
  const multiply = object?.multiply;
  const refKind = object?.ref ?? def.ref;
  const prefix = field === 'id' ? idPrefix : refKind ? ctx.prefixOf(refKind) : '';
  // A computed duration in whole minutes is rounded, not rejected for its fraction.
  const roundFormula = object?.formula !== undefined && def.type === 'integer';
  const finish = (
    value: Scalar,
    raw: string,
  ): { ok: true; value: Scalar } | { ok: false; problem: FieldProblem } => {
    const converted = convert(
      roundFormula && typeof value === 'number' ? Math.round(value) : value,
      def,
      object,
    );
    if (!converted.ok) return { ok: false, problem: { column, value: raw, reason: converted.reason } };
    let out = converted.value;
    if (multiply !== undefined && typeof out === 'number') {
      out = out * multiply;
      out =
        def.type === 'integer' ? Math.round(out) : Math.round(out * FLOAT_NOISE_SCALE) / FLOAT_NOISE_SCALE;
    }
    if (prefix !== '' && typeof out === 'string') out = prefix + out;
    return { ok: true, value: out };
  };

  return {
    column,
    columns: columnsOf(spec),
    evaluate: (row) => {
      const result = inner(row);
      if (!result.ok) return result;
      const { value, raw } = result;
      if (def.type === 'list') {
        const items = value === null ? [] : Array.isArray(value) ? value : [value];
        const out: string[] = [];
        for (const item of items) {
          const done = finish(item, String(item));
          if (!done.ok) return done;
          if (!out.includes(String(done.value))) out.push(String(done.value));
        }
        return { ok: true, value: out, raw };
      }
      if (Array.isArray(value)) {
        return { ok: false, problem: { column, value: raw, reason: 'a list where one value is expected' } };
      }
      if (value === null) return { ok: true, value: null, raw };
      const done = finish(value, raw);
      return done.ok ? { ok: true, value: done.value, raw } : done;
    },
  };
}

/** Every column a spec reads, so unread columns can be reported as ignored. */
export function columnsOf(spec: FieldSpec): string[] {
  if (typeof spec === 'string') return [spec];
  const own: string[] = [];
  if (spec.column !== undefined) own.push(spec.column);
  if (spec.template !== undefined)
    own.push(...[...spec.template.matchAll(/\{([^}]+)\}/g)].map((m) => (m[1] ?? '').trim()));
  if (spec.formula !== undefined) {
    try {
      own.push(...formulaColumns(parseFormula(spec.formula)));
    } catch {
      // Reported when the field is compiled.
    }
  }
  if (spec.firstOf !== undefined) own.push(...spec.firstOf.flatMap(columnsOf));
  if (spec.when !== undefined) own.push(spec.when.column);
  return own;
}
