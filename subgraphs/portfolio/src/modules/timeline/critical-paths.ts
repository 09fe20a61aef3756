/**
 * Lists the critical paths of a computed schedule: chains of critical items linked by driving
 * dependencies (the predecessor fixes the successor's earliest start), from an item nothing drives
 * to an item that finishes with the project. Enumeration is iterative and capped, because a network
 * with many tied branches has exponentially many paths.
 */

/** One edge of the critical subgraph, by item index. */
export interface CriticalLink {
  predecessor: number;
  successor: number;
}

/** The paths found (item indexes, in order) and whether the cap cut the list short. */
export interface CriticalPathList {
  paths: number[][];
  truncated: boolean;
}

/**
 * All paths through the critical subgraph from its sources to its sinks, at most `max` of them.
 * `critical` marks the items; `links` are the driving dependencies between critical items. Sources
 * are taken in index order and successors in link order, so the result is deterministic.
 */
export function listCriticalPaths(critical: readonly boolean[], links: readonly CriticalLink[], max: number): CriticalPathList {
  const next: number[][] = critical.map(() => []);
  const driven = critical.map(() => false);
  const seen = new Set<string>();
  for (const { predecessor, successor } of links) {
    const key = `${predecessor}:${successor}`;
    if (seen.has(key)) continue;
    seen.add(key);
    next[predecessor]!.push(successor);
    driven[successor] = true;
  }
  const paths: number[][] = [];
  for (let source = 0; source < critical.length; source++) {
    if (!critical[source] || driven[source]) continue;
    if (!walkFrom(source, next, paths, max)) return { paths, truncated: true };
  }
  return { paths, truncated: false };
}

/** Appends every path from `source` to `paths`; false when the cap was hit with more paths left. */
function walkFrom(source: number, next: readonly number[][], paths: number[][], max: number): boolean {
  const path = [source];
  const nextEdge = [0];
  while (path.length > 0) {
    const top = path.length - 1;
    const node = path[top]!;
    const edges = next[node]!;
    if (edges.length === 0) {
      if (paths.length === max) return false;
      paths.push([...path]);
    }
    const edge = nextEdge[top]!;
    if (edge >= edges.length) {
      path.pop();
      nextEdge.pop();
      continue;
    }
    nextEdge[top] = edge + 1;
    path.push(edges[edge]!);
    nextEdge.push(0);
  }
  return true;
}
