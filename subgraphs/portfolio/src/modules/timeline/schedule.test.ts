import { describe, expect, it } from "vitest";
import type { DependencyType } from "../dependency/dependency-graph.js";
import { computeSchedule, durationFromEstimate } from "./schedule.js";
import { buildDependency, buildMilestone, buildTask, itemsById } from "./timeline.factories.js";
import { TimelineError, TimelineErrorCode } from "./timeline.errors.js";

/** The error `run` throws, failing the test when it throws nothing. */
function thrown(run: () => unknown): TimelineError {
  try {
    run();
  } catch (error) {
    if (error instanceof TimelineError) return error;
    throw error;
  }
  throw new Error("expected a TimelineError");
}

describe("dependency types and lag", () => {
  // A runs 2026-03-10 → 03-12 (3 days). B is 2 days (16 h) with no dates, so only the dependency
  // places it (the project starts 03-02). C runs to 04-30 and sets the project end, so B's latest
  // dates are 04-29 → 04-30 and A's latest dates come from the dependency alone unless that would
  // pass the project end.
  const cases: [DependencyType, number, string, string, string, string][] = [
    // type, lag, B earliest start, B earliest finish, A latest start, A latest finish
    // FS: B starts the day after A's last day, plus lag; A must finish the day before B's latest start, minus lag.
    ["FINISH_TO_START", 0, "2026-03-13", "2026-03-14", "2026-04-26", "2026-04-28"],
    ["FINISH_TO_START", 2, "2026-03-15", "2026-03-16", "2026-04-24", "2026-04-26"],
    ["FINISH_TO_START", -1, "2026-03-12", "2026-03-13", "2026-04-27", "2026-04-29"],
    // SS: B starts on A's start day plus lag; A starts by B's latest start minus lag (capped by the project end).
    ["START_TO_START", 0, "2026-03-10", "2026-03-11", "2026-04-28", "2026-04-30"],
    ["START_TO_START", 2, "2026-03-12", "2026-03-13", "2026-04-27", "2026-04-29"],
    ["START_TO_START", -3, "2026-03-07", "2026-03-08", "2026-04-28", "2026-04-30"],
    // FF: B finishes on A's finish day plus lag; A finishes by B's latest finish minus lag.
    ["FINISH_TO_FINISH", 0, "2026-03-11", "2026-03-12", "2026-04-28", "2026-04-30"],
    ["FINISH_TO_FINISH", 2, "2026-03-13", "2026-03-14", "2026-04-26", "2026-04-28"],
    ["FINISH_TO_FINISH", -1, "2026-03-10", "2026-03-11", "2026-04-28", "2026-04-30"],
    // SF: lag 0 finishes B the day before A starts; A starts by the day after B's latest finish, minus lag.
    ["START_TO_FINISH", 0, "2026-03-08", "2026-03-09", "2026-04-28", "2026-04-30"],
    ["START_TO_FINISH", 5, "2026-03-13", "2026-03-14", "2026-04-26", "2026-04-28"],
    ["START_TO_FINISH", -2, "2026-03-06", "2026-03-07", "2026-04-28", "2026-04-30"],
  ];

  it.each(cases)("%s with lag %i", (type, lag, bStart, bFinish, aLatestStart, aLatestFinish) => {
    const schedule = computeSchedule({
      projectStart: "2026-03-02",
      items: [
        buildTask("A", { plannedStart: "2026-03-10", plannedEnd: "2026-03-12" }),
        buildTask("B", { estimateHours: 16 }),
        buildTask("C", { plannedStart: "2026-03-02", plannedEnd: "2026-04-30" }),
      ],
      dependencies: [buildDependency("A", "B", type, lag)],
    });
    const item = itemsById(schedule);
    expect(schedule.projectEnd).toBe("2026-04-30");
    expect([item("B").earliestStart, item("B").earliestFinish]).toEqual([bStart, bFinish]);
    expect([item("B").latestStart, item("B").latestFinish]).toEqual(["2026-04-29", "2026-04-30"]);
    expect([item("A").earliestStart, item("A").earliestFinish]).toEqual(["2026-03-10", "2026-03-12"]);
    expect([item("A").latestStart, item("A").latestFinish]).toEqual([aLatestStart, aLatestFinish]);
  });

  it("finish-to-start without lag starts the successor the day after the predecessor's last day", () => {
    const schedule = computeSchedule({
      items: [buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-02" }), buildTask("B")],
      dependencies: [buildDependency("A", "B")],
    });
    expect(itemsById(schedule)("B").earliestStart).toBe("2026-03-03");
  });

  it("never starts an item before its planned start, even when a dependency would allow it", () => {
    const schedule = computeSchedule({
      items: [
        buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-03" }),
        buildTask("B", { plannedStart: "2026-03-09", plannedEnd: "2026-03-10" }),
      ],
      dependencies: [buildDependency("A", "B")],
    });
    const item = itemsById(schedule);
    expect([item("B").earliestStart, item("B").earliestFinish]).toEqual(["2026-03-09", "2026-03-10"]);
    // A could slip until B's latest start (03-09) minus one day: 5 days of slack.
    expect(item("A").totalSlackDays).toBe(5);
  });

  it("takes the most demanding of several predecessors", () => {
    const schedule = computeSchedule({
      items: [
        buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-05" }),
        buildTask("B", { plannedStart: "2026-03-02", plannedEnd: "2026-03-03" }),
        buildTask("C"),
      ],
      dependencies: [buildDependency("A", "C"), buildDependency("B", "C", "FINISH_TO_START", 4)],
    });
    // A allows 03-06, B (03-03 + 1 + 4 days) 03-08.
    expect(itemsById(schedule)("C").earliestStart).toBe("2026-03-08");
  });
});

describe("a textbook network", () => {
  // Heizer & Render, Operations Management, "Milwaukee Paper Manufacturing" (weeks read as days):
  //   activity  A  B  C  D    E  F  G    H
  //   duration  2  3  2  4    4  3  5    2
  //   after     -  -  A  A,B  C  C  D,E  F,G
  // Forward pass (day 0 = 2026-01-05): A 0–2, B 0–3, C 2–4, D 3–7, E 4–8, F 4–7, G max(7, 8) = 8–13,
  // H max(7, 13) = 13–15, so the project takes 15 days and ends on day 14 = 2026-01-19.
  // Backward pass from 15: H 13–15, G 8–13, F 10–13 (H starts at 13), E 4–8, D 4–8 (G starts at 8),
  // C min(E 4, F 10) − 2 = 2–4, B 4 − 3 = 1–4, A min(C 2, D 4) − 2 = 0–2.
  // Slack = late start − early start: A 0, B 1, C 0, D 1, E 0, F 6, G 0, H 0; critical path A-C-E-G-H.
  // Dates below: start day n is 2026-01-05 + n; an activity ending at boundary n finishes on day n − 1.
  const durations: Record<string, number> = { A: 2, B: 3, C: 2, D: 4, E: 4, F: 3, G: 5, H: 2 };
  const after: [string, string][] = [
    ["A", "C"],
    ["A", "D"],
    ["B", "D"],
    ["C", "E"],
    ["C", "F"],
    ["D", "G"],
    ["E", "G"],
    ["F", "H"],
    ["G", "H"],
  ];
  const schedule = computeSchedule({
    projectStart: "2026-01-05",
    items: Object.entries(durations).map(([id, days]) => buildTask(id, { estimateHours: days * 8 })),
    dependencies: after.map(([from, to]) => buildDependency(from, to)),
  });
  const expected: [string, string, string, string, string, number][] = [
    // id, earliest start, earliest finish, latest start, latest finish, slack
    ["A", "2026-01-05", "2026-01-06", "2026-01-05", "2026-01-06", 0],
    ["B", "2026-01-05", "2026-01-07", "2026-01-06", "2026-01-08", 1],
    ["C", "2026-01-07", "2026-01-08", "2026-01-07", "2026-01-08", 0],
    ["D", "2026-01-08", "2026-01-11", "2026-01-09", "2026-01-12", 1],
    ["E", "2026-01-09", "2026-01-12", "2026-01-09", "2026-01-12", 0],
    ["F", "2026-01-09", "2026-01-11", "2026-01-15", "2026-01-17", 6],
    ["G", "2026-01-13", "2026-01-17", "2026-01-13", "2026-01-17", 0],
    ["H", "2026-01-18", "2026-01-19", "2026-01-18", "2026-01-19", 0],
  ];

  it.each(expected)("%s: earliest %s → %s, latest %s → %s, slack %i", (id, es, ef, ls, lf, slack) => {
    const item = itemsById(schedule)(id);
    expect(item).toMatchObject({
      earliestStart: es,
      earliestFinish: ef,
      latestStart: ls,
      latestFinish: lf,
      totalSlackDays: slack,
      critical: slack === 0,
    });
    expect(item.durationDays).toBe(durations[id]);
  });

  it("ends on day 15 with the single critical path A-C-E-G-H", () => {
    expect(schedule.projectStart).toBe("2026-01-05");
    expect(schedule.projectEnd).toBe("2026-01-19");
    expect(schedule.criticalPaths).toEqual([["A", "C", "E", "G", "H"]]);
    expect(schedule.criticalPathsTruncated).toBe(false);
  });
});

describe("critical paths", () => {
  it("lists every critical path when parallel branches tie", () => {
    // A (2 d) feeds B and C (3 d each), both feed D; E (1 d) hangs off A with slack.
    const schedule = computeSchedule({
      projectStart: "2026-03-02",
      items: [
        buildTask("A", { estimateHours: 16 }),
        buildTask("B", { estimateHours: 24 }),
        buildTask("C", { estimateHours: 24 }),
        buildTask("D", { estimateHours: 8 }),
        buildTask("E", { estimateHours: 8 }),
      ],
      dependencies: [
        buildDependency("A", "B"),
        buildDependency("A", "C"),
        buildDependency("B", "D"),
        buildDependency("C", "D"),
        buildDependency("A", "E"),
      ],
    });
    expect(schedule.criticalPaths).toEqual([
      ["A", "B", "D"],
      ["A", "C", "D"],
    ]);
    const item = itemsById(schedule);
    expect(item("E")).toMatchObject({ critical: false, totalSlackDays: 3 });
    expect(schedule.projectEnd).toBe("2026-03-07");
  });

  it("lists separate networks that both end with the project", () => {
    const schedule = computeSchedule({
      items: [
        buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-04" }),
        buildTask("B", { estimateHours: 8 }),
        buildTask("X", { plannedStart: "2026-03-02", plannedEnd: "2026-03-05" }),
      ],
      dependencies: [buildDependency("A", "B")],
    });
    expect(schedule.criticalPaths).toEqual([["A", "B"], ["X"]]);
  });

  it("follows start-to-start and finish-to-finish links that drive the end date", () => {
    // A 03-02 → 03-03; B (5 d) starts 2 days after A starts: 03-04 → 03-08; C (1 d) finishes with B: 03-08.
    const schedule = computeSchedule({
      items: [
        buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-03" }),
        buildTask("B", { estimateHours: 40 }),
        buildTask("C"),
      ],
      dependencies: [buildDependency("A", "B", "START_TO_START", 2), buildDependency("B", "C", "FINISH_TO_FINISH")],
    });
    const item = itemsById(schedule);
    expect([item("B").earliestStart, item("B").earliestFinish]).toEqual(["2026-03-04", "2026-03-08"]);
    expect([item("C").earliestStart, item("C").earliestFinish]).toEqual(["2026-03-08", "2026-03-08"]);
    expect(schedule.criticalPaths).toEqual([["A", "B", "C"]]);
  });

  it("stops listing at the cap when tied branches multiply, and says so", () => {
    // 20 stages of two tied 1-day tasks, each pair feeding both of the next: 2^20 critical paths.
    const items = Array.from({ length: 40 }, (_, i) => buildTask(`s${Math.floor(i / 2)}${i % 2 ? "b" : "a"}`));
    const dependencies = [];
    for (let stage = 0; stage < 19; stage++)
      for (const from of ["a", "b"])
        for (const to of ["a", "b"]) dependencies.push(buildDependency(`s${stage}${from}`, `s${stage + 1}${to}`));
    const schedule = computeSchedule({ projectStart: "2026-03-02", items, dependencies, maxCriticalPaths: 10 });
    expect(schedule.criticalPaths).toHaveLength(10);
    expect(schedule.criticalPathsTruncated).toBe(true);
    expect(schedule.criticalPaths[0]).toHaveLength(20);
    expect(schedule.items.every((item) => item.critical)).toBe(true);
  });
});

describe("done items", () => {
  it("keep their dates, still hold back their successors, and are never critical", () => {
    const schedule = computeSchedule({
      items: [
        buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-06", done: true }),
        buildTask("B", { plannedStart: "2026-03-03", estimateHours: 16 }),
        buildTask("C", { estimateHours: 8 }),
      ],
      dependencies: [buildDependency("A", "B"), buildDependency("B", "C")],
    });
    const item = itemsById(schedule);
    expect(item("A")).toMatchObject({
      earliestStart: "2026-03-02",
      earliestFinish: "2026-03-06",
      latestStart: "2026-03-02",
      latestFinish: "2026-03-06",
    });
    expect(item("A")).toMatchObject({ done: true, critical: false, totalSlackDays: 0 });
    expect([item("B").earliestStart, item("B").earliestFinish]).toEqual(["2026-03-07", "2026-03-08"]);
    expect(schedule.criticalPaths).toEqual([["B", "C"]]);
  });

  it("are not moved by open predecessors, nor do they pull those predecessors' latest dates", () => {
    // The data says D finished although X, which it depends on, has not even started.
    const schedule = computeSchedule({
      items: [
        buildTask("X", { plannedStart: "2026-03-10", plannedEnd: "2026-03-12" }),
        buildTask("D", { plannedStart: "2026-03-02", plannedEnd: "2026-03-03", done: true }),
        buildTask("Y", { plannedStart: "2026-03-02", plannedEnd: "2026-03-20" }),
      ],
      dependencies: [buildDependency("X", "D")],
    });
    const item = itemsById(schedule);
    expect([item("D").earliestStart, item("D").earliestFinish]).toEqual(["2026-03-02", "2026-03-03"]);
    expect([item("X").latestStart, item("X").latestFinish]).toEqual(["2026-03-18", "2026-03-20"]);
    expect(item("X").totalSlackDays).toBe(8);
  });
});

describe("milestones", () => {
  it("last zero days and sit at the end of their day, between a task and its follower", () => {
    const schedule = computeSchedule({
      items: [
        buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-04" }),
        buildMilestone("M"),
        buildTask("B", { estimateHours: 8 }),
      ],
      dependencies: [buildDependency("A", "M"), buildDependency("M", "B")],
    });
    const item = itemsById(schedule);
    expect(item("M")).toMatchObject({
      kind: "MILESTONE",
      durationDays: 0,
      earliestStart: "2026-03-04",
      earliestFinish: "2026-03-04",
      critical: true,
    });
    expect(item("B").earliestStart).toBe("2026-03-05");
    expect(schedule.criticalPaths).toEqual([["A", "M", "B"]]);
  });

  it("keep their due date unless their predecessors push them later, and can end the project", () => {
    const early = computeSchedule({
      items: [buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-04" }), buildMilestone("M", "2026-03-10")],
      dependencies: [buildDependency("A", "M")],
    });
    expect(itemsById(early)("M").earliestFinish).toBe("2026-03-10");
    expect(early.projectEnd).toBe("2026-03-10");
    expect(itemsById(early)("A").totalSlackDays).toBe(6);

    const late = computeSchedule({
      items: [buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-14" }), buildMilestone("M", "2026-03-10")],
      dependencies: [buildDependency("A", "M")],
    });
    expect(itemsById(late)("M").earliestFinish).toBe("2026-03-14");
  });

  it("without a date sit on the project start", () => {
    const schedule = computeSchedule({
      projectStart: "2026-03-02",
      items: [buildMilestone("Kickoff"), buildTask("A", { estimateHours: 8 })],
      dependencies: [],
    });
    expect(itemsById(schedule)("Kickoff")).toMatchObject({ earliestStart: "2026-03-02", earliestFinish: "2026-03-02" });
  });

  it("take the planned start as their date when they have no planned end", () => {
    const schedule = computeSchedule({ items: [buildMilestone("M", null, { plannedStart: "2026-03-09" })], dependencies: [] });
    expect(itemsById(schedule)("M").earliestFinish).toBe("2026-03-09");
    expect(schedule.projectStart).toBe("2026-03-09");
  });
});

describe("baseline drift", () => {
  it("is the current (earliest) date minus the baseline date, positive when late, null without a baseline", () => {
    const schedule = computeSchedule({
      items: [
        // Planned 2 days longer than baselined: the start holds, the end drifts by 2.
        buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-06", baselineStart: "2026-03-02", baselineEnd: "2026-03-04" }),
        // Planned on its baseline, but A pushes it to 03-07 → 03-08.
        buildTask("B", { plannedStart: "2026-03-05", plannedEnd: "2026-03-06", baselineStart: "2026-03-05", baselineEnd: "2026-03-06" }),
        buildMilestone("M", "2026-03-06", { baselineEnd: "2026-03-06" }),
        // Planned 2 days ahead of its baseline.
        buildTask("C", { plannedStart: "2026-03-08", plannedEnd: "2026-03-10", baselineStart: "2026-03-10", baselineEnd: "2026-03-12" }),
        buildTask("D", { plannedStart: "2026-03-02", plannedEnd: "2026-03-03", baselineStart: "2026-03-02" }),
      ],
      dependencies: [buildDependency("A", "B"), buildDependency("B", "M")],
    });
    const item = itemsById(schedule);
    expect([item("A").startDriftDays, item("A").endDriftDays]).toEqual([0, 2]);
    expect([item("B").startDriftDays, item("B").endDriftDays]).toEqual([2, 2]);
    expect([item("M").startDriftDays, item("M").endDriftDays]).toEqual([2, 2]);
    expect([item("C").startDriftDays, item("C").endDriftDays]).toEqual([-2, -2]);
    expect([item("D").startDriftDays, item("D").endDriftDays]).toEqual([0, null]);
    expect(item("B")).toMatchObject({ plannedStart: "2026-03-05", plannedEnd: "2026-03-06" });
  });
});

describe("missing dates", () => {
  it("turns an estimate into whole days of 8 hours, at least one", () => {
    expect([null, 0, 1, 8, 9, 16, 20, 80].map(durationFromEstimate)).toEqual([1, 1, 1, 1, 2, 2, 3, 10]);
  });

  it("prefers the planned dates over the estimate for the duration", () => {
    const schedule = computeSchedule({
      items: [buildTask("A", { plannedStart: "2026-03-02", plannedEnd: "2026-03-05", estimateHours: 8 })],
      dependencies: [],
    });
    expect(itemsById(schedule)("A").durationDays).toBe(4);
  });

  it("derives the start from a planned end and the estimate", () => {
    const schedule = computeSchedule({
      projectStart: "2026-03-02",
      items: [buildTask("A", { plannedEnd: "2026-03-10", estimateHours: 24 })],
      dependencies: [],
    });
    expect(itemsById(schedule)("A")).toMatchObject({ earliestStart: "2026-03-08", earliestFinish: "2026-03-10", plannedStart: null });
  });

  it("starts a task with neither dates nor estimate on the project start, for one day", () => {
    const schedule = computeSchedule({
      projectStart: "2026-03-02",
      items: [buildTask("A"), buildTask("B", { estimateHours: 8 })],
      dependencies: [],
    });
    expect(itemsById(schedule)("A")).toMatchObject({ earliestStart: "2026-03-02", earliestFinish: "2026-03-02", durationDays: 1 });
  });

  it("takes the earliest item date as the project start when none is given", () => {
    const schedule = computeSchedule({
      items: [
        buildTask("A"),
        buildTask("B", { plannedStart: "2026-03-05" }),
        buildTask("C", { plannedEnd: "2026-03-04", estimateHours: 16 }),
      ],
      dependencies: [],
    });
    expect(schedule.projectStart).toBe("2026-03-03");
    expect(itemsById(schedule)("A").earliestStart).toBe("2026-03-03");
  });

  it("returns an empty timeline for a project without items", () => {
    expect(computeSchedule({ items: [], dependencies: [] })).toEqual({
      projectStart: null,
      projectEnd: null,
      items: [],
      criticalPaths: [],
      criticalPathsTruncated: false,
    });
  });
});

describe("bad input", () => {
  it("names the cycle in dependency order", () => {
    const error = thrown(() =>
      computeSchedule({
        projectStart: "2026-03-02",
        items: ["Start", "A", "B", "C"].map((id) => buildTask(id)),
        dependencies: [
          buildDependency("Start", "A"),
          buildDependency("A", "B"),
          buildDependency("B", "C", "START_TO_START"),
          buildDependency("C", "A"),
        ],
      }),
    );
    expect(error.code).toBe(TimelineErrorCode.DEPENDENCY_CYCLE);
    expect(error.itemIds).toEqual(["A", "B", "C", "A"]);
    expect(error.message).toBe("Dependencies form a cycle: A → B → C → A");
  });

  it("treats a task depending on itself as a cycle", () => {
    const error = thrown(() =>
      computeSchedule({ projectStart: "2026-03-02", items: [buildTask("A")], dependencies: [buildDependency("A", "A")] }),
    );
    expect(error.itemIds).toEqual(["A", "A"]);
  });

  it.each([
    [
      "an impossible date",
      { items: [buildTask("A", { plannedStart: "2026-02-30" })], dependencies: [] },
      TimelineErrorCode.INVALID_DATE,
      /A: plannedStart "2026-02-30"/,
    ],
    [
      "a date in another format",
      { items: [buildTask("A", { baselineEnd: "03/04/2026" })], dependencies: [], projectStart: "2026-03-02" },
      TimelineErrorCode.INVALID_DATE,
      /baselineEnd/,
    ],
    [
      "a malformed project start",
      { items: [buildTask("A")], dependencies: [], projectStart: "soon" },
      TimelineErrorCode.INVALID_DATE,
      /projectStart/,
    ],
    [
      "an end before the start",
      { items: [buildTask("A", { plannedStart: "2026-03-05", plannedEnd: "2026-03-04" })], dependencies: [] },
      TimelineErrorCode.END_BEFORE_START,
      /A: planned end/,
    ],
    [
      "a baseline end before its start",
      { items: [buildTask("A", { baselineStart: "2026-03-05", baselineEnd: "2026-03-04" })], dependencies: [], projectStart: "2026-03-02" },
      TimelineErrorCode.END_BEFORE_START,
      /A: baseline end/,
    ],
    [
      "a duplicate item",
      { items: [buildTask("A"), buildTask("A")], dependencies: [], projectStart: "2026-03-02" },
      TimelineErrorCode.DUPLICATE_ITEM,
      /A appears twice/,
    ],
    [
      "a dependency on an unknown item",
      { items: [buildTask("A")], dependencies: [buildDependency("A", "Z")], projectStart: "2026-03-02" },
      TimelineErrorCode.UNKNOWN_ITEM,
      /names Z/,
    ],
    [
      "an unknown dependency type",
      {
        items: [buildTask("A"), buildTask("B")],
        dependencies: [buildDependency("A", "B", "AFTER" as DependencyType)],
        projectStart: "2026-03-02",
      },
      TimelineErrorCode.INVALID_DEPENDENCY_TYPE,
      /unknown type "AFTER"/,
    ],
    [
      "a fractional lag",
      {
        items: [buildTask("A"), buildTask("B")],
        dependencies: [buildDependency("A", "B", "FINISH_TO_START", 0.5)],
        projectStart: "2026-03-02",
      },
      TimelineErrorCode.INVALID_NUMBER,
      /whole days/,
    ],
    [
      "a negative estimate",
      { items: [buildTask("A", { estimateHours: -4 })], dependencies: [], projectStart: "2026-03-02" },
      TimelineErrorCode.INVALID_NUMBER,
      /estimateHours/,
    ],
    [
      "no date anywhere",
      { items: [buildTask("A"), buildMilestone("M")], dependencies: [] },
      TimelineErrorCode.MISSING_PROJECT_START,
      /no item has a date/,
    ],
  ] as const)("refuses %s with %s", (_label, input, code, message) => {
    const error = thrown(() => computeSchedule(input));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
