import { describe, expect, it } from "vitest";
import { ArchitectureElementType as T } from "../architecture-element/architecture-element.entity.js";
import { ALLOWED_TARGETS, PackageRelation as R, relationAllows } from "./package-relation.js";

describe("relationAllows", () => {
  it.each([
    [R.CLOSES, T.GAP],
    [R.DELIVERS, T.DELIVERABLE],
    [R.DELIVERS, T.PLATEAU],
    [R.REALIZES, T.GOAL],
    [R.REALIZES, T.OUTCOME],
    [R.REALIZES, T.REQUIREMENT],
    [R.REALIZES, T.CAPABILITY],
    [R.REALIZES, T.DELIVERABLE],
    [R.REALIZES, T.PLATEAU],
    [R.ENABLES, T.CAPABILITY],
    [R.ENABLES, T.PLATEAU],
  ])("allows %s to a %s", (relation, type) => {
    expect(relationAllows(relation, type)).toBe(true);
  });

  it.each([
    [R.CLOSES, T.CAPABILITY],
    [R.CLOSES, T.GOAL],
    [R.DELIVERS, T.GOAL],
    [R.DELIVERS, T.GAP],
    [R.REALIZES, T.GAP],
    [R.ENABLES, T.GOAL],
    [R.ENABLES, T.DELIVERABLE],
  ])("refuses %s to a %s", (relation, type) => {
    expect(relationAllows(relation, type)).toBe(false);
  });

  it("lets INFLUENCES, SERVES and ASSOCIATED_WITH point at every element type", () => {
    for (const relation of [R.INFLUENCES, R.SERVES, R.ASSOCIATED_WITH]) {
      for (const type of Object.values(T)) expect(relationAllows(relation, type), `${relation} ${type}`).toBe(true);
    }
  });

  it("has a rule for every relation", () => {
    expect(Object.keys(ALLOWED_TARGETS).sort()).toEqual(Object.values(R).sort());
  });
});
