import { stringify } from "csv-stringify/sync";

/** A CSV document: a file name, its media type, its data rows' count and its text (exposed as CsvFile). */
export interface CsvDocument {
  filename: string;
  contentType: string;
  rowCount: number;
  content: string;
}

/** A cell's value: text, a number, a flag, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null;

/** The characters a spreadsheet reads a formula from at the start of a cell (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as written: one a spreadsheet would take for a formula (a task named `=HYPERLINK(…)`) is
 * prefixed with an apostrophe, so it shows as the text it is and runs nothing. Numbers stay numbers.
 */
export function safeCell(value: CsvCell): CsvCell {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** The CSV of `rows` under `header`, every text cell made safe ({@link safeCell}); quoting and escaping by csv-stringify. */
export function csvFile(filename: string, header: readonly string[], rows: readonly CsvCell[][]): CsvDocument {
  const content = stringify([header, ...rows.map((row) => row.map(safeCell))], {
    record_delimiter: "windows",
    // csv-stringify quotes a field holding the record delimiter (CRLF), not a lone line feed: RFC 4180 wants both quoted.
    quoted_match: /[\r\n]/,
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
  return { filename, contentType: "text/csv; charset=utf-8; header=present", rowCount: rows.length, content };
}
