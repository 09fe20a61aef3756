import { describe, expect, it } from "vitest";
import { parseMentions } from "./comment.mentions.js";

const ada = "0190a3c4-1111-7000-8000-000000000001";
const bob = "0190a3c4-2222-7000-8000-000000000002";

describe("parseMentions", () => {
  it("returns the distinct mentioned users in order of first mention", () => {
    const body = `Hi @[Bob B](user:${bob}), see @[Ada](user:${ada.toUpperCase()}) and @[Bob](user:${bob}) again`;
    expect(parseMentions(body, "input.body")).toEqual([bob, ada]);
  });

  it("finds nothing in plain text, e-mail addresses or markdown links", () => {
    expect(parseMentions("mail ada@example.com, see [docs](https://x.y) @ada", "input.body")).toEqual([]);
  });

  it.each([
    ["an id that is not a UUID", "@[Ada](user:ada)"],
    ["an unclosed token", `@[Ada](user:${ada}`],
    ["a token without a name", `@[](user:${ada})`],
    ["a target without the @[...] part", `[Ada](user:${ada})`],
  ])("refuses %s, naming the field", (_, body) => {
    expect(() => parseMentions(body, "input.body")).toThrow(/input\.body/);
  });
});
