import { errors, isUuid } from "@plateau/kernel";

/** The longest comment body, in characters. */
export const MAX_COMMENT_LENGTH = 10_000;
/** The most distinct users one comment may mention. */
export const MAX_MENTIONS = 50;

/** `@[Name](user:<id>)`: what clients insert from the member autocomplete. */
const MENTION = /@\[([^[\]\n]{1,200})\]\(user:([^()\s]*)\)/g;
/** The start of a mention's target; anything with it that is not a whole, valid token is malformed. */
const TARGET = /\]\(user:/g;

/**
 * The distinct user ids the body mentions, lower-cased, in order of first mention. BAD_USER_INPUT
 * naming `field` for a malformed token (a target without a name, an unclosed token, an id that is not
 * a UUID) or too many mentions. Whether the users are members is checked by the caller.
 */
export function parseMentions(body: string, field: string): string[] {
  const ids: string[] = [];
  const covered: [number, number][] = [];
  for (const match of body.matchAll(MENTION)) {
    const id = match[2]!;
    if (!isUuid(id)) throw errors.invalidField(field, `mention ${match[0]} does not name a user id`);
    covered.push([match.index, match.index + match[0].length]);
    if (!ids.includes(id.toLowerCase())) ids.push(id.toLowerCase());
  }
  for (const target of body.matchAll(TARGET)) {
    if (!covered.some(([start, end]) => target.index > start && target.index < end)) {
      throw errors.invalidField(
        field,
        `malformed mention near "${body.slice(Math.max(0, target.index - 20), target.index + 50)}": use @[Name](user:<id>)`,
      );
    }
  }
  if (ids.length > MAX_MENTIONS) throw errors.invalidField(field, `mentions at most ${MAX_MENTIONS} users, got ${ids.length}`);
  return ids;
}
