/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet. Session data comes from the
 * API and its tags and names are free text: a tag such as `=HYPERLINK(...)` must arrive as text,
 * never as a formula.
 */
export type CsvValue = string | number | boolean | null

/** Characters that make a spreadsheet read a cell as a formula (or hide one behind a tab or CR). */
const FORMULA_START = /^[=+\-@\t\r]/

/** Neutralizes a would-be formula by prefixing an apostrophe, which spreadsheets treat as "text". */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** Quotes a field holding a comma, a quote, CR or LF, and doubles the quotes inside. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * One cell. Only strings get the formula guard: numbers are written as numbers (credits are
 * never negative, and a real number must stay a number for the spreadsheet to add it up).
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return quoteField(guardFormula(value))
}

/** Header and rows, CRLF between records as the RFC asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map((name) => csvCell(name)).join(',')]
  for (const row of rows) lines.push(row.map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}
