import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';

/** The value types a column can be read as (records' own field types apply when none is given). */
export const VALUE_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'datetime'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export const DERIVATIONS = ['seniority'] as const;
export type Derivation = (typeof DERIVATIONS)[number];

/** A record field's source: a column name, or the object form below. */
export type FieldSpec = string | FieldObject;

export interface FieldObject {
  /** Where the value comes from: exactly one of these. */
  column?: string;
  /** `"{FirstName} {LastName}"`: columns in braces; missing ones render empty. */
  template?: string;
  value?: string | number | boolean | null;
  /** The first of these that gives a value. */
  firstOf?: FieldSpec[];
  /** Arithmetic on numeric columns: `"{unitPrice} * {quantity} * (1 - {discount})"`. */
  formula?: string;

  /** Replace the value by a column of another file of the folder whose `key` column equals it. */
  lookup?: LookupSpec;
  /** No value unless another column passes this test (a departure date only for a hard bounce). */
  when?: Condition;
  /** With `template`: no value at all unless every column in it has one. */
  allRequired?: boolean;
  trim?: boolean;
  /** A regular expression the value must match, or it is treated as absent. */
  matches?: string;
  split?: string;
  pick?: 'first' | 'last';
  map?: Record<string, string | number | boolean | null>;
  /**
   * What to do with a value `map` does not list: reject the row (the default, unless `default`
   * is given, which then stands for it), keep it as read, or treat it as absent.
   */
  unmapped?: 'reject' | 'keep' | 'null';
  /** The value when there is none (and for unmapped values, unless `unmapped` says otherwise). */
  default?: string | number | boolean | null;
  /** Any value present becomes this constant (`closed_at` present → `"CLOSED"`). */
  then?: string | number | boolean;
  /** Numeric bands, first match wins: `[{ "below": 100, "value": "SMB" }, { "value": "ENTERPRISE" }]`. */
  ranges?: { below?: number; value: string | number }[];
  derive?: Derivation;
  type?: ValueType;
  /** Date format for non-ISO dates, e.g. `M/D/YYYY` or `DD.MM.YYYY HH:mm`. */
  format?: string;
  multiply?: number;
  /** The record kind whose id this is; defaults to the record field's own reference. */
  ref?: RecordKind;
}

export interface Condition {
  column: string;
  matches?: string;
  equals?: string;
  in?: string[];
  notIn?: string[];
}

export interface LookupSpec {
  file: string;
  key: string;
  value: string;
}

export interface WhereClause {
  column: string;
  equals?: string;
  in?: string[];
  notIn?: string[];
  /** Why rows failing this test are left out, for the summary (`deleted in Salesforce`). */
  reason?: string;
}

export interface FileEntry {
  file: string;
  record: RecordKind;
  idPrefix?: string;
  nullValues?: string[];
  where?: WhereClause | WhereClause[];
  /**
   * Rows with more fields than the header: the extra fields are commas inside this column's
   * unquoted text (Northwind's addresses) and are joined back into it. Without it such rows
   * are rejected.
   */
  overflowColumn?: string;
  /** One record per element of a list column (a contact with two buying roles → two roles). */
  forEach?: { column: string; split: string };
  fields: Record<string, FieldSpec>;
  /**
   * `keep`: records are only created, never overwritten; for records derived from others (a
   * Salesforce account's departments) that a fuller source (a units file) may also write.
   */
  onExisting?: 'update' | 'keep';
  /** The file may be absent from the folder (built-in formats: an export without cases). */
  optional?: boolean;
  /**
   * Built-in formats only: the columns the source system itself defines. Others (an org's
   * `__c` fields) are reported once as ignored. Without it, every column no entry reads is.
   */
  knownColumns?: readonly string[];
}

export interface MappingFile {
  name: string;
  description?: string;
  /** Values read as "no value" in every file unless an entry sets its own. Default `[""]`. */
  nullValues?: string[];
  files: FileEntry[];
}
