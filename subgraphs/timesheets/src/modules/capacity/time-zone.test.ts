import { describe, expect, it } from "vitest";
import { checkTimeZone, dateIn, isTimeZone } from "./time-zone.js";

describe("time zones", () => {
  it("give the calendar date of an instant where the workspace is", () => {
    const lateSundayInUtc = new Date("2026-12-06T23:30:00Z");
    expect(dateIn("UTC", lateSundayInUtc)).toBe("2026-12-06");
    expect(dateIn("Europe/Paris", lateSundayInUtc)).toBe("2026-12-07"); // already Monday
    expect(dateIn("America/Los_Angeles", new Date("2026-12-07T05:00:00Z"))).toBe("2026-12-06");
  });

  it("are IANA names; anything else is BAD_USER_INPUT naming the field", () => {
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(checkTimeZone("input.timeZone", " Asia/Tokyo ")).toBe("Asia/Tokyo");
    expect(() => checkTimeZone("input.timeZone", "GMT+25")).toThrow(
      expect.objectContaining({
        code: "BAD_USER_INPUT",
        extensions: { fields: [{ field: "input.timeZone", message: expect.any(String) }] },
      }),
    );
  });
});
