import { errors } from "@plateau/kernel";

/** True for a time zone this runtime knows by its IANA name (e.g. Europe/Paris). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: name });
    return name.length <= 64;
  } catch {
    return false;
  }
}

/** The IANA time zone `name`, checked; BAD_USER_INPUT naming `field` otherwise. */
export function checkTimeZone(field: string, name: string): string {
  const trimmed = name.trim();
  if (!isTimeZone(trimmed)) throw errors.invalidField(field, `is not an IANA time zone (e.g. Europe/Paris), got ${JSON.stringify(name)}`);
  return trimmed;
}

/** The calendar date (YYYY-MM-DD) at `at` in the time zone `timeZone`. */
export function dateIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
