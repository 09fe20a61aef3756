import { errors } from "@plateau/kernel";

/**
 * Input checks shared by every subgraph. Each throws BAD_USER_INPUT naming the field (its path inside
 * the mutation's `input`), so a client can point at what to fix.
 */
export const check = {
  /** Trimmed, non-empty text of at most `max` characters. */
  text(field: string, value: string, max: number): string {
    const trimmed = value.trim();
    if (trimmed.length === 0) throw errors.invalidField(field, "must not be empty");
    if (trimmed.length > max) throw errors.invalidField(field, `must be at most ${max} characters`);
    return trimmed;
  },
  /** Optional text: null/blank becomes null. */
  optionalText(field: string, value: string | null | undefined, max: number): string | null {
    if (value === null || value === undefined || value.trim() === "") return null;
    return check.text(field, value, max);
  },
  /** A number within [min, max]. */
  range(field: string, value: number, min: number, max: number): number {
    if (!Number.isFinite(value) || value < min || value > max) throw errors.invalidField(field, `must be between ${min} and ${max}`);
    return value;
  },
  /** An optional number within [min, max]: null when not given. */
  optionalRange(field: string, value: number | null | undefined, min: number, max: number): number | null {
    return value === null || value === undefined ? null : check.range(field, value, min, max);
  },
  /** `end` is not before `start` (YYYY-MM-DD strings compare lexically). */
  dateOrder(startField: string, start: string | null | undefined, endField: string, end: string | null | undefined): void {
    if (start && end && end < start) throw errors.invalidField(endField, `must not be before ${startField} (${start})`);
  },
  /** The caller's `expectedVersion` matches the stored version, else CONFLICT carrying the current one. */
  version(typename: string, entity: { id: string; version: number }, expected: number | null | undefined): void {
    if (expected !== null && expected !== undefined && expected !== entity.version) {
      throw errors.conflict(
        `${typename} ${entity.id} was changed by someone else (version ${entity.version}, you had ${expected}); reload and retry`,
        {
          currentVersion: entity.version,
        },
      );
    }
  },
};
