import { describe, expect, it } from "vitest";
import { capacityOf, dailyHours, isoWeekday, scheduleOn, utilisation, type CapacityInput, type WorkSchedule } from "./capacity.calc.js";

// December 2026: Mondays are the 7th, 14th, 21st and 28th (and 2026-11-30).
const MON_FRI_40: WorkSchedule = { hoursPerWeek: 40, workingDays: [1, 2, 3, 4, 5] };
const MON_WED_20: WorkSchedule = { hoursPerWeek: 20, workingDays: [1, 2, 3] };
const MON_THU_32: WorkSchedule = { hoursPerWeek: 32, workingDays: [1, 2, 3, 4] };

const input = (overrides: Partial<CapacityInput> & Pick<CapacityInput, "from" | "to">): CapacityInput => ({
  workspaceSchedule: MON_FRI_40,
  overrides: [],
  holidays: new Set(),
  leave: new Set(),
  ...overrides,
});

describe("capacity", () => {
  it("gives a 40 h Monday-to-Friday week 40 h over 5 days", () => {
    expect(isoWeekday("2026-12-07")).toBe(1);
    expect(isoWeekday("2026-12-11")).toBe(5);
    expect(isoWeekday("2026-12-13")).toBe(7);
    expect(dailyHours(MON_FRI_40, 1)).toBe(8);
    expect(dailyHours(MON_FRI_40, 5)).toBe(8);
    expect(dailyHours(MON_FRI_40, 6)).toBe(0);
    const capacity = capacityOf(input({ from: "2026-12-07", to: "2026-12-13" }));
    expect(capacity.hours).toBe(40);
    expect(capacity.workingDays).toBe(5);
    expect([...capacity.byWeek]).toEqual([["2026-12-07", 40]]);
  });

  it("leaves out holidays and leave over a period crossing weeks", () => {
    const capacity = capacityOf(
      input({
        from: "2026-12-09", // a Wednesday
        to: "2026-12-22", // a Tuesday
        holidays: new Set(["2026-12-12", "2026-12-18"]), // a Saturday (no difference) and a Friday
        leave: new Set(["2026-12-22", "2026-12-30"]), // a Tuesday, and a day after the period
      }),
    );
    // Wed–Fri 24 h; Mon–Thu 32 h; Mon 8 h.
    expect(capacity.hours).toBe(64);
    expect(capacity.workingDays).toBe(8);
    expect([...capacity.byWeek]).toEqual([
      ["2026-12-07", 24],
      ["2026-12-14", 32],
      ["2026-12-21", 8],
    ]);
  });

  it("uses a person's own schedule on the days it covers", () => {
    const overrides = [{ from: "2026-12-09", to: "2026-12-15", schedule: MON_WED_20 }]; // Wednesday to the next Tuesday
    expect(scheduleOn("2026-12-08", { workspaceSchedule: MON_FRI_40, overrides })).toBe(MON_FRI_40);
    expect(scheduleOn("2026-12-09", { workspaceSchedule: MON_FRI_40, overrides })).toBe(MON_WED_20);
    expect(scheduleOn("2026-12-15", { workspaceSchedule: MON_FRI_40, overrides })).toBe(MON_WED_20);
    expect(scheduleOn("2026-12-16", { workspaceSchedule: MON_FRI_40, overrides })).toBe(MON_FRI_40);
    expect(dailyHours(MON_WED_20, 3)).toBe(6.67);
    expect(dailyHours(MON_WED_20, 4)).toBe(0);
    const capacity = capacityOf(input({ from: "2026-12-07", to: "2026-12-20", overrides }));
    // Week 1: Mon, Tue 8 h each; Wed 20/3 h; Thu, Fri not working under the override. Week 2: Mon, Tue 20/3 h each; Wed–Fri 8 h each.
    // The three override days add up to exactly 20 h.
    expect(capacity.hours).toBe(60);
    expect(capacity.workingDays).toBe(8);
    expect([...capacity.byWeek]).toEqual([
      ["2026-12-07", 22.67],
      ["2026-12-14", 37.33],
    ]);
  });

  it("applies an open-ended override from its first day on", () => {
    const overrides = [{ from: "2026-12-16", to: null, schedule: MON_WED_20 }];
    expect(scheduleOn("2030-01-01", { workspaceSchedule: MON_FRI_40, overrides })).toBe(MON_WED_20);
    const capacity = capacityOf(input({ from: "2026-12-14", to: "2026-12-27", overrides }));
    // Mon, Tue 8 h each; Wed 20/3 h; then Mon–Wed 20 h.
    expect(capacity.hours).toBe(42.67);
    expect(capacity.workingDays).toBe(6);
    expect([...capacity.byWeek]).toEqual([
      ["2026-12-14", 22.67],
      ["2026-12-21", 20],
    ]);
  });

  it("lets the override with the latest start win where several cover a day, whatever their order", () => {
    const dayOff = { from: "2026-12-16", to: "2026-12-16", schedule: { hoursPerWeek: 0, workingDays: [] } };
    const fourDays = { from: "2026-12-14", to: "2026-12-20", schedule: MON_THU_32 };
    const partTime = { from: "2026-12-01", to: null, schedule: MON_WED_20 };
    const overrides = [dayOff, partTime, fourDays];
    const on = (date: string) => scheduleOn(date, { workspaceSchedule: MON_FRI_40, overrides });
    expect(on("2026-11-30")).toBe(MON_FRI_40);
    expect(on("2026-12-07")).toBe(MON_WED_20);
    expect(on("2026-12-15")).toBe(MON_THU_32);
    expect(on("2026-12-16")).toBe(dayOff.schedule);
    expect(on("2026-12-21")).toBe(MON_WED_20);
    expect(dailyHours(dayOff.schedule, 3)).toBe(0); // no working days: no hours, no division by 0
    const capacity = capacityOf(input({ from: "2026-12-07", to: "2026-12-27", overrides }));
    // Mon–Wed 20 h; Mon, Tue, Thu 8 h each (Wed off); Mon–Wed 20 h.
    expect(capacity.hours).toBe(64);
    expect(capacity.workingDays).toBe(9);
    expect([...capacity.byWeek]).toEqual([
      ["2026-12-07", 20],
      ["2026-12-14", 24],
      ["2026-12-21", 20],
    ]);
  });

  it("spreads a 4-day 32 h schedule over its four days", () => {
    expect(dailyHours(MON_THU_32, 4)).toBe(8);
    expect(dailyHours(MON_THU_32, 5)).toBe(0);
    const week = capacityOf(input({ from: "2026-12-07", to: "2026-12-13", workspaceSchedule: MON_THU_32 }));
    expect(week).toEqual({ hours: 32, workingDays: 4, byWeek: new Map([["2026-12-07", 32]]) });
    const withHoliday = capacityOf(
      input({ from: "2026-12-07", to: "2026-12-13", workspaceSchedule: MON_THU_32, holidays: new Set(["2026-12-10"]) }),
    );
    expect(withHoliday).toEqual({ hours: 24, workingDays: 3, byWeek: new Map([["2026-12-07", 24]]) });
  });

  it("lists every week the period touches, partial and empty ones included", () => {
    const capacity = capacityOf(
      input({
        from: "2026-12-06", // a Sunday: its week has no working day in the period
        to: "2026-12-21", // a Monday
        leave: new Set(["2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18"]), // a week off
      }),
    );
    expect(capacity.hours).toBe(48);
    expect(capacity.workingDays).toBe(6);
    expect([...capacity.byWeek]).toEqual([
      ["2026-11-30", 0],
      ["2026-12-07", 40],
      ["2026-12-14", 0],
      ["2026-12-21", 8],
    ]);
    expect([...capacityOf(input({ from: "2026-12-31", to: "2027-01-01" })).byWeek]).toEqual([["2026-12-28", 16]]); // across the year
    expect([...capacityOf(input({ from: "2026-12-12", to: "2026-12-12" })).byWeek]).toEqual([["2026-12-07", 0]]); // one Saturday
    expect(capacityOf(input({ from: "2026-12-14", to: "2026-12-13" }))).toEqual({ hours: 0, workingDays: 0, byWeek: new Map() });
  });

  it("gives utilisation as logged over capacity, and none without capacity", () => {
    expect(utilisation(34, 40)).toBe(0.85);
    expect(utilisation(44, 40)).toBe(1.1);
    expect(utilisation(20, 30)).toBe(0.6667);
    expect(utilisation(0, 40)).toBe(0);
    expect(utilisation(12, 0)).toBeNull();
    expect(utilisation(0, 0)).toBeNull();
  });

  it("sums daily hours exactly: 37.5 h over 5 days is 7.5 h a day", () => {
    const schedule: WorkSchedule = { hoursPerWeek: 37.5, workingDays: [1, 2, 3, 4, 5] };
    expect(dailyHours(schedule, 2)).toBe(7.5);
    const fourWeeks = capacityOf(input({ from: "2026-12-07", to: "2027-01-03", workspaceSchedule: schedule }));
    expect(fourWeeks.hours).toBe(150);
    expect(fourWeeks.workingDays).toBe(20);
    expect([...fourWeeks.byWeek.values()]).toEqual([37.5, 37.5, 37.5, 37.5]);
    // 5.5 h over 5 days is 1.1 h a day, and 1.1 + 1.1 + 1.1 is 3.3000000000000003 in floating point.
    const partTime: WorkSchedule = { hoursPerWeek: 5.5, workingDays: [1, 2, 3, 4, 5] };
    expect(capacityOf(input({ from: "2026-12-07", to: "2026-12-09", workspaceSchedule: partTime })).hours).toBe(3.3);
  });

  it("rounds a 40 h schedule over 3 days only once summed", () => {
    const schedule: WorkSchedule = { hoursPerWeek: 40, workingDays: [1, 3, 5] };
    expect(dailyHours(schedule, 1)).toBe(13.33);
    expect(dailyHours(schedule, 2)).toBe(0);
    const hours = (from: string, to: string) => capacityOf(input({ from, to, workspaceSchedule: schedule })).hours;
    expect(hours("2026-12-07", "2026-12-07")).toBe(13.33);
    expect(hours("2026-12-07", "2026-12-09")).toBe(26.67);
    expect(hours("2026-12-07", "2026-12-13")).toBe(40); // not 3 × 13.33 = 39.99
    const twoWeeks = capacityOf(input({ from: "2026-12-07", to: "2026-12-20", workspaceSchedule: schedule }));
    expect(twoWeeks).toEqual({
      hours: 80,
      workingDays: 6,
      byWeek: new Map([
        ["2026-12-07", 40],
        ["2026-12-14", 40],
      ]),
    });
  });
});
