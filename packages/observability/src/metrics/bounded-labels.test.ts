import { describe, expect, it } from "vitest";
import { ERROR_CODE_LIMIT, errorCodes, OPERATION_NAME_LIMIT, operationNames } from "./bounded-labels.js";

describe("operation name labels", () => {
  it("keep GraphQL names, call a missing one anonymous and anything else other", () => {
    const names = operationNames();
    expect(names.of("BoardCards")).toBe("BoardCards");
    expect(names.of(undefined)).toBe("anonymous");
    expect(names.of(null)).toBe("anonymous");
    expect(names.of('x"} 1\nplateau_fake 2')).toBe("other");
    expect(names.of("A".repeat(101))).toBe("other");
  });

  it("stop at the limit: later names count as other, names already seen keep their label", () => {
    const names = operationNames();
    for (let n = 0; n < OPERATION_NAME_LIMIT; n++) expect(names.of(`Op${n}`)).toBe(`Op${n}`);
    expect(names.of("OneTooMany")).toBe("other");
    expect(names.of("Op0")).toBe("Op0");
  });
});

describe("error code labels", () => {
  it("keep upper-case codes, call a missing one NONE and a malformed one OTHER, up to the limit", () => {
    const codes = errorCodes();
    expect(codes.of("BAD_USER_INPUT")).toBe("BAD_USER_INPUT");
    expect(codes.of(undefined)).toBe("NONE");
    expect(codes.of({ code: 1 })).toBe("OTHER");
    expect(codes.of("drop table")).toBe("OTHER");
    for (let n = 1; n < ERROR_CODE_LIMIT; n++) codes.of(`CODE_${n}`);
    expect(codes.of("ONE_TOO_MANY")).toBe("OTHER");
    expect(codes.of("BAD_USER_INPUT")).toBe("BAD_USER_INPUT");
  });
});
