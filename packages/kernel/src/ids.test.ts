import { describe, expect, it } from "vitest";
import { isUuid, uuidv7, uuidv8 } from "./ids.js";

/** The 48-bit millisecond timestamp at the front of a UUIDv7. */
const timestampOf = (id: string): number => Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16);

describe("uuidv7", () => {
  it("is a lowercase RFC 9562 UUID with version 7 and the RFC variant", () => {
    for (let i = 0; i < 100; i++) {
      const id = uuidv7();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it("encodes the creation time in its first 48 bits", () => {
    const now = Date.UTC(2026, 2, 14, 9, 26, 53, 589);
    expect(timestampOf(uuidv7(now))).toBe(now);
    expect(timestampOf(uuidv7(0))).toBe(0);
    // The largest 48-bit timestamp (year 10889) still round-trips.
    expect(timestampOf(uuidv7(2 ** 48 - 1))).toBe(2 ** 48 - 1);
  });

  it("sorts ids from different milliseconds in creation order, as strings", () => {
    const start = Date.UTC(2026, 0, 1);
    const times = [0, 1, 2, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32, 2 ** 40].map((offset) => start + offset);
    const ids = times.map((time) => uuidv7(time));

    expect([...ids].sort()).toEqual(ids);
  });

  it("sorts ids made one after another in the same millisecond in the order they were made", () => {
    const now = Date.now();
    const ids = Array.from({ length: 2000 }, () => uuidv7(now));

    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids.map(timestampOf))).toEqual(new Set([now]));
  });

  it("differs between ids of the same millisecond", () => {
    const now = Date.now();
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv7(now)));

    expect(ids.size).toBe(1000);
  });
});

describe("isUuid", () => {
  it("accepts UUIDs of any version, in either case", () => {
    expect(isUuid(uuidv7())).toBe(true);
    expect(isUuid("f47ac10b-58cc-4372-a567-0e02b2c3d479")).toBe(true);
    expect(isUuid("F47AC10B-58CC-4372-A567-0E02B2C3D479")).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
  });

  it("refuses anything that is not exactly a UUID string", () => {
    for (const value of [
      "",
      "not-a-uuid",
      "f47ac10b58cc4372a5670e02b2c3d479",
      "f47ac10b-58cc-4372-a567-0e02b2c3d47",
      "f47ac10b-58cc-4372-a567-0e02b2c3d4790",
      "g47ac10b-58cc-4372-a567-0e02b2c3d479",
      " f47ac10b-58cc-4372-a567-0e02b2c3d479",
      "f47ac10b-58cc-4372-a567-0e02b2c3d479\n",
      "{f47ac10b-58cc-4372-a567-0e02b2c3d479}",
      "f47ac10b-58cc-4372-a567-0e02b2c3d479' OR '1'='1",
      42,
      null,
      undefined,
      { id: "f47ac10b-58cc-4372-a567-0e02b2c3d479" },
    ]) {
      expect(isUuid(value), String(value)).toBe(false);
    }
  });

  it("derive a UUIDv8 from a name: the same name the same id, another name another", () => {
    const id = uuidv8("plateau.example:one");
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe("8");
    expect(["8", "9", "a", "b"]).toContain(id[19]);
    expect(uuidv8("plateau.example:one")).toBe(id);
    expect(uuidv8("plateau.example:two")).not.toBe(id);
  });
});
