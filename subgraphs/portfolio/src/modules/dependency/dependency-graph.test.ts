import { describe, expect, it } from "vitest";
import { checkNewDependency, findCycle, findPath, formatCycle, type DependencyLink, type TaskDependency } from "./dependency-graph.js";
import { seededRandom } from "./dependency.factories.js";

const link = (predecessorId: string, successorId: string): DependencyLink => ({ predecessorId, successorId });

/** `n` tasks t0 → t1 → … → t(n-1). */
const chain = (n: number): DependencyLink[] => Array.from({ length: n - 1 }, (_, i) => link(`t${i}`, `t${i + 1}`));

/** Every hop of `cycle` is a link, except the last, which is `proposed`. */
function expectClosedBy(cycle: string[], links: DependencyLink[], proposed: DependencyLink) {
  const existing = new Set(links.map((l) => `${l.predecessorId}>${l.successorId}`));
  expect(cycle[0]).toBe(cycle.at(-1));
  for (let i = 0; i < cycle.length - 2; i++)
    expect(existing.has(`${cycle[i]}>${cycle[i + 1]}`), `${cycle[i]} → ${cycle[i + 1]}`).toBe(true);
  expect({ predecessorId: cycle.at(-2), successorId: cycle.at(-1) }).toEqual(proposed);
}

describe("checkNewDependency", () => {
  it("accepts a dependency that keeps the graph acyclic, including a second route to the same task", () => {
    const links = [link("A", "B"), link("B", "C")];
    expect(checkNewDependency(links, link("A", "C"))).toEqual({ ok: true });
    expect(checkNewDependency(links, link("C", "D"))).toEqual({ ok: true });
    expect(checkNewDependency([], link("A", "B"))).toEqual({ ok: true });
  });

  it("rejects a task depending on itself before anything else", () => {
    expect(checkNewDependency([link("A", "A")], link("A", "A"))).toEqual({ ok: false, reason: "SELF_DEPENDENCY", taskId: "A" });
  });

  it("rejects a second dependency between the same predecessor and successor, whatever its type, and returns the first", () => {
    const existing: TaskDependency = { id: "d1", predecessorId: "A", successorId: "B", type: "START_TO_START", lagDays: 2 };
    expect(checkNewDependency([existing], link("A", "B"))).toEqual({ ok: false, reason: "DUPLICATE", existing });
  });

  it("names the cycle starting at the proposed successor and closing with the proposed dependency", () => {
    const links = [link("A", "B"), link("B", "C")];
    expect(checkNewDependency(links, link("C", "A"))).toEqual({ ok: false, reason: "CYCLE", cycle: ["A", "B", "C", "A"] });
    // The reverse of an existing dependency is the shortest cycle there is.
    expect(checkNewDependency(links, link("B", "A"))).toEqual({ ok: false, reason: "CYCLE", cycle: ["A", "B", "A"] });
  });

  it("reports the shortest of several cycles", () => {
    const links = [link("A", "B"), link("B", "C"), link("C", "D"), link("D", "E"), link("A", "X"), link("X", "E")];
    expect(checkNewDependency(links, link("E", "A"))).toEqual({ ok: false, reason: "CYCLE", cycle: ["A", "X", "E", "A"] });
  });

  it("finds a 10,000-task cycle without overflowing the stack", () => {
    const links = chain(10_000);
    const result = checkNewDependency(links, link("t9999", "t0"));
    if (result.ok || result.reason !== "CYCLE") throw new Error(`expected a cycle, got ${JSON.stringify(result)}`);
    expect(result.cycle).toHaveLength(10_001);
    expect(result.cycle.slice(0, 3)).toEqual(["t0", "t1", "t2"]);
    expect(result.cycle.slice(-2)).toEqual(["t9999", "t0"]);
  });

  it("on 10,000 tasks and 20,000 dependencies accepts forward links and names a real cycle for backward ones", () => {
    const random = seededRandom(7);
    const links: DependencyLink[] = chain(10_000);
    while (links.length < 20_000) {
      const a = Math.floor(random() * 10_000);
      const b = Math.floor(random() * 10_000);
      if (a < b) links.push(link(`t${a}`, `t${b}`));
    }
    expect(checkNewDependency(links, link("t10", "t20"))).toEqual({ ok: true });
    const proposed = link("t8000", "t100");
    const result = checkNewDependency(links, proposed);
    if (result.ok || result.reason !== "CYCLE") throw new Error(`expected a cycle, got ${JSON.stringify(result)}`);
    expectClosedBy(result.cycle, links, proposed);
    // Breadth-first: no longer than the plain chain t100 → … → t8000.
    expect(result.cycle.length).toBeLessThanOrEqual(7_902);
  });
});

describe("findPath", () => {
  it("returns the chain from one task to another, or null when there is none", () => {
    const links = [link("A", "B"), link("B", "C"), link("X", "C")];
    expect(findPath(links, "A", "C")).toEqual(["A", "B", "C"]);
    expect(findPath(links, "A", "A")).toEqual(["A"]);
    expect(findPath(links, "C", "A")).toBeNull();
    expect(findPath(links, "A", "X")).toBeNull();
  });
});

describe("findCycle", () => {
  it("returns null for a DAG, diamonds included", () => {
    expect(findCycle([link("A", "B"), link("A", "C"), link("B", "D"), link("C", "D"), link("D", "E")])).toBeNull();
    expect(findCycle([])).toBeNull();
  });

  it("returns a cycle in dependency order with its first task repeated", () => {
    const links = [link("S", "A"), link("A", "B"), link("B", "C"), link("C", "A"), link("C", "D")];
    expect(findCycle(links)).toEqual(["A", "B", "C", "A"]);
    expect(findCycle([link("A", "A")])).toEqual(["A", "A"]);
  });

  it("starts where told, so the same input always names the same cycle", () => {
    const links = [link("A", "B"), link("B", "A"), link("C", "D"), link("D", "C")];
    expect(findCycle(links, ["C"])).toEqual(["C", "D", "C"]);
  });

  it("walks a 10,000-task cycle iteratively", () => {
    const links = [...chain(10_000), link("t9999", "t0")];
    const cycle = findCycle(links);
    expect(cycle).toHaveLength(10_001);
    expect(cycle?.[0]).toBe("t0");
    expect(cycle?.at(-1)).toBe("t0");
  });
});

describe("formatCycle", () => {
  it("joins the cycle with arrows, resolving names when asked", () => {
    expect(formatCycle(["A", "B", "C", "A"])).toBe("A → B → C → A");
    const names: Record<string, string> = { a: "Design", b: "Build" };
    expect(formatCycle(["a", "b", "a"], (id) => names[id] ?? id)).toBe("Design → Build → Design");
  });
});
