import { describe, expect, it } from "vitest";
import { distinctRepresentations } from "./entity-representations.js";

const user = (id: string) => ({ __typename: "User", id });

describe("distinctRepresentations", () => {
  it("asks for each distinct representation once, in order of first appearance", () => {
    const plan = distinctRepresentations([user("a"), user("b"), user("a"), user("c"), user("b"), user("a")]);
    expect(plan?.distinct).toEqual([user("a"), user("b"), user("c")]);
  });

  it("leaves a fetch whose representations are all distinct alone", () => {
    expect(distinctRepresentations([user("a"), user("b")])).toBeUndefined();
    expect(distinctRepresentations([])).toBeUndefined();
  });

  it("tells apart representations that differ in any field", () => {
    const plan = distinctRepresentations([
      { __typename: "Task", id: "1", projectId: "p" },
      { __typename: "Task", id: "1", projectId: "q" },
      { __typename: "Task", id: "1", projectId: "p" },
    ]);
    expect(plan?.distinct).toHaveLength(2);
  });

  it("answers every representation the gateway built with its distinct one's entity", () => {
    const plan = distinctRepresentations([user("a"), user("b"), user("a"), user("b"), user("b")])!;
    const answer = plan.expand({
      data: {
        _entities: [
          { id: "a", name: "Ann" },
          { id: "b", name: "Bob" },
        ],
      },
    });
    expect(answer.data?._entities).toEqual([
      { id: "a", name: "Ann" },
      { id: "b", name: "Bob" },
      { id: "a", name: "Ann" },
      { id: "b", name: "Bob" },
      { id: "b", name: "Bob" },
    ]);
  });

  it("gives each repeat of an entity with nested objects its own copy, so merging into one leaves the others", () => {
    const plan = distinctRepresentations([user("a"), user("a")])!;
    const answer = plan.expand({ data: { _entities: [{ id: "a", profile: { team: "Core" } }] } });
    const [first, second] = answer.data?._entities as { profile: { team: string; role?: string } }[];
    expect(second).toEqual(first);
    first!.profile.role = "lead";
    expect(second!.profile).toEqual({ team: "Core" });
  });

  it("repeats an error located at an entity at every position that asked for it, and keeps other errors", () => {
    const plan = distinctRepresentations([user("a"), user("b"), user("a")])!;
    const answer = plan.expand({
      data: { _entities: [null, { id: "b", name: "Bob" }] },
      errors: [
        { message: "gone", path: ["_entities", 0, "name"], extensions: { code: "NOT_FOUND" } },
        { message: "whole request", extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ],
    });
    expect(answer.data?._entities).toEqual([null, { id: "b", name: "Bob" }, null]);
    expect(answer.errors).toEqual([
      { message: "gone", path: ["_entities", 0, "name"], extensions: { code: "NOT_FOUND" } },
      { message: "gone", path: ["_entities", 2, "name"], extensions: { code: "NOT_FOUND" } },
      { message: "whole request", extensions: { code: "INTERNAL_SERVER_ERROR" } },
    ]);
  });

  it("passes an answer without the expected entities through, for the gateway to report", () => {
    const plan = distinctRepresentations([user("a"), user("a")])!;
    expect(plan.expand({ data: null, errors: [{ message: "down" }] })).toEqual({ data: null, errors: [{ message: "down" }] });
    expect(plan.expand({ data: { _entities: [] } })).toEqual({ data: { _entities: [] } });
  });
});
