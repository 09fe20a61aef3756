import { Field, Int, ObjectType } from "type-graphql";
import type { CsvDocument } from "./csv.js";

/** A CSV document for a client to save or show. */
@ObjectType({ description: "A CSV document (RFC 4180, UTF-8, a header row, CRLF line ends): save `content` as `filename`." })
export class CsvFile implements CsvDocument {
  @Field(() => String, { description: "A file name for it, e.g. timesheet-2026-W47.csv." }) filename!: string;
  @Field(() => String, { description: "Its media type: text/csv; charset=utf-8; header=present." }) contentType!: string;
  @Field(() => Int, { description: "Data rows, the header row aside." }) rowCount!: number;
  @Field(() => String, { description: "The CSV text." }) content!: string;
}
