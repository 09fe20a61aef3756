import "reflect-metadata";
import { AppError } from "@plateau/kernel";
import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageOf, pageSize, type Page } from "./pagination.js";

/** `count` items with readable, ordered ids. */
const buildItems = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `item-${String(index + 1).padStart(3, "0")}` }));

/** Asserts `run` throws BAD_USER_INPUT about exactly `field`. */
function expectInvalidField(run: () => unknown, field: string): AppError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  const error = thrown as AppError;
  expect(error.code).toBe("BAD_USER_INPUT");
  expect((error.extensions.fields as { field: string }[]).map((problem) => problem.field)).toEqual([field]);
  return error;
}

describe("pageSize", () => {
  it("defaults to 50 and accepts 1 to 100", () => {
    expect(DEFAULT_PAGE_SIZE).toBe(50);
    expect(pageSize({})).toBe(50);
    expect(pageSize({ first: null })).toBe(50);
    expect(pageSize({ first: 1 })).toBe(1);
    expect(pageSize({ first: MAX_PAGE_SIZE })).toBe(100);
  });

  it("refuses sizes outside 1 to 100, naming first", () => {
    for (const first of [0, -1, 101, 10_000]) {
      const error = expectInvalidField(() => pageSize({ first }), "first");
      expect(error.message).toBe(`first: must be between 1 and 100, got ${first}`);
    }
  });
});

describe("pageOf", () => {
  const items = buildItems(5);

  it("returns the first page with its cursors and the total count", () => {
    const page = pageOf(items, { first: 2 });

    expect(page.nodes.map((node) => node.id)).toEqual(["item-001", "item-002"]);
    expect(page.edges.map((edge) => edge.node)).toEqual(page.nodes);
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: page.edges[0]!.cursor,
      endCursor: page.edges[1]!.cursor,
    });
  });

  it("continues after the previous page's endCursor until the list runs out", () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page<{ id: string }> = pageOf(items, { first: 2, after });
      seen.push(...page.nodes.map((node) => node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);

    expect(pages).toBe(3);
    expect(seen).toEqual(items.map((item) => item.id));
  });

  it("returns an empty last page after the final item", () => {
    const last = pageOf(items, { first: 5 });
    const page = pageOf(items, { first: 5, after: last.pageInfo.endCursor });

    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(page.nodes).toEqual([]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(page.totalCount).toBe(5);
  });

  it("gives opaque cursors, not the raw ids", () => {
    const page = pageOf(items, { first: 1 });

    expect(page.edges[0]!.cursor).not.toContain("item-001");
    expect(page.edges[0]!.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("handles an empty list", () => {
    expect(pageOf([], {})).toEqual({
      nodes: [],
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it("refuses a cursor this list never returned, naming after", () => {
    const foreign = pageOf(buildItems(10), {}).edges[7]!.cursor;

    for (const after of [foreign, "not-a-cursor", "item-001"]) {
      const error = expectInvalidField(() => pageOf(items, { after }), "after");
      expect(error.message).toBe("after: is not a cursor returned by this list");
    }
  });

  it("checks the page size", () => {
    expectInvalidField(() => pageOf(items, { first: 0 }), "first");
  });
});
