import { describe, expect, it } from "vitest";
import { csvFile, safeCell } from "./csv.js";

describe("CSV files", () => {
  it("quote and escape what needs it, one CRLF-ended line per row under the header", () => {
    const file = csvFile(
      "x.csv",
      ["date", "hours", "billable", "note"],
      [
        ["2026-11-16", 8, true, 'Fixed "the" bug, then, lunch'],
        ["2026-11-17", 0.25, false, "two\nlines"],
        ["2026-11-18", 1, true, null],
      ],
    );
    expect(file.content).toBe(
      'date,hours,billable,note\r\n2026-11-16,8,true,"Fixed ""the"" bug, then, lunch"\r\n2026-11-17,0.25,false,"two\nlines"\r\n2026-11-18,1,true,\r\n',
    );
    expect(file).toMatchObject({ filename: "x.csv", rowCount: 3, contentType: "text/csv; charset=utf-8; header=present" });
  });

  it("keep a spreadsheet from running a cell as a formula", () => {
    expect(safeCell('=HYPERLINK("http://evil.example","click")')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(safeCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(safeCell("Deploy WAF")).toBe("Deploy WAF");
    expect(safeCell(-3)).toBe(-3); // numbers are numbers
  });
});
