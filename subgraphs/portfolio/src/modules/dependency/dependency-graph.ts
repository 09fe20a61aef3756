/**
 * Dependencies between tasks and the checks a new one must pass: not on itself, not a second link
 * between the same two tasks, and no cycle. Every walk is iterative (explicit queue or stack), so a
 * chain of tens of thousands of tasks cannot overflow the call stack, and each check is O(V + E).
 *
 * A cycle is reported as the ordered ids along the dependencies with the first id repeated at the
 * end, e.g. `["A", "B", "C", "A"]`: A precedes B, B precedes C, C precedes A.
 */

/** The four relationship types, as MS Project and Primavera define them (see the timeline's schedule.ts for the arithmetic). */
export const DEPENDENCY_TYPES = ["FINISH_TO_START", "START_TO_START", "FINISH_TO_FINISH", "START_TO_FINISH"] as const;
export type DependencyType = (typeof DEPENDENCY_TYPES)[number];

/** A dependency between two tasks of a project. */
export interface TaskDependency {
  id: string;
  /** The task that drives the other. */
  predecessorId: string;
  /** The task that waits for (or is bound to) the predecessor. */
  successorId: string;
  type: DependencyType;
  /** Whole days added to the relationship; negative is a lead (overlap). */
  lagDays: number;
}

/** The two ends of a dependency: all the graph checks need. */
export type DependencyLink = Pick<TaskDependency, "predecessorId" | "successorId">;

/** The verdict on a proposed dependency; `existing` is the dependency that already links the same pair. */
export type DependencyCheck<T extends DependencyLink = DependencyLink> =
  | { ok: true }
  | { ok: false; reason: "SELF_DEPENDENCY"; taskId: string }
  | { ok: false; reason: "DUPLICATE"; existing: T }
  | { ok: false; reason: "CYCLE"; cycle: string[] };

function successorsOf(links: readonly DependencyLink[]): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const { predecessorId, successorId } of links) {
    const list = successors.get(predecessorId);
    if (list) list.push(successorId);
    else successors.set(predecessorId, [successorId]);
  }
  return successors;
}

/**
 * The shortest chain of dependencies leading from `from` to `to` (both included), or null when
 * `to` cannot be reached. Breadth-first, so the cycle a caller reports is as short as possible.
 */
export function findPath(links: readonly DependencyLink[], from: string, to: string): string[] | null {
  const successors = successorsOf(links);
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    if (current === to) {
      const path: string[] = [];
      for (let step: string | null = current; step !== null; step = cameFrom.get(step) ?? null) path.push(step);
      return path.reverse();
    }
    for (const next of successors.get(current) ?? []) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

/**
 * Whether `proposed` may be added to a project whose dependencies are `existing`. Checked in this
 * order: a task depending on itself, a second dependency between the same predecessor and successor
 * (whatever its type), then a cycle. The cycle starts at the proposed successor and its last hop is
 * the proposed dependency: adding C → A to A → B → C reports `["A", "B", "C", "A"]`.
 */
export function checkNewDependency<T extends DependencyLink>(existing: readonly T[], proposed: DependencyLink): DependencyCheck<T> {
  const { predecessorId, successorId } = proposed;
  if (predecessorId === successorId) return { ok: false, reason: "SELF_DEPENDENCY", taskId: predecessorId };
  const duplicate = existing.find((link) => link.predecessorId === predecessorId && link.successorId === successorId);
  if (duplicate) return { ok: false, reason: "DUPLICATE", existing: duplicate };
  const path = findPath(existing, successorId, predecessorId);
  if (path) return { ok: false, reason: "CYCLE", cycle: [...path, successorId] };
  return { ok: true };
}

const UNVISITED = 0;
const ON_STACK = 1;
const FINISHED = 2;

/**
 * Some cycle among `links`, or null when they form a DAG. Depth-first with an explicit stack.
 * `startIds` orders where the search begins (default: in order of appearance), which makes the
 * reported cycle deterministic for a given input.
 */
export function findCycle(links: readonly DependencyLink[], startIds?: Iterable<string>): string[] | null {
  const successors = successorsOf(links);
  const state = new Map<string, number>();
  const starts = startIds ?? links.map((link) => link.predecessorId);
  for (const start of starts) {
    if ((state.get(start) ?? UNVISITED) !== UNVISITED) continue;
    const cycle = searchFrom(start, successors, state);
    if (cycle) return cycle;
  }
  return null;
}

function searchFrom(start: string, successors: Map<string, string[]>, state: Map<string, number>): string[] | null {
  const stack = [start];
  const nextEdge = [0];
  const depthOf = new Map<string, number>([[start, 0]]);
  state.set(start, ON_STACK);
  while (stack.length > 0) {
    const top = stack.length - 1;
    const node = stack[top]!;
    const edges = successors.get(node) ?? [];
    const edge = nextEdge[top]!;
    if (edge === edges.length) {
      state.set(node, FINISHED);
      depthOf.delete(node);
      stack.pop();
      nextEdge.pop();
      continue;
    }
    nextEdge[top] = edge + 1;
    const next = edges[edge]!;
    const nextState = state.get(next) ?? UNVISITED;
    if (nextState === ON_STACK) return [...stack.slice(depthOf.get(next)), next];
    if (nextState === FINISHED) continue;
    state.set(next, ON_STACK);
    depthOf.set(next, stack.length);
    stack.push(next);
    nextEdge.push(0);
  }
  return null;
}

/** A cycle as people read it, e.g. `Design → Build → Test → Design`; `nameOf` resolves ids to titles. */
export function formatCycle(cycle: readonly string[], nameOf: (id: string) => string = (id) => id): string {
  return cycle.map(nameOf).join(" → ");
}
