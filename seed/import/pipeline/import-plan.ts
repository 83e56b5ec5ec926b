import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WRITE_STEPS, type RecordKind } from '../../../src/repositories/portfolio-write.repository';
import { ImportSetupError } from '../import-errors';
import type { FieldSpec, FileEntry, LookupSpec, MappingFile } from '../mapping/mapping-types';

export interface PlannedEntry {
  /** Position in the mapping file, for messages and first-seen bookkeeping. */
  index: number;
  entry: FileEntry;
  path: string;
}

export interface ImportPlan {
  name: string;
  dir: string;
  /** In write order: by kind as WRITE_STEPS orders them, then as the mapping lists them. */
  entries: PlannedEntry[];
  /** Optional files (built-in formats) the folder does not have. */
  absent: string[];
  /** Mapping files must name real columns; built-in formats accept exports without some. */
  strictColumns: boolean;
  nullValues: string[];
  prefixOf: (kind: RecordKind) => string;
  lookups: LookupSpec[];
}

const KIND_ORDER = new Map<RecordKind, number>();
WRITE_STEPS.forEach((step, i) => {
  if (!KIND_ORDER.has(step.kind)) KIND_ORDER.set(step.kind, i);
});

function lookupsIn(spec: FieldSpec): LookupSpec[] {
  if (typeof spec === 'string') return [];
  return [...(spec.lookup ? [spec.lookup] : []), ...(spec.firstOf ?? []).flatMap(lookupsIn)];
}

/** Checks the folder against the mapping and orders the work; nothing is read yet. */
export function planImport(mapping: MappingFile, dir: string, strictColumns: boolean): ImportPlan {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ImportSetupError(`No such folder: ${dir}`);
  const planned = mapping.files.map((entry, index) => ({ index, entry, path: join(dir, entry.file) }));
  const present = planned.filter((p) => existsSync(p.path));
  const missing = planned.filter((p) => !existsSync(p.path));
  const required = [...new Set(missing.filter((p) => !p.entry.optional).map((p) => p.entry.file))];
  if (required.length > 0)
    throw new ImportSetupError(`${dir} lacks ${required.join(', ')}, named in the mapping '${mapping.name}'`);
  if (present.length === 0)
    throw new ImportSetupError(
      `${dir} holds none of the files of '${mapping.name}' (${[...new Set(planned.map((p) => p.entry.file))].join(', ')})`,
    );
  const lookups = present.flatMap((p) => Object.values(p.entry.fields).flatMap(lookupsIn));
  const absentLookups = [...new Set(lookups.map((l) => l.file))].filter(
    (file) => !existsSync(join(dir, file)),
  );
  if (absentLookups.length > 0 && strictColumns)
    throw new ImportSetupError(
      `${dir} lacks ${absentLookups.join(', ')}, which the mapping looks values up in`,
    );

  const prefixes = new Map<RecordKind, string>();
  for (const { entry } of planned)
    if (!prefixes.has(entry.record)) prefixes.set(entry.record, entry.idPrefix ?? '');

  return {
    name: mapping.name,
    dir,
    entries: present.sort(
      (a, b) =>
        (KIND_ORDER.get(a.entry.record) ?? 0) - (KIND_ORDER.get(b.entry.record) ?? 0) || a.index - b.index,
    ),
    absent: [...new Set(missing.map((p) => p.entry.file))],
    strictColumns,
    nullValues: mapping.nullValues ?? [''],
    prefixOf: (kind) => prefixes.get(kind) ?? '',
    lookups: lookups.filter((l) => !absentLookups.includes(l.file)),
  };
}
