import "reflect-metadata";
import { AppError } from "@plateau/kernel";
import { describe, expect, it } from "vitest";
import { DateFilter, DateTimeFilter, IdFilter, IntFilter, StringFilter, filterToWhere } from "./filters.js";

/** Builds filter inputs the way type-graphql does: instances of the input classes. */
const idFilter = (fields: Partial<IdFilter>) => Object.assign(new IdFilter(), fields);
const stringFilter = (fields: Partial<StringFilter>) => Object.assign(new StringFilter(), fields);

const ownerId = "0190b7a2-1111-7000-8000-000000000001";
const otherId = "0190b7a2-2222-7000-8000-000000000002";

/** The BAD_USER_INPUT error `run` throws. */
function badInputFrom(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a BAD_USER_INPUT error");
}

describe("filterToWhere", () => {
  it("is empty without a filter, and skips unset fields", () => {
    expect(filterToWhere(undefined)).toEqual({});
    expect(filterToWhere(null)).toEqual({});
    expect(filterToWhere({ status: null, name: undefined })).toEqual({});
  });

  it("maps comparison operators onto MikroORM's", () => {
    expect(
      filterToWhere({
        status: { eq: "OPEN" },
        priority: { in: ["HIGH", "LOW"], notIn: ["NONE"] },
        estimate: Object.assign(new IntFilter(), { lt: 10, gte: 2, lte: 9, gt: 1 }),
        dueDate: Object.assign(new DateFilter(), { gte: "2026-01-01", lt: "2026-02-01" }),
      }),
    ).toEqual({
      status: { $eq: "OPEN" },
      priority: { $in: ["HIGH", "LOW"], $nin: ["NONE"] },
      estimate: { $lt: 10, $gte: 2, $lte: 9, $gt: 1 },
      dueDate: { $gte: "2026-01-01", $lt: "2026-02-01" },
    });
  });

  it("keeps a zero, false or empty operand rather than dropping it", () => {
    expect(filterToWhere({ estimate: { eq: 0 }, billable: { eq: false }, tags: { in: [] } })).toEqual({
      estimate: { $eq: 0 },
      billable: { $eq: false },
      tags: { $in: [] },
    });
  });

  it("turns contains into a case-insensitive substring match with %, _ and \\ escaped", () => {
    expect(filterToWhere({ name: stringFilter({ contains: "Q1" }) })).toEqual({ name: { $ilike: "%Q1%" } });
    expect(filterToWhere({ name: stringFilter({ contains: "100%_done\\" }) })).toEqual({ name: { $ilike: "%100\\%\\_done\\\\%" } });
  });

  it("turns isNull into an equality or inequality with null", () => {
    expect(filterToWhere({ parent: idFilter({ isNull: true }), closedAt: Object.assign(new DateTimeFilter(), { isNull: false }) })).toEqual(
      {
        parent: { $eq: null },
        closedAt: { $ne: null },
      },
    );
  });

  it("renames fields through the map, also inside and/or", () => {
    const where = filterToWhere({ assignee: idFilter({ eq: ownerId }), or: [{ assignee: idFilter({ isNull: true }) }] }, "filter", {
      assignee: "assignee_id",
    });

    expect(where).toEqual({ assignee_id: { $eq: ownerId }, $and: [{ $or: [{ assignee_id: { $eq: null } }] }] });
  });

  it("nests and/or into $and, keeping each branch's own conditions", () => {
    const where = filterToWhere({
      status: { eq: "OPEN" },
      and: [{ priority: { eq: "HIGH" } }, { or: [{ owner: idFilter({ eq: ownerId }) }, { owner: idFilter({ in: [otherId] }) }] }],
      or: [{ name: stringFilter({ contains: "api" }) }, { status: { eq: "BLOCKED" } }],
    });

    expect(where).toEqual({
      status: { $eq: "OPEN" },
      $and: [
        { priority: { $eq: "HIGH" } },
        { $and: [{ $or: [{ owner: { $eq: ownerId } }, { owner: { $in: [otherId] } }] }] },
        { $or: [{ name: { $ilike: "%api%" } }, { status: { $eq: "BLOCKED" } }] },
      ],
    });
  });

  it("accepts UUIDs in an ID filter", () => {
    expect(filterToWhere({ id: idFilter({ eq: ownerId, in: [ownerId, otherId.toUpperCase()] }) })).toEqual({
      id: { $eq: ownerId, $in: [ownerId, otherId.toUpperCase()] },
    });
  });

  it("rejects a non-UUID in an ID filter, naming the field", () => {
    const error = badInputFrom(() => filterToWhere({ owner: idFilter({ eq: "42" }) }));

    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.extensions).toEqual({ fields: [{ field: "filter.owner.eq", message: '"42" is not a valid ID' }] });
  });

  it("names the full path of a bad ID inside nested and/or", () => {
    const error = badInputFrom(() =>
      filterToWhere({ or: [{ id: idFilter({ eq: ownerId }) }, { id: idFilter({ in: [otherId, "1; DROP TABLE task"] }) }] }, "filter"),
    );
    expect(error.extensions.fields).toEqual([{ field: "filter.or[1].id.in", message: '"1; DROP TABLE task" is not a valid ID' }]);

    const deeper = badInputFrom(() => filterToWhere({ and: [{}, { or: [{ project: idFilter({ eq: "x" }) }] }] }, "where"));
    expect(deeper.extensions.fields).toEqual([{ field: "where.and[1].or[0].project.eq", message: '"x" is not a valid ID' }]);
  });

  it("only checks UUIDs in ID filters, not in other filters", () => {
    expect(filterToWhere({ code: stringFilter({ eq: "42", in: ["not-a-uuid"] }) })).toEqual({ code: { $eq: "42", $in: ["not-a-uuid"] } });
  });
});
