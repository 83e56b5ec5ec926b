import type { Cell } from './csv';
import { salesforceColumns, type SalesforceFile } from './salesforce-headers';

/**
 * Places named values in an export file's column order; every column not named is blank, as in
 * a real export where most standard fields are empty. Naming a column the file does not have is
 * a programming error and throws, so a typo cannot silently drop a field.
 */
export class SalesforceLayout {
  readonly columns: readonly string[];
  private readonly positions: Map<string, number>;

  constructor(readonly file: SalesforceFile) {
    this.columns = salesforceColumns(file);
    this.positions = new Map(this.columns.map((column, i) => [column, i]));
  }

  row(values: Readonly<Record<string, Cell>>): Cell[] {
    const cells: Cell[] = new Array<Cell>(this.columns.length).fill('');
    for (const [column, value] of Object.entries(values)) {
      const position = this.positions.get(column);
      if (position === undefined) throw new Error(`${this.file}.csv has no column ${column}`);
      cells[position] = value;
    }
    return cells;
  }
}
