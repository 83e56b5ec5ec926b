import { readFileSync } from 'node:fs';
import { ImportSetupError } from '../import-errors';
import { toRegExp } from './compile-field';
import { isRecordKind, RECORD_KINDS, schemaOf } from '../records/record-schema';
import {
  DERIVATIONS,
  VALUE_TYPES,
  type FieldObject,
  type FileEntry,
  type MappingFile,
} from './mapping-types';

const SOURCES = ['column', 'template', 'value', 'firstOf', 'formula'] as const;
const FIELD_KEYS = new Set<string>([
  ...SOURCES,
  'lookup',
  'when',
  'allRequired',
  'trim',
  'matches',
  'split',
  'pick',
  'map',
  'unmapped',
  'default',
  'then',
  'ranges',
  'derive',
  'type',
  'format',
  'multiply',
  'ref',
]);

type Problems = string[];
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown): boolean =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function checkFieldSpec(spec: unknown, at: string, problems: Problems): void {
  if (typeof spec === 'string') {
    if (spec.trim() === '') problems.push(`${at}: a column name cannot be empty`);
    return;
  }
  if (!isObject(spec)) {
    problems.push(`${at}: expected a column name or an object`);
    return;
  }
  for (const key of Object.keys(spec)) {
    if (!FIELD_KEYS.has(key)) problems.push(`${at}: unknown option '${key}'`);
  }
  const sources = SOURCES.filter((key) => key in spec);
  if (sources.length !== 1) {
    problems.push(
      `${at}: needs exactly one of ${SOURCES.join(', ')} (found ${sources.join(', ') || 'none'})`,
    );
  }
  const o = spec as FieldObject & Json;
  if ('column' in o && typeof o.column !== 'string') problems.push(`${at}.column: expected a string`);
  if ('template' in o && (typeof o.template !== 'string' || !/\{[^}]+\}/.test(o.template)))
    problems.push(`${at}.template: expected a string with {column} placeholders`);
  if ('value' in o && !isScalar(o.value)) problems.push(`${at}.value: expected a string, number or boolean`);
  if ('formula' in o && typeof o.formula !== 'string') problems.push(`${at}.formula: expected a string`);
  if ('firstOf' in o) {
    if (!Array.isArray(o.firstOf) || o.firstOf.length === 0) problems.push(`${at}.firstOf: expected a list`);
    else o.firstOf.forEach((inner, i) => checkFieldSpec(inner, `${at}.firstOf[${i}]`, problems));
  }
  if ('lookup' in o) {
    const lookup = o.lookup as unknown;
    if (!isObject(lookup) || !['file', 'key', 'value'].every((k) => typeof lookup[k] === 'string'))
      problems.push(`${at}.lookup: expected { "file", "key", "value" }`);
  }
  if ('when' in o) {
    const when = o.when as unknown;
    const tests = isObject(when) ? ['matches', 'equals', 'in', 'notIn'].filter((k) => k in when) : [];
    if (!isObject(when) || typeof when.column !== 'string' || tests.length !== 1)
      problems.push(`${at}.when: expected { "column", "matches" | "equals" | "in" | "notIn" }`);
    else if (typeof when.matches === 'string') {
      try {
        toRegExp(when.matches);
      } catch {
        problems.push(`${at}.when.matches: not a regular expression`);
      }
    }
  }
  if ('matches' in o) {
    try {
      toRegExp(String(o.matches));
    } catch {
      problems.push(`${at}.matches: not a regular expression`);
    }
  }
  if ('split' in o && (typeof o.split !== 'string' || o.split === ''))
    problems.push(`${at}.split: expected a separator`);
  if ('pick' in o && o.pick !== 'first' && o.pick !== 'last') problems.push(`${at}.pick: first or last`);
  if ('map' in o && (!isObject(o.map) || !Object.values(o.map).every(isScalar)))
    problems.push(`${at}.map: expected an object of value → value`);
  if ('unmapped' in o && !['reject', 'keep', 'null'].includes(String(o.unmapped)))
    problems.push(`${at}.unmapped: reject, keep or null`);
  if ('default' in o && !isScalar(o.default)) problems.push(`${at}.default: expected a scalar`);
  if ('then' in o && !isScalar(o.then)) problems.push(`${at}.then: expected a scalar`);
  if ('ranges' in o) {
    const ok =
      Array.isArray(o.ranges) &&
      o.ranges.every(
        (r: unknown) =>
          isObject(r) && isScalar(r.value) && (r.below === undefined || typeof r.below === 'number'),
      );
    if (!ok) problems.push(`${at}.ranges: expected [{ "below": number, "value": … }, …]`);
  }
  if ('derive' in o && !(DERIVATIONS as readonly string[]).includes(String(o.derive)))
    problems.push(`${at}.derive: one of ${DERIVATIONS.join(', ')}`);
  if ('type' in o && !(VALUE_TYPES as readonly string[]).includes(String(o.type)))
    problems.push(`${at}.type: one of ${VALUE_TYPES.join(', ')}`);
  if ('format' in o && typeof o.format !== 'string') problems.push(`${at}.format: expected a string`);
  if ('multiply' in o && typeof o.multiply !== 'number') problems.push(`${at}.multiply: expected a number`);
  if ('ref' in o && !isRecordKind(o.ref)) problems.push(`${at}.ref: one of ${RECORD_KINDS.join(', ')}`);
}

