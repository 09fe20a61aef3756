import { describe, expect, it } from "vitest";
import { WorkPackageStatus as S } from "./work-package.entity.js";
import { settleProgress } from "./work-package.service.js";

describe("settleProgress", () => {
  it("raises a COMPLETED package's progress to 100", () => {
    expect(settleProgress(S.COMPLETED, 0)).toBe(100);
    expect(settleProgress(S.COMPLETED, 99)).toBe(100);
  });

  it("leaves other statuses' progress alone, including 100", () => {
    for (const status of [S.PLANNED, S.IN_PROGRESS, S.BLOCKED, S.CANCELLED]) {
      expect(settleProgress(status, 100)).toBe(100);
      expect(settleProgress(status, 35)).toBe(35);
    }
  });
});
