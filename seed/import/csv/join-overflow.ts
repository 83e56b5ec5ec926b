/**
 * Puts back together a field an unquoted comma split in two (`24, place Kléber` in Northwind's
 * customers): the fields beyond the header's width are joined into the given column.
 */
export function joinOverflow(values: string[], width: number, column: number): string[] {
  const extra = values.length - width;
  if (extra <= 0) return values;
  return [
    ...values.slice(0, column),
    values.slice(column, column + extra + 1).join(','),
    ...values.slice(column + extra + 1),
  ];
}
