/**
 * The few Markdown constructs the plan and the briefing are written in. Cell text is escaped so a
 * customer's objective with a `|` or a newline in it cannot break a table.
 */

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Escapes what would turn plain text into Markdown markup at the start of a line or inline. */
export function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]#])/g, '\\$1');
}

/**
 * No raw HTML in a document: `<` becomes `&lt;` and `>` (except a line's blockquote marker)
 * `&gt;`, so a stored `<script>` or `<img onerror>` shows as text in any Markdown viewer. Our
 * templates write no HTML, and the result has no `<` left, so applying it twice changes nothing.
 */
export function escapeHtml(markdown: string): string {
  return markdown.replace(/</g, '&lt;').replace(/(?<!^)>/gm, '&gt;');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item.replace(/\r?\n/g, ' ')}`).join('\n');
}

export function heading(level: 1 | 2 | 3, text: string): string {
  return `${'#'.repeat(level)} ${text.replace(/\r?\n/g, ' ')}`;
}

/** Sections joined by blank lines; empty ones dropped. */
export function document(...sections: readonly (string | null | undefined | false)[]): string {
  return escapeHtml(
    `${sections.filter((s): s is string => typeof s === 'string' && s.trim() !== '').join('\n\n')}\n`,
  );
}

export const money = (n: number | null): string =>
  n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: 0 });

export const percent = (ratio: number | null, digits = 0): string =>
  ratio === null ? '—' : `${(ratio * 100).toFixed(digits)}%`;

export const orDash = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : String(value);