function checkWhere(where: unknown, at: string, problems: Problems): void {
  const clauses = Array.isArray(where) ? where : [where];
  clauses.forEach((clause: unknown, i) => {
    const here = Array.isArray(where) ? `${at}[${i}]` : at;
    if (!isObject(clause) || typeof clause.column !== 'string') {
      problems.push(`${here}: expected { "column", "equals" | "in" | "notIn" }`);
      return;
    }
    const tests = ['equals', 'in', 'notIn'].filter((key) => key in clause);
    if (tests.length !== 1) problems.push(`${here}: needs exactly one of equals, in, notIn`);
    if ('equals' in clause && typeof clause.equals !== 'string') problems.push(`${here}.equals: a string`);
    for (const key of ['in', 'notIn'] as const)
      if (key in clause && !isStringArray(clause[key])) problems.push(`${here}.${key}: a list of strings`);
  });
}

function checkEntry(entry: unknown, at: string, problems: Problems): void {
  if (!isObject(entry)) {
    problems.push(`${at}: expected an object`);
    return;
  }
  if (typeof entry.file !== 'string' || entry.file === '') problems.push(`${at}.file: expected a file name`);
  if (!isRecordKind(entry.record)) {
    problems.push(`${at}.record: one of ${RECORD_KINDS.join(', ')}`);
    return;
  }
  if (entry.idPrefix !== undefined && typeof entry.idPrefix !== 'string')
    problems.push(`${at}.idPrefix: expected a string`);
  if (entry.nullValues !== undefined && !isStringArray(entry.nullValues))
    problems.push(`${at}.nullValues: a list of strings`);
  if (entry.where !== undefined) checkWhere(entry.where, `${at}.where`, problems);
  if (entry.onExisting !== undefined && entry.onExisting !== 'update' && entry.onExisting !== 'keep')
    problems.push(`${at}.onExisting: update or keep`);
  if (entry.overflowColumn !== undefined && typeof entry.overflowColumn !== 'string')
    problems.push(`${at}.overflowColumn: expected a column name`);
  if (entry.forEach !== undefined) {
    const each = entry.forEach;
    if (!isObject(each) || typeof each.column !== 'string' || typeof each.split !== 'string')
      problems.push(`${at}.forEach: expected { "column", "split" }`);
  }
  if (!isObject(entry.fields)) {
    problems.push(`${at}.fields: expected an object`);
    return;
  }
  const schema = schemaOf(entry.record);
  const known = Object.keys(schema.fields);
  for (const [field, spec] of Object.entries(entry.fields)) {
    if (!known.includes(field)) {
      problems.push(
        `${at}.fields.${field}: ${entry.record} has no field '${field}' (fields: ${known.join(', ')})`,
      );
      continue;
    }
    checkFieldSpec(spec, `${at}.fields.${field}`, problems);
    const def = schema.fields[field];
    const declared = isObject(spec) ? spec.ref : undefined;
    if (declared !== undefined && def?.ref !== declared)
      problems.push(
        `${at}.fields.${field}.ref: ${field} refers to ${def?.ref ?? 'nothing'}, not ${JSON.stringify(declared)}`,
      );
  }
  for (const [field, def] of Object.entries(schema.fields)) {
    if (def.required && !(field in entry.fields))
      problems.push(`${at}.fields: ${entry.record} needs '${field}'`);
  }
}

/** Checks a mapping file completely and lists every problem at once. */
export function parseMapping(json: unknown, source: string): MappingFile {
  const problems: Problems = [];
  if (!isObject(json)) throw new ImportSetupError(`${source}: expected a JSON object`);
  if (typeof json.name !== 'string' || json.name === '') problems.push('name: expected a string');
  if (json.nullValues !== undefined && !isStringArray(json.nullValues))
    problems.push('nullValues: a list of strings');
  if (!Array.isArray(json.files) || json.files.length === 0)
    problems.push('files: expected a non-empty list');
  else json.files.forEach((entry, i) => checkEntry(entry, `files[${i}]`, problems));
  if (problems.length === 0) problems.push(...prefixConflicts(json.files as FileEntry[]));
  if (problems.length > 0)
    throw new ImportSetupError(`${source} is not a valid mapping:\n  - ${problems.join('\n  - ')}`);
  return json as unknown as MappingFile;
}

/** References take the id prefix of the kind they point at, so every entry of a kind needs the same one. */
function prefixConflicts(entries: FileEntry[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of entries) {
    const prefix = entry.idPrefix ?? '';
    const previous = seen.get(entry.record);
    if (previous === undefined) seen.set(entry.record, prefix);
    else if (previous !== prefix)
      problems.push(`${entry.record}: entries use different idPrefix values ('${previous}', '${prefix}')`);
  }
  return problems;
}

export function loadMappingFile(path: string): MappingFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ImportSetupError(`Cannot read the mapping file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportSetupError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseMapping(json, path);
}
